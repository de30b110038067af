// Settings of the study's parameter scan and of the time-series measures (0-1 test, sample
// entropy, synchronisation, MFDFA) and the network multifractal spectrum. The time-series
// measures take their series from the study's trajectory (simulation settings): one variable,
// or, for synchronisation, every node's copy of a per-node variable ("x" means x0, x1, ...).
// Field names and defaults follow the engine's option structs. Value types; any thread.
#pragma once

#include "analysis/scanmeasures.h"
#include "analysis/seriesscanmeasures.h"
#include "measures/embedding.h"
#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/significance.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nd {

// Where a measure's delay and embedding dimension come from: the numbers in its settings, or the
// embedding rules applied to the measured series (core/measures/embedding.h: chooseEmbedding),
// once for the series; surrogates are measured at the values chosen for the series. A measure
// without a delay (multiscale and approximate entropy) keeps `delay` Given.
struct EmbeddingRules {
    DelayRule delay = DelayRule::Given;
    DimensionRule dimension = DimensionRule::Given;

    bool any() const { return delay != DelayRule::Given || dimension != DimensionRule::Given; }
    bool operator==(const EmbeddingRules&) const = default;
};

// The scan measures of core/analysis/scanmeasures.h and seriesscanmeasures.h.
enum class ScanMeasureKind {
    Lyapunov, // largest Lyapunov exponent
    Period,
    Escape,
    Mean,             // of `variable`
    SpikeRate,        // upward crossings of `threshold` by `variable`
    ZeroOne,          // 0-1 test K of `variable` (seed, stride)
    SampleEntropy,    // of `variable` (m, r as a fraction of the SD)
    CrossCorrelation, // correlation scalar (`correlation`, `hub`) of the node copies of `variable`
    Kuramoto,         // time-mean R, phases of the node copies of `variable` by `phases`
};

struct ScanAxisSettings {
    std::string parameter;
    double from = 0.0, to = 1.0;
    int count = 40;

    bool operator==(const ScanAxisSettings&) const = default;
};

// A 1-D (no y) or 2-D parameter scan of one measure, every cell from the study's initial state.
// The settings are a union of every measure's, so switching measures keeps the others'. They
// hold the engine's own option structs: the iteration every measure shares (SeriesSettings:
// transient, steps; escapeBound and dt are the study's simulation bound and flow step, filled
// in by app/compute and not stored), the Lyapunov exponent's QR interval (Orthonormalization),
// what counts as a period (PeriodCriteria), and the 0-1 test's and sample entropy's scan
// options; the rest are the measures' factory arguments.
struct ScanSettings : SeriesSettings,
                      Orthonormalization,
                      PeriodCriteria,
                      ZeroOneScanOptions,
                      SampleEntropyScanOptions {
    ScanMeasureKind measure = ScanMeasureKind::Lyapunov;
    ScanAxisSettings x;
    std::optional<ScanAxisSettings> y;
    std::string variable;   // measures of one variable, or the per-node variable of node measures
    double threshold = 0.0; // SpikeRate, Kuramoto with spike phases
    // CrossCorrelation: the scalar (a new study of a ring-star takes hub) and the hub node.
    CorrelationScalar correlation = CorrelationScalar::AllPairs;
    std::size_t hub = 0;
    PhaseConvention phases = PhaseConvention::Spike; // Kuramoto
    std::string yVariable;                           // Kuramoto with centred or arctan phases

    bool operator==(const ScanSettings&) const = default;
};

// Surrogate significance of a measure's scalar (core/measures/significance.h, docs/significance.md):
// the optional "significance" object of every series measure section. `scalar` names which of
// the measure's scalars is tested; the reader fills in the measure's default (the first of its
// list) when the file gives none. The run's threads work across surrogates (not stored).
struct SignificanceSettings {
    SurrogateOptions surrogates; // kind, seed, IAAFT tolerance and iteration cap
    std::size_t count = 199;
    Tail tail = Tail::Greater;
    std::string scalar;

    bool operator==(const SignificanceSettings&) const = default;
};

// 0-1 test for chaos of one variable of the trajectory: the engine's options and the variable
// (not stored: threads, which is the run's, and keepMsd, which stays on for the views).
struct ZeroOneSettings : ZeroOneOptions {
    std::string variable;
    std::optional<SignificanceSettings> significance;

    bool operator==(const ZeroOneSettings&) const = default;
};

// Sample entropy of one variable of the trajectory, every convention explicit: the engine's
// options (threads is the run's, not stored) and the variable.
struct SampleEntropySettings : SampleEntropyOptions {
    std::string variable;
    EmbeddingRules rules; // where m and lag come from (given: the numbers above)
    std::optional<SignificanceSettings> significance;

    // m by rules.dimension (1..1000), lag by rules.delay.
    EmbeddingRequest embeddingRequest() const
    {
        return {rules.delay, lag, rules.dimension, m, 1, 1000, "lag", "m"};
    }
    void useEmbedding(const EmbeddingChoice& c) { lag = c.delay, m = c.dimension; }

    bool operator==(const SampleEntropySettings&) const = default;
};

// Synchronisation of the network's nodes over the trajectory: cross-correlation (matrix, its
// scalar by `correlation`, against the hub node) of the node copies of `variable`, and the
// Kuramoto order parameter with phases by `phases` (core/measures/synchrony.h). A new study of
// a ring-star takes the hub scalar (defaultCorrelationScalar). The engine's options of both
// (hub; localHalfWidth, < 0: max(1, ring nodes / 10)), except that both rings are the model's
// (ringLayoutOf: a ring-star's hub is not on it) and threads is the run's (not stored).
struct SynchronySettings : CrossCorrelationOptions, KuramotoOptions {
    std::string variable; // per-node variable: "x" means x0, x1, ...
    CorrelationScalar correlation = CorrelationScalar::AllPairs;
    PhaseConvention phases = PhaseConvention::Spike;
    double threshold = 0.0;
    std::string yVariable; // Centred, Arctan
    // Its scalar is "correlation_value": the study's correlation scalar.
    std::optional<SignificanceSettings> significance;

    bool operator==(const SynchronySettings&) const = default;
};

// MFDFA of one variable of the trajectory: the engine's options (explicit scales replace the
// generated ones; threads is the run's, not stored) and the variable.
struct MfdfaSettings : MfdfaOptions {
    std::string variable;
    std::optional<SignificanceSettings> significance;

    bool operator==(const MfdfaSettings&) const = default;
};

// Multifractal spectrum of the model's coupling network (map networks): the engine's options
// (threads is the run's, not stored).
struct NetworkSpectrumSettings : NetworkSpectrumOptions {

    bool operator==(const NetworkSpectrumSettings&) const = default;
};

} // namespace nd
