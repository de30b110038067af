// Synchronisation measures of multi-node series: zero-lag cross-correlation (matrix, mean over
// pairs, each node against a hub) and the Kuramoto order parameter R(n) with its time mean
// and SD and a local (ring-neighbourhood) order parameter per node for chimera detection.
// Phases come from spike times, from a geometric angle, or are given (phase oscillators).
// Any thread may call; the functions only read their input.
#pragma once

#include "measures/measurecommon.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

struct CrossCorrelationOptions {
    std::size_t hub = 0; // node the per-node "against the hub" correlations refer to
    int threads = 0;     // <= 0: nd::defaultThreadCount()
};

struct CrossCorrelationResult {
    std::size_t nodes = 0;
    std::vector<double> matrix;            // nodes x nodes, row-major Pearson coefficients
    std::vector<unsigned char> pairDefined; // same layout: 0 where a node has zero variance
    std::vector<std::size_t> zeroVarianceNodes;
    bool meanDefined = false;
    double mean = 0.0;                     // mean over defined pairs i < j
    std::size_t definedPairs = 0;
    std::size_t hub = 0;
    std::vector<double> hubCorrelation;    // matrix row of the hub
    std::string reason;                    // why the mean is undefined
};

// Throws InputError for fewer than 2 nodes or 2 samples, a non-finite value, or hub >= nodes.
CrossCorrelationResult crossCorrelation(const SeriesView& series, const CrossCorrelationOptions& options = {});

// Phases of every node over a common window of samples.
struct PhaseMatrix {
    bool defined = false;
    std::string reason;
    std::size_t firstSample = 0;  // input sample index of row 0
    std::size_t samples = 0, nodes = 0;
    std::vector<double> values;   // samples x nodes, row-major, radians (unwrapped)
    std::vector<std::vector<std::size_t>> spikes; // spike sample indices per node (spike phases only)
    SeriesView view() const { return SeriesView::sampleMajor(values, samples, nodes); }
};

// Spike-time phases: a spike is an upward crossing x[n-1] < threshold <= x[n]; between
// consecutive spikes s_k <= n < s_{k+1} the phase is 2 pi (k + (n - s_k)/(s_{k+1} - s_k)).
// The window is where every node has a phase: [max first spike, min last spike]. Undefined
// (with reason) when a node spikes fewer than twice or the windows do not overlap.
PhaseMatrix spikePhases(const SeriesView& series, double threshold);
// Geometric phases: angle of (x - <x>, y - <y>) per node over all samples.
PhaseMatrix geometricPhases(const SeriesView& x, const SeriesView& y);

struct KuramotoOptions {
    int localHalfWidth = -1; // neighbourhood |j - k| <= w on a ring; < 0: max(1, nodes / 10)
};

struct KuramotoResult {
    std::vector<double> r;          // R(n) per sample
    double mean = 0.0;
    double stdDev = 0.0;            // population SD (ddof 0) of R(n)
    int localHalfWidth = 0;         // the neighbourhood actually used
    std::vector<double> localOrder; // per node: time mean of |mean of exp(i theta_j)| over its ring window
};

// phases: samples x nodes in radians. Throws InputError for no sample, no node, or non-finite phases.
KuramotoResult kuramotoOrder(const SeriesView& phases, const KuramotoOptions& options = {});

// Scalar entry points for parameter scans.
MeasureValue meanCrossCorrelation(const SeriesView& series);
MeasureValue meanKuramotoOrder(const SeriesView& phases);
MeasureValue meanKuramotoOrderFromSpikes(const SeriesView& series, double threshold);

} // namespace nd
