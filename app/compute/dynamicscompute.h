// Fixed points (with the critical set of a map, if asked for), Lyapunov exponents (at the
// study's point and along a parameter) and basins of attraction of the study's model, from its
// settings (analyses.fixed_points, .lyapunov, .basins). Maps and flows alike (flows: equilibria,
// exponents per unit time, basins iterated with RK4 steps of the study's flow dt).
// Any thread; the basin tile callback is called from the engine's workers, one at a time.
#pragma once

#include "study/study.h"

#include "analysis/basinmeasures.h"
#include "analysis/basins.h"
#include "analysis/fixedpoints.h"
#include "analysis/lyapunov.h"

#include <optional>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// The critical set of a map (fixed_points.critical_set): the box, grid, slice and slice states
// used, and the set; with a distance, the orbit and the fraction of its points near LC_-1.
// Canceled (set.outcome): the set is empty and the fraction 0.
struct CriticalSetComputation {
    CriticalSetOptions options;
    CriticalSet set;
    std::vector<std::vector<double>> orbit; // from the initial state after the transient (full states)
    std::optional<double> distance;
    double orbitFraction = 0.0; // with a distance: fractionNearCriticalSet(set, orbit, distance)
};

struct FixedPointsResult {
    FixedPointOptions options;
    std::vector<FixedPoint> points;
    std::optional<CriticalSetComputation> criticalSet; // when the study asks for it
};

struct LyapunovComputation {
    LyapunovOptions options;
    bool largestOnly = false;
    LyapunovResult result; // largestOnly: one exponent, no convergence curve
};

// The spectrum along a parameter (lyapunov.along): the options (those of the one point, with
// the same number of exponents, curvePoints 0), the settings and the rows.
struct LyapunovAlongComputation {
    LyapunovOptions options;
    LyapunovAlongSettings along;
    LyapunovAlongResult result;
};

// The basin-boundary measures of basins.measures, computed on the finished grid.
struct BasinMeasures {
    BasinEntropyReport entropy;
    std::optional<UncertaintyReport> uncertainty;
    std::optional<WadaReport> wada;
};

struct BasinsComputation {
    BasinRequest request;
    BasinResult result;
    std::optional<BasinMeasures> measures; // requested and the grid was not canceled
};

// Each throws InputError naming its section when the study has none or the engine refuses it.
// fixedPoints reports the fixed points as the first half of the progress and the critical set
// as the second (all of it without a critical set); once canceled, the result means nothing.
FixedPointsResult fixedPoints(const Study& study, int threads, Progress* progress = nullptr);
// One orbit with its tangent vectors is inherently sequential: `threads` is accepted so every
// analysis has the same signature, and ignored.
LyapunovComputation lyapunov(const Study& study, int threads, Progress* progress = nullptr);
// The values are independent (policy fixed) and run on `threads` workers; follow runs them in turn.
// Throws InputError naming analyses.lyapunov when the section or its `along` is missing.
LyapunovAlongComputation lyapunovAlong(const Study& study, int threads, Progress* progress = nullptr);
BasinRequest basinRequest(const Study& study, const Model& model);
BasinsComputation basins(const Study& study, int threads, Progress* progress = nullptr,
                         const BasinTileCallback& onTile = {});
// The basin grid in tiles (other processes): the cell outcomes of rows [begin, end), with the
// settings basins() uses; assembleBasins labels the outcomes of every row (row-major, all
// x.count * y.count cells) and equals basins() exactly.
BasinRows basinRows(const Study& study, int begin, int end, int threads, Progress* progress = nullptr);
// With basins.measures, both also compute the measures on `threads` workers (they depend only on
// the grid and the settings, not on the thread count); basins() reports the grid as the first
// 70% of the progress then.
BasinsComputation assembleBasins(const Study& study, const std::vector<BasinCellOutcome>& cells,
                                 int threads = 0, Progress* progress = nullptr);

} // namespace nd::compute
