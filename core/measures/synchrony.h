// Synchronisation measures of multi-node series: zero-lag cross-correlation (matrix and its
// scalar summaries: mean over all pairs, mean against a hub, mean over ring neighbours) and
// the Kuramoto order parameter R(n) with its time mean and SD and a local (ring-neighbourhood)
// order parameter per node for chimera detection. Phases come from spike times, from the angle
// of (x, y) (centred or not), from the analytic (Hilbert) signal of x, or are given (phase
// oscillators). Papers differ in these choices, so each is a named convention, and
// synchronyConventions() states the ones a result used. Any thread may call; the functions
// only read their input.
#pragma once

#include "measures/measurecommon.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

// The scalar that summarises the correlation matrix.
enum class CorrelationScalar {
    Hub,            // mean over i != hub of corr(x_hub, x_i) (ring-star papers)
    AllPairs,       // mean over all pairs i < j
    RingNeighbours, // mean over the ring's edges i ~ i+1 (the ring closes)
};

// How the phases of the Kuramoto order parameter are obtained.
enum class PhaseConvention {
    Spike,   // spike-time phases (upward threshold crossings of x)
    Centred, // atan2(y - <y>, x - <x>)
    Arctan,  // atan2(y, x), uncentred (map-network papers)
    Hilbert, // angle of the analytic signal of x - <x>
    Given,   // x is a phase (phase oscillators)
};

// The conventions' names in study files, command options and outputs ("hub", "all-pairs", ...).
const char* correlationScalarName(CorrelationScalar c);
const char* phaseConventionName(PhaseConvention p);
// Whether the convention needs a second per-node variable y.
inline bool phaseNeedsY(PhaseConvention p)
{
    return p == PhaseConvention::Centred || p == PhaseConvention::Arctan;
}

// Which nodes form the ring of the ring-neighbour correlation and the local order parameter:
// every node in index order, or (a ring-star) every node but the hub, in index order, so the
// ring closes from the last node back to the first ring node and never passes the hub.
struct RingLayout {
    bool excludesHub = false;
    std::size_t hub = 0;

    std::vector<std::size_t> ringNodes(std::size_t nodes) const;

    bool operator==(const RingLayout&) const = default;
};

struct CrossCorrelationOptions {
    std::size_t hub = 0; // node the per-node "against the hub" correlations refer to
    RingLayout ring;     // the ring of the ring-neighbour mean
    int threads = 0;     // <= 0: nd::defaultThreadCount()

    bool operator==(const CrossCorrelationOptions&) const = default;
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
    MeasureValue hubMean;                  // mean over defined pairs (hub, i), i != hub
    MeasureValue ringNeighbourMean;        // mean over defined ring edges
    std::size_t ringEdges = 0;             // defined ring edges averaged

    // The scalar of one convention (all-pairs: mean, with its reason when undefined).
    MeasureValue scalar(CorrelationScalar c) const;
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
// Centred geometric phases: angle of (x - <x>, y - <y>) per node over all samples.
PhaseMatrix geometricPhases(const SeriesView& x, const SeriesView& y);
// Uncentred phases: atan2(y, x) per node and sample.
PhaseMatrix arctanPhases(const SeriesView& x, const SeriesView& y);
// Hilbert phases: the angle of the analytic signal of x - <x> per node, from the whole series
// by FFT (FFTW, no padding: the negative frequencies are removed, the positive ones doubled).
// Undefined (with reason) for a node with zero variance, whose phase has no meaning.
PhaseMatrix hilbertPhases(const SeriesView& x);
// Given phases: x itself.
PhaseMatrix givenPhases(const SeriesView& x);

struct KuramotoOptions {
    int localHalfWidth = -1; // neighbourhood |j - k| <= w on the ring; < 0: max(1, ring nodes / 10)
    RingLayout ring;         // the ring of the local order parameter

    bool operator==(const KuramotoOptions&) const = default;
};

struct KuramotoResult {
    std::vector<double> r;          // R(n) per sample
    double mean = 0.0;
    double stdDev = 0.0;            // population SD (ddof 0) of R(n)
    int localHalfWidth = 0;         // the neighbourhood actually used
    // Per node: time mean of |mean of exp(i theta_j)| over its ring window; NaN for a hub the
    // ring leaves out (it has no ring neighbourhood).
    std::vector<double> localOrder;
};

// phases: samples x nodes in radians. Throws InputError for no sample, no node, or non-finite phases.
KuramotoResult kuramotoOrder(const SeriesView& phases, const KuramotoOptions& options = {});

// The phases of one convention: x holds the nodes' activations (or phases: Given), y the
// second per-node variable (Centred, Arctan; ignored otherwise), threshold the spike threshold.
PhaseMatrix phasesOf(PhaseConvention convention, const SeriesView& x, const SeriesView* y, double threshold);

// The conventions of a synchrony result in words, for every output that carries a
// "conventions" string: the correlation scalar (and its ring), the phases and the ring of the
// local order parameter; synchronyConventions joins the two.
std::string correlationConventions(CorrelationScalar correlation, const RingLayout& ring);
std::string orderConventions(PhaseConvention phases, const RingLayout& ring);
std::string synchronyConventions(CorrelationScalar correlation, PhaseConvention phases,
                                 const RingLayout& ring);

// Scalar entry points for parameter scans.
MeasureValue meanCrossCorrelation(const SeriesView& series);
MeasureValue crossCorrelationScalar(const SeriesView& series, CorrelationScalar c, std::size_t hub,
                                    const RingLayout& ring);
MeasureValue meanKuramotoOrder(const SeriesView& phases);
MeasureValue meanKuramotoOrderFromSpikes(const SeriesView& series, double threshold);

} // namespace nd
