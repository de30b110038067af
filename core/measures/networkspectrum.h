// Multifractal spectrum of a weighted network (distance d_ij = 1/|w_ij|) by one of four named
// methods: NeuroMFA's official estimator on one-hop out-edges (neuromfa-code) or on shortest
// paths (neuromfa-paths), the textbook sandbox method (sandbox), and NeuroDyn's earlier
// normalised box growing (normalised-growth). Works on a model's coupling matrix, an imported
// edge list or a neuron interaction network. Any thread may call; pass threads = 1 inside a
// parallel scan. docs/conventions.md ("Network multifractal spectrum: four methods") gives the
// definitions and how they differ.
#pragma once

#include "common/outcome.h"
#include "measures/linearfit.h"
#include "measures/measurecommon.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

class Progress;

struct GraphEdge {
    std::size_t from = 0, to = 0;
    double weight = 1.0; // coupling strength; 0 means no edge
};

// A weighted graph; a pair listed more than once keeps its largest |w|. Undirected by default
// (coupling matrices, edge lists); a neuron interaction network is directed, its edges running
// from input neuron to output neuron, and then (i, j) and (j, i) are different pairs and only
// `from -> to` is walked (one-hop out-edges, shortest paths along the edge direction).
struct WeightedGraph {
    std::size_t nodes = 0;
    std::vector<GraphEdge> edges;
    bool directed = false;
};

// matrix[i * nodes + j]: coupling of node i to node j. The graph is undirected: a pair's weight
// is the larger of |w_ij| and |w_ji|; the diagonal is ignored. Throws InputError on a size
// mismatch or a non-finite entry.
WeightedGraph graphFromCouplingMatrix(std::span<const double> matrix, std::size_t nodes);

// The four estimators (names as in study files, the CLI and Python: networkSpectrumMethodName).
//  NeuroMfaCode:     the official NeuroMFA code (wnfd_llm): one-hop out-edges with 1 < d <= d_max,
//                    rounded, nodes with more than minEdges such edges, radii = union of the rounded
//                    distances, mu_i(r) = N_i(r)/N_i(D), tau = OLS slope (free intercept) of
//                    ln sum_i mu_i^q against ln(r/D) over all radii, forward-difference alpha.
//  NeuroMfaPaths:    the same with shortest-path distances (Dijkstra along the edge direction).
//  Sandbox:          Tel, Fulop and Vicsek (1989): <(M_i(r)/M_0)^(q-1)>_centres ~ (r/d)^((q-1) D_q),
//                    tau(q) = (q-1) D_q, shortest-path distances, log-spaced radii.
//  NormalisedGrowth: NeuroDyn's method before issue 22 (sum_i (N_i(r)/N_i(d))^q over all nodes,
//                    shortest paths, log-spaced radii, central differences); tau(0) = 0 on every
//                    graph, so it is not the sandbox method. Default, so older study files keep
//                    their numbers.
enum class NetworkSpectrumMethod { NeuroMfaCode, NeuroMfaPaths, Sandbox, NormalisedGrowth };

// "neuromfa-code", "neuromfa-paths", "sandbox", "normalised-growth".
const char* networkSpectrumMethodName(NetworkSpectrumMethod method);
std::optional<NetworkSpectrumMethod> networkSpectrumMethodFromName(std::string_view name);
// The method names in enum order, for choices in forms and option help.
std::vector<std::string> networkSpectrumMethodNames();

// Settings only the NeuroMFA methods read (defaults: the official code's, ml-papers.md A2).
struct NeuroMfaOptions {
    double maxDistance = 150.0; // d_max: an edge (or path) distance d is kept when 1 < d <= d_max
    int minEdges = 10;          // a node is kept when it has MORE than minEdges kept distances
    int roundDigits = 0;        // distances rounded to this many decimals (0: integers; 0..6)
    // Which subnetworks the official code drops (the result is computed either way and says
    // whether it passes: NetworkSpectrumResult::passesFilter): 0 none, 1 any f > 0,
    // 2 max alpha - alpha(smallest q) > 0.01, 3 both.
    int filterMode = 0;

    bool operator==(const NeuroMfaOptions&) const = default;
};

// The NeuroMFA q grid: -3, -2.9, ..., 3 (61 values; each is k/10 exactly as a double can hold it).
std::vector<double> neuroMfaQGrid();

