// Multifractal spectrum of a weighted network by box growing (sandbox) around every node, with
// distance d_ij = 1/|w_ij| along shortest paths. Works on a model's coupling matrix or an
// imported edge list. Any thread may call; pass threads = 1 inside a parallel scan.
#pragma once

#include "common/outcome.h"
#include "measures/linearfit.h"
#include "measures/measurecommon.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct GraphEdge {
    std::size_t from = 0, to = 0;
    double weight = 1.0; // coupling strength; 0 means no edge
};

// An undirected weighted graph; a pair listed more than once keeps its largest |w|.
struct WeightedGraph {
    std::size_t nodes = 0;
    std::vector<GraphEdge> edges;
};

// matrix[i * nodes + j]: coupling of node i to node j. The graph is undirected: a pair's weight
// is the larger of |w_ij| and |w_ji|; the diagonal is ignored. Throws InputError on a size
// mismatch or a non-finite entry.
WeightedGraph graphFromCouplingMatrix(std::span<const double> matrix, std::size_t nodes);

struct NetworkSpectrumOptions {
    std::vector<double> q = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5};
    std::vector<double> radii; // explicit, strictly increasing and > 0; empty: generated
    int radiusCount = 20;      // generated radii: log-spaced from the shortest edge distance to d
    int threads = 0;           // <= 0: nd::defaultThreadCount()
    // Fitting reports (the `warnings` list only; values unchanged): a fit with R^2 below
    // minRSquared, and a crossover of ln Z_q against ln(r/d) by `crossover`.
    double minRSquared = 0.98;
    CrossoverOptions crossover;

    bool operator==(const NetworkSpectrumOptions&) const = default;
};

// Below this R^2 (at any q) ln Z_q(r) is too far from a straight line in ln(r/d) for tau(q) to
// be a scaling exponent: the result carries a warning, shown next to it by the GUI and the CLI.
inline constexpr double kPoorFitRSquared = 0.9;

struct NetworkSpectrumResult {
    std::vector<double> q; // sorted ascending
    std::vector<double> radii;
    double diameter = 0.0;                 // d: the largest finite shortest-path distance
    std::vector<std::vector<double>> logZ; // [q][radius]: ln Z_q(r)
    std::vector<double> tau;               // slope of ln Z_q(r) vs ln(r / d)
    std::vector<double> rSquared;          // fit quality per q
    std::vector<double> tauStdErr;         // standard error of each tau (0 with two radii)
    std::vector<FitReport> fits;           // per q: the full report of the tau fit (x = ln(r/d))
    std::vector<CrossoverReport> crossovers; // per q: one line against two
    std::vector<FitWarning> warnings;      // low R^2 (below options.minRSquared) and crossovers
    double minRSquared = 1.0;              // the worst fit over q ...
    double minRSquaredQ = 0.0;             // ... and its q
    std::string warning;                   // a poor fit (minRSquared < kPoorFitRSquared), else empty
    std::vector<double> alpha, fAlpha;     // Legendre spectrum
    double alpha0 = 0.0;                   // alpha at the peak of f
    double width = 0.0;                    // max alpha - min alpha
    bool defined = false;
    std::string reason;
    Outcome outcome = Outcome::Completed;
    std::string conventions;
};

// Throws InputError for an empty graph (no node or no nonzero edge), an edge naming a missing
// node, a non-finite weight, a bad q grid (empty, non-finite, duplicates) or bad radii.
NetworkSpectrumResult networkSpectrum(const WeightedGraph& graph, const NetworkSpectrumOptions& options = {},
                                      Progress* progress = nullptr);

// All shortest-path distances from `source` (infinity where unreachable); exposed for tests.
std::vector<double> shortestDistances(const WeightedGraph& graph, std::size_t source);

// Scalar entry point for parameter scans: the spectrum width with default options.
MeasureValue networkSpectrumWidth(const WeightedGraph& graph);

} // namespace nd
