// The time-series measures of the study's trajectory (0-1 test, sample entropy, MFDFA of one
// variable; synchronisation of every node's copy of a per-node variable) and the multifractal
// spectrum of the model's coupling network, from the study's settings. Flows work alike (their
// trajectory is sampled every stride * dt), each with the surrogate significance of its scalar
// when the section asks for it. Any thread.
#pragma once

#include "study/study.h"

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/significance.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <optional>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// The series a measure used: which variable, how many samples, at which spacing.
struct SeriesSource {
    std::vector<std::string> variables; // one, or every node's copy
    std::size_t samples = 0;
    double spacing = 1.0; // time between samples: stride (maps) or stride * dt (flows)
};

// The surrogate significance of a measure's scalar when its section asks for one
// (SignificanceSettings): each surrogate is measured by the same engine call with the same options
// as the series (one thread each; the run's threads work across surrogates), and the observed
// value is the computation's own result. `conventions` says how the surrogates were measured.
struct SignificanceComputation {
    SignificanceSettings settings;
    SignificanceOptions options;
    SignificanceResult result;
    bool multivariate = false;
    std::string conventions;
};

struct ZeroOneComputation {
    SeriesSource source;
    ZeroOneOptions options;
    ZeroOneResult result;
    std::vector<double> series; // the measured samples
    std::optional<SignificanceComputation> significance;
};

struct SampleEntropyComputation {
    SeriesSource source;
    SampleEntropyOptions options;
    SampleEntropyResult result;
    std::vector<double> series;
    std::optional<EmbeddingChoice> embedding; // when the section's rules chose m or the delay
    std::optional<SignificanceComputation> significance;
};

struct SynchronyComputation {
    SeriesSource source;
    CorrelationScalar correlation = CorrelationScalar::AllPairs; // the study's scalar
    PhaseConvention phaseConvention = PhaseConvention::Spike;
    RingLayout ring;         // the model's (ringLayoutOf)
    std::string conventions; // synchronyConventions(correlation, phaseConvention, ring)
    CrossCorrelationResult cross;
    PhaseMatrix phases;                     // defined false (with reason) when spikes are missing
    std::optional<KuramotoResult> kuramoto; // when the phases are defined
    std::vector<double> nodeSeries;         // samples x nodes of the measured variable
    std::optional<SignificanceComputation> significance; // of the correlation scalar
};

struct MfdfaComputation {
    SeriesSource source;
    MfdfaOptions options;
    MfdfaResult result;
    std::vector<double> series;
    std::optional<SignificanceComputation> significance; // of the width or h(2)
};

struct NetworkSpectrumComputation {
    WeightedGraph graph;
    NetworkSpectrumOptions options;
    NetworkSpectrumResult result;
};

// The significance of `observed` (the computation's own scalar) over surrogates of `channels`,
// each measured by `scalarOf` (an InputError of a surrogate makes its value undefined); the
// series measures of seriescompute and recurrencecompute share it.
SignificanceComputation significanceOf(const SignificanceSettings& s,
                                       const std::vector<std::vector<double>>& channels,
                                       const MeasureValue& observed, const ChannelsMeasure& scalarOf,
                                       int threads, Progress* progress, std::string conventions);

// Each throws InputError naming its section when the study has none, the trajectory escaped,
// or the engine refuses the settings. With a "significance" object the surrogates follow the
// measure (progress: the measure first, then the surrogates, each its share of the work).
ZeroOneComputation zeroOne(const Study& study, int threads, Progress* progress = nullptr);
SampleEntropyComputation sampleEntropy(const Study& study, int threads, Progress* progress = nullptr);
SynchronyComputation synchrony(const Study& study, int threads, Progress* progress = nullptr);
MfdfaComputation mfdfa(const Study& study, int threads, Progress* progress = nullptr);
// Map networks only: the graph of their pairwise couplings.
NetworkSpectrumComputation networkSpectrum(const Study& study, int threads, Progress* progress = nullptr);

} // namespace nd::compute