struct NetworkSpectrumOptions {
    NetworkSpectrumMethod method = NetworkSpectrumMethod::NormalisedGrowth;
    // The default is normalised-growth's and sandbox's grid; networkSpectrumDefaults gives each
    // method's own (the NeuroMFA methods: neuroMfaQGrid()).
    std::vector<double> q = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5};
    std::vector<double> radii; // explicit, strictly increasing and > 0; empty: generated
    int radiusCount = 20;      // generated radii: log-spaced from the shortest edge distance to d
    int threads = 0;           // <= 0: nd::defaultThreadCount()
    // Fitting reports (the `warnings` list only; values unchanged): a fit with R^2 below
    // minRSquared, and a crossover of ln Z_q against ln(r/d) by `crossover`.
    double minRSquared = 0.98;
    CrossoverOptions crossover;
    NeuroMfaOptions neuroMfa;       // read by neuromfa-code and neuromfa-paths only
    std::size_t sandboxCentres = 0; // sandbox: 0 = every node is a centre, else a seeded sample of this many
    std::uint64_t sandboxSeed = 1;  // sandbox: seed of that sample

    bool operator==(const NetworkSpectrumOptions&) const = default;
};

// Options with `method` set and its default q grid; everything else at its default.
NetworkSpectrumOptions networkSpectrumDefaults(NetworkSpectrumMethod method);

// Below this R^2 (at any q) ln Z_q(r) is too far from a straight line in ln(r/d) for tau(q) to
// be a scaling exponent: the result carries a warning, shown next to it by the GUI and the CLI.
inline constexpr double kPoorFitRSquared = 0.9;

struct NetworkSpectrumResult {
    NetworkSpectrumMethod method = NetworkSpectrumMethod::NormalisedGrowth;
    std::vector<double> q; // sorted ascending
    std::vector<double> radii;
    // d: normalised-growth and sandbox: the largest finite shortest-path distance; the NeuroMFA
    // methods: D, the largest radius (largest rounded kept distance).
    double diameter = 0.0;
    std::size_t nodesUsed = 0; // nodes (or centres) that enter Z_q: NeuroMFA: those passing the filter
    std::vector<std::vector<double>> logZ; // [q][radius]: ln Z_q(r)
    std::vector<double> tau;               // slope of ln Z_q(r) vs ln(r / d)
    // D(q) = tau(q) / (q - 1), per q. At q = 1 the ratio is 0/0: the entry is NaN and
    // dqDefined[k] is false (JSON: null), except for sandbox, which there reports the information
    // dimension D_1 = slope of <ln(M_i(r)/M_0)>_centres against ln(r/d) (the q -> 1 limit).
    std::vector<double> dq;
    std::vector<bool> dqDefined;
    std::vector<double> rSquared;            // fit quality per q
    std::vector<double> tauStdErr;           // standard error of each tau (0 with two radii)
    std::vector<FitReport> fits;             // per q: the full report of the tau fit (x = ln(r/d))
    std::vector<CrossoverReport> crossovers; // per q: one line against two
    std::vector<FitWarning> warnings;        // low R^2 (below options.minRSquared) and crossovers
    double minRSquared = 1.0;                // the worst fit over q ...
    double minRSquaredQ = 0.0;               // ... and its q
    std::string warning;                     // a poor fit (minRSquared < kPoorFitRSquared), else empty
    // Legendre spectrum. normalised-growth and sandbox: one value per q (central differences
    // inside, one-sided at the ends). NeuroMFA: forward differences, one value per q but the
    // last, alpha_k = (tau_{k+1} - tau_k)/(q_{k+1} - q_k) and f_k = q_k alpha_k - tau_k;
    // alphaQ holds the q each entry belongs to.
    std::vector<double> alpha, fAlpha, alphaQ;
    double alpha0 = 0.0; // alpha at the (first) maximum of f
    double width = 0.0;  // max alpha - min alpha
    // NeuroMFA filterMode: false when the official code would drop this subnetwork (filterReason
    // says why); always true for the other methods and for filter mode 0.
    bool passesFilter = true;
    std::string filterReason;
    bool defined = false;
    std::string reason;
    Outcome outcome = Outcome::Completed;
    std::string conventions;
};

// Throws InputError for an empty graph (no node or no nonzero edge), an edge naming a missing
// node, a non-finite weight, a bad q grid (empty, non-finite, duplicates), bad radii or bad
// NeuroMFA settings (d_max <= 1, minEdges < 0, roundDigits outside 0..6, filterMode outside 0..3).
// An undefined result (defined = false, reason) when no node passes the NeuroMFA filter, when
// fewer than two radii remain, or when alpha needs more q values.
NetworkSpectrumResult networkSpectrum(const WeightedGraph& graph, const NetworkSpectrumOptions& options = {},
                                      Progress* progress = nullptr);

// All shortest-path distances from `source` (infinity where unreachable); exposed for tests.
std::vector<double> shortestDistances(const WeightedGraph& graph, std::size_t source);

// Scalar entry point for parameter scans: the spectrum width with default options.
MeasureValue networkSpectrumWidth(const WeightedGraph& graph);

} // namespace nd
