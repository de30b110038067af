// Basin-boundary measures on a 2-D label grid (labels as in basins.h: an attractor's label,
// kBasinEscaped, or kBasinNotComputed), for any source of labels (the basins analysis, the
// attractor finder, a test's closed-form map):
//   - basin entropy S_b and boundary basin entropy S_bb (Daza, Wagemakers, Georgeot,
//     Guery-Odelin, Sanjuan 2016): the grid is cut into boxes of boxSize x boxSize cells; each
//     box's Gibbs entropy -sum p ln p over the labels in it; S_b is its mean over all boxes,
//     S_bb its mean over the boxes holding more than one label. S_bb > ln 2 is a sufficient
//     condition for a fractal boundary (the "ln 2 criterion").
//   - the uncertainty exponent: the fraction f(eps) of sample points whose outcome changes under
//     a perturbation eps, for several eps; alpha is the slope of ln f against ln eps (1 for a
//     smooth boundary, below 1 for a fractal one), fitted with its standard error.
//   - the Wada test by the grid method (Daza, Wagemakers, Sanjuan, Yorke 2015): every boundary
//     cell (its 3 x 3 neighbourhood holds more than one label) is refined along the segments to
//     its 8 neighbours until it sees every basin or a refinement cap is reached; the fraction of
//     boundary cells that see every basin is the Wada fraction.
// The last two evaluate new points through a classifier callback (the label of the orbit from
// (x, y)). docs/attractors.md "Basin-boundary measures" states the methods and their choices.
//
// Pure functions; any thread. With threads != 1 the classifier is called from several worker
// threads at once (it must be safe for that); the results do not depend on the thread count.
#pragma once

#include "analysis/basins.h"
#include "measures/linearfit.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace nd {

class Progress;

// The label of the orbit starting at the point (x, y) of the slice: an attractor label (>= 0)
// or kBasinEscaped. It must agree with the grid's labels (same numbering).
using BasinClassifier = std::function<int(double x, double y)>;

// A label grid with its coordinates: labels[iy * x.count + ix] belongs to (x.value(ix),
// y.value(iy)). BasinResult::labels with its request's axes is one.
struct BasinGrid {
    BasinAxis x, y;
    std::span<const int> labels;
};

// The classifier of a grid the basins analysis computed: the orbit from (x, y) is followed and
// fingerprinted as a grid cell would be (basinCellOutcome) and matched, with the request's
// tolerances, against the result's attractors in label order; an orbit that settles on an
// attractor the grid does not hold gets the label one above the largest. Holds a clone of the
// model; safe to call from several threads at once. Throws InputError for an invalid request.
BasinClassifier basinClassifier(const Model& model, const BasinRequest& request, const BasinResult& result);

struct BasinEntropyReport {
    int boxSize = 0;
    long boxes = 0;         // boxes holding at least one computed cell
    long boundaryBoxes = 0; // of those, the ones holding more than one label
    int outcomes = 0;       // N_A: distinct labels on the grid (escape counts as one)
    double basinEntropy = 0.0;         // S_b
    double boundaryBasinEntropy = 0.0; // S_bb (0 when no box is a boundary box)
    bool fractalByLn2 = false;         // S_bb > ln 2
};

// Boxes are consecutive blocks of boxSize x boxSize cells from (0, 0); a partial block at the
// right or top edge is left out, so every box holds the same number of cells. Not-computed
// cells are left out of their box's counts. Throws InputError for boxSize < 1, a box larger
// than the grid, or a label count that does not match the axes.
BasinEntropyReport basinEntropy(const BasinGrid& grid, int boxSize);

struct UncertaintyOptions {
    // Perturbations, relative to each axis's range (eps * (to - from)); at least two distinct
    // values, each in (0, 0.5).
    std::vector<double> epsilons = {0.0005, 0.001, 0.002, 0.004, 0.008, 0.016};
    long samples = 2000;      // random points of the slice, the same for every eps
    std::uint64_t seed = 1;   // for the sample points (portable: no std distributions)
    int threads = 0;

    bool operator==(const UncertaintyOptions&) const = default;
};

struct UncertaintyReport {
    std::vector<double> epsilons;     // as given, ascending
    std::vector<double> fractions;    // f(eps): uncertain samples / samples
    std::vector<long> uncertain;      // uncertain samples per eps
    long samples = 0;                 // samples used (those whose centre was classified)
    FitReport fit;                    // ln f against ln eps, over the eps with f > 0
    double exponent = 0.0;            // alpha = fit.slope
    double exponentError = 0.0;       // fit.slopeStdErr
    bool fitted = false;              // at least two eps with f > 0
    bool canceled = false;
};

// A sample point is eps-uncertain when the outcome at any of (x +- eps_x, y) and (x, y +- eps_y)
// differs from the outcome at (x, y); points are drawn uniformly in the axes' box, and
// perturbed points that leave the box are still classified (the classifier is defined
// everywhere). Throws InputError for bad options.
UncertaintyReport uncertaintyExponent(const BasinAxis& x, const BasinAxis& y, const BasinClassifier& classify,
                                      const UncertaintyOptions& options = {}, Progress* progress = nullptr);

struct WadaOptions {
    int maxRefinement = 7; // refinement levels: level q puts 2^q - 1 points on each segment
    int threads = 0;

    bool operator==(const WadaOptions&) const = default;
};

struct WadaReport {
    int outcomes = 0;       // N_A: distinct labels on the grid (escape counts as one)
    long boundaryCells = 0; // cells whose 3 x 3 neighbourhood holds more than one label
    // seen[j]: boundary cells that saw j + 1 labels after refinement (j = 0 .. outcomes - 1);
    // seen[0] is always 0 (a boundary cell sees at least two).
    std::vector<long> seen;
    double wadaFraction = 0.0; // seen[outcomes - 1] / boundaryCells; 0 with fewer than 3 outcomes
    bool applicable = false;   // at least three outcomes (a Wada boundary needs three basins)
    int levelsUsed = 0;        // the deepest refinement level any cell needed
    long classified = 0;       // classifier calls
    bool canceled = false;
};

// Cells at the grid's edge use the neighbours that exist. Throws InputError for
// maxRefinement outside [0, 20] or a label count that does not match the axes.
WadaReport wadaTest(const BasinGrid& grid, const BasinClassifier& classify, const WadaOptions& options = {},
                    Progress* progress = nullptr);

} // namespace nd
