// NeuroMFA over training (issue 22 point 3; ml-papers.md A2-A3): for each checkpoint of a series,
// R sampled neuron interaction networks (seeds first..first+R-1, the same node subsets for every
// checkpoint), the multifractal spectrum of each (the estimator the options name; the default is
// the official code's, neuromfa-code), their mean and standard deviation (alpha_0, width, and
// elementwise the alpha and f(alpha) arrays) and the degree of emergence E(t) against the first
// checkpoint (measures/emergence.h). What `neurodyn-cli neuromfa`, the study section "neuromfa"
// and the GUI's emergence view run. Any thread; the subnetworks run on `threads` workers.
#pragma once

#include "common/outcome.h"
#include "measures/emergence.h"
#include "measures/networkspectrum.h"
#include "network/interactionnetwork.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

class Progress;

struct NeuroMfaCheckpoint {
    std::string path;
    double step = 0.0;
};

// The training step a checkpoint's file name carries: the digits after "step" (any case, an
// optional '-', '_' or '.' between: step1000, model-step_2000, checkpoint.Step-3), else the last
// group of digits in the name without its extension (ckpt-500.npz, 0003.safetensors); nullopt when the
// name has no digits.
std::optional<double> stepFromFileName(const std::string& fileName);

// Files and folders to a series sorted by step: a folder contributes its .safetensors, .npz and
// .npy files. Throws InputError for an empty list, a name without a step, a missing path, or
// two files with the same step.
std::vector<NeuroMfaCheckpoint> neuroMfaCheckpoints(const std::vector<std::string>& paths);

struct NeuroMfaSeriesOptions {
    NinOptions network;      // preset or patterns, samples s
    std::size_t repeats = 10; // R subnetworks per checkpoint
    std::uint64_t firstSeed = 0;
    NetworkSpectrumOptions spectrum = networkSpectrumDefaults(NetworkSpectrumMethod::NeuroMfaCode);
    int threads = 0; // <= 0: nd::defaultThreadCount()
    // The benchmark's cold reads: drop each checkpoint's pages from the cache once it is done.
    bool dropPageCache = false;
};

struct NeuroMfaCheckpointResult {
    NeuroMfaCheckpoint checkpoint;
    std::vector<NetworkSpectrumResult> subnetworks; // one per seed, in seed order
    std::size_t passing = 0;                        // defined and passing the NeuroMFA filter
    // Elementwise over the passing subnetworks (empty when none): the official code's bands.
    std::vector<double> alphaQ, alphaMean, alphaSd, fMean, fSd;
    std::size_t nodes = 0, edges = 0; // of the first subnetwork (every seed has the same counts)
};

struct NeuroMfaSeriesResult {
    NinLayout layout;
    std::vector<NeuroMfaCheckpointResult> checkpoints; // by step
    EmergenceResult emergence;
    Outcome outcome = Outcome::Completed;
    std::string reason;
    std::string conventions;
};

// Throws InputError for an empty series, repeats = 0, or any reader or layout error (naming the
// checkpoint's file); a canceled run returns Outcome::Canceled with nothing usable.
NeuroMfaSeriesResult neuroMfaSeries(const std::vector<NeuroMfaCheckpoint>& checkpoints,
                                    const NeuroMfaSeriesOptions& options, Progress* progress = nullptr);

// A user's benchmark scores over training, for E against accuracy: CSV with a header whose first
// column is the step and every other column one benchmark (lambada_openai, piqa, ...); ',' or ';'
// or tabs; '#' comment lines; an empty field is a missing score (NaN).
struct BenchmarkScores {
    std::vector<std::string> names;          // one per benchmark
    std::vector<double> steps;               // one per row
    std::vector<std::vector<double>> values; // [benchmark][row]
};

// Throws InputError("<what>: line N: ...") for no header, fewer than two columns, a row with
// another number of fields, a step or score that is not a number, or no row.
BenchmarkScores parseBenchmarkScores(std::string_view text, const std::string& what);

} // namespace nd
