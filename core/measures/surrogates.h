// Surrogate series for significance tests: random shuffle, phase-randomised (FT), amplitude-adjusted
// FT (AAFT) and iterated AAFT (IAAFT), for one series and for several channels at once (the
// multivariate forms share one random phase set, so every cross-spectrum is kept). Spectra
// through FFTW (real-to-complex of the series' own length, no padding).
// Reproducible: surrogate i depends only on (seed, i), never on the thread count or on the order
// in which workers take surrogates; random numbers come from mt19937_64 (whose sequence the
// standard fixes) turned into uniforms and normals by our own code, so every platform draws
// the same surrogates. Any thread may call; the set functions run parallel over surrogates.
#pragma once

#include "common/outcome.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

enum class SurrogateKind {
    Shuffle, // a random permutation: keeps the values, destroys every temporal structure
    Ft,      // phase-randomised Fourier transform: keeps |FFT| (the linear autocorrelation)
    Aaft,    // amplitude-adjusted FT (Theiler et al. 1992): keeps the values exactly
    Iaaft,   // iterated AAFT (Schreiber & Schmitz 1996): the values exactly, |FFT| to a tolerance
};

// "shuffle", "ft", "aaft", "iaaft" (the CLI's and the JSON's spelling).
const char* surrogateKindName(SurrogateKind kind);
// false for an unknown name.
bool surrogateKindFromName(const std::string& name, SurrogateKind& kind);

struct SurrogateOptions {
    SurrogateKind kind = SurrogateKind::Iaaft;
    std::uint64_t seed = 1;
    // IAAFT stops when the relative change of its spectrum error between two iterations is at
    // most iaaftTolerance (the rank order has settled), or after iaaftMaxIterations.
    double iaaftTolerance = 1e-4;
    int iaaftMaxIterations = 1000;

    bool operator==(const SurrogateOptions&) const = default;
};

// How one surrogate was made (IAAFT only; zeros for the other kinds).
struct SurrogateInfo {
    int iterations = 0;         // IAAFT iterations used (spectrum step + rank step)
    bool converged = false;     // stopped by the tolerance, not by the iteration cap
    double spectrumError = 0.0; // sqrt(sum_k (|S_k| - |X_k|)^2 / sum_k |X_k|^2) over k = 0..N/2, all channels
};

// Surrogate `index` of a series of at least 4 finite samples (throws InputError otherwise).
std::vector<double> makeSurrogate(std::span<const double> series, const SurrogateOptions& options,
                                  std::uint64_t index, SurrogateInfo* info = nullptr);

// Surrogate `index` of channels of equal length (at least 4 finite samples each). Shuffle: one
// permutation for every channel (keeps the values seen together at each instant). Ft: one phase
// set for every channel, so each |FFT| and every cross-spectrum X_a conj(X_b) are kept. Aaft:
// Gaussianised channels through the shared-phase FT, then back to each channel's values.
// Iaaft: the multivariate IAAFT (Schreiber & Schmitz 2000): each spectrum step takes the
// original spectra rotated by the one common phase per frequency that brings them closest to
// the current ones, so the cross-spectra stay the originals' at every step.
std::vector<std::vector<double>> makeMultivariateSurrogate(const std::vector<std::vector<double>>& channels,
                                                           const SurrogateOptions& options,
                                                           std::uint64_t index,
                                                           SurrogateInfo* info = nullptr);

// Surrogates of one input, made by index from any thread: the input is checked and the FFT is
// planned once (the planner is not thread-safe; executing a plan is).
class SurrogateGenerator {
public:
    // Throws InputError as makeMultivariateSurrogate does.
    SurrogateGenerator(std::vector<std::vector<double>> channels, const SurrogateOptions& options);
    ~SurrogateGenerator();
    SurrogateGenerator(const SurrogateGenerator&) = delete;
    SurrogateGenerator& operator=(const SurrogateGenerator&) = delete;

    // Surrogate `index`, [channel][sample]; the same as makeMultivariateSurrogate's. Any thread.
    std::vector<std::vector<double>> make(std::uint64_t index, SurrogateInfo* info = nullptr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct SurrogateSet {
    Outcome outcome = Outcome::Completed;
    std::vector<std::vector<std::vector<double>>> surrogates; // [i][channel][sample]
    std::vector<SurrogateInfo> info;                          // [i]
};

// Surrogates 0..count-1 of the channels (one channel: the univariate forms), parallel over
// surrogates (threads <= 0: nd::defaultThreadCount()). Canceled through progress: outcome says so
// and the set is empty.
SurrogateSet makeSurrogates(const std::vector<std::vector<double>>& channels, std::size_t count,
                            const SurrogateOptions& options, int threads = 0, Progress* progress = nullptr);

// The kind, its settings and what it keeps, in words (for a result's "conventions").
std::string surrogateConventions(const SurrogateOptions& options, std::size_t channels);

} // namespace nd
