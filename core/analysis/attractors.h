// Attractor atlas (issue 19): every attractor reached from many initial states, found by
// recurrences in a discretised state space, with its class, representative orbit, bounding box
// and basin fraction; and the global continuation of those attractors across one parameter.
// Method, rules and thresholds: docs/attractors.md.
//
// Finding (findAttractors) runs in three stages, so that the result depends only on the request,
// never on the thread count, thread timing or how the initial states were split into tiles:
//   (1) scoutAttractors: a fixed subset of the initial states (evenly spaced indices) fixes the
//       cell size (automatic: from the extent of their post-transient orbits) and finds the
//       attractors they reach; the registry of those attractors is frozen.
//   (2) computeAttractorOutcomes: every initial state of a range [i0, i1) is iterated against the
//       frozen registry, in parallel in any order: it joins a known attractor (its cells are hit
//       repeatedly), escapes, runs out of its budget (undecided), or finds a new attractor by
//       its own recurrences (the candidate's cells and orbit are kept in the outcome).
//   (3) assembleAttractors: the candidates of all outcomes are registered one at a time in index
//       order (a candidate whose cells lie mostly in a registered attractor joins it), every
//       attractor is classified from its representative orbit (period detection; aperiodic orbits
//       by the Lyapunov exponents along it), numbered canonically, and the fractions counted.
// A tile on another process runs (1) itself (it is deterministic) and (2) for its range; the
// merge concatenates the outcomes in index order and runs (3).
//
// Continuation (continueAttractors) finds the attractors at each parameter value of an axis from
// the same fresh initial states (computeAttractorColumns, independent per value, so tileable by
// columns), then mergeAttractorColumns walks the values in order: the previous value's
// attractors seed the search at the next value, attractors are matched across consecutive values
// by the normalised (90th-percentile) Hausdorff distance of their cells (threshold matchDistance;
// pairs left over are matched when the attractor can be followed between them through intermediate
// values in small steps), and births and deaths are refined by bisection to a tolerance. The merge depends
// only on the columns, so any column split merges to the same result as one process.
//
// All functions may be called from any thread; they run their own workers (nd::parallelFor) and
// call the tile callback from them, one call at a time. The model is only read (workers clone it
// where they change a parameter).
#pragma once

#include "analysis/analysiscommon.h"
#include "analysis/basins.h"
#include "model/model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace nd {

class Progress;

// Where the initial states come from.
enum class AttractorSampling {
    Grid,   // a grid over two state coordinates (x, y), the others from `base`; state index iy * nx + ix
    Random, // `count` states uniform in the box [boxMin, boxMax] of the full state space; state i
            // depends only on (seed, i)
};

struct AttractorSamplingSettings {
    AttractorSampling kind = AttractorSampling::Grid;
    BasinAxis x, y;                     // Grid
    std::vector<double> base;           // Grid: the other state components; empty: the model's default
    long count = 1000;                  // Random: number of states
    std::vector<double> boxMin, boxMax; // Random: one entry per state coordinate, boxMin[i] < boxMax[i]
    std::uint64_t seed = 1;             // Random

    bool operator==(const AttractorSamplingSettings&) const = default;
};

// How each orbit is followed, discretised and classified (what a study stores besides sampling).
struct AttractorOptions {
    // Cells: cellSize[i] is the edge along coordinate i. Empty: automatic, the extent of the
    // scouts' post-transient orbits along i divided by cellsPerExtent (docs/attractors.md says
    // what happens for a zero extent). One entry: the same edge for every coordinate.
    std::vector<double> cellSize;
    int cellsPerExtent = 100;
    // Recurrence rules (counted on samples; a map samples every iteration, a flow every
    // sampleTime): a new attractor is declared when `recurrences` consecutive samples fall in
    // cells this orbit visited before; an orbit joins a known attractor after `hitsToJoin` samples
    // in that attractor's cells, a run of `missesToReset` samples outside them resetting the count.
    int recurrences = 100;
    int hitsToJoin = 16;
    int missesToReset = 8;
    long maxIterations = 100'000; // samples per initial state before it is "undecided"
    // After a new attractor is declared: `settle` samples are discarded, then `orbitLength`
    // samples form its representative orbit; cells keep being collected until `saturation`
    // consecutive samples add no new cell (at most maxIterations samples).
    long settle = 1000;
    long orbitLength = 1000;
    long saturation = 2000;
    int scouts = 64;            // initial states of stage (1) (fewer when there are fewer states)
    long scoutTransient = 1000; // samples before the scouts' extent is measured (automatic cells)
    // Classification.
    int maxPeriod = 64;
    double periodTolerance = 1e-6;
    long lyapunovSteps = 20'000;  // iterations (maps) or RK4 steps (flows) along the orbit
    double chaosThreshold = 0.01; // largest exponent above: chaotic; |exponent| below: quasi-periodic
    double escapeBound = 1e8;
    double dt = 0.01;        // flows: RK4 step
    double sampleTime = 1.0; // flows: time between two samples (rounded to whole steps)

    bool operator==(const AttractorOptions&) const = default;
};

struct AttractorRequest : AttractorOptions {
    AttractorSamplingSettings sampling;
    int tileSize = 256; // initial states per task (the unit of parallel work and of delivery)
    int threads = 0;    // <= 0: defaultThreadCount()
    ResourceLimits limits;
};

enum class AttractorClass {
    FixedPoint,    // period 1
    Periodic,      // maps: period-k cycle (k = period; 0 when the exponent says periodic but the
                   // period is above maxPeriod or not yet converged); flows: a limit cycle (period 0)
    Quasiperiodic, // aperiodic with |largest exponent| <= chaosThreshold: invariant circle or torus
    Chaotic,       // aperiodic with largest exponent > chaosThreshold
};

// "fixed point", "periodic", "quasi-periodic", "chaotic": the spelling of outputs (JSON, CSV).
const char* attractorClassName(AttractorClass c);

// What decided the class: the period detection, or the exponent(s) (the values are reported).
enum class ClassDecidedBy { Period, Lyapunov };

struct Attractor {
    int id = 0; // 0, 1, ... in canonical order (docs/attractors.md)
    AttractorClass kind = AttractorClass::FixedPoint;
    int period = 0; // FixedPoint: 1; Periodic: k (0: see AttractorClass); else 0
    ClassDecidedBy decidedBy = ClassDecidedBy::Period;
    bool lyapunovDefined = false;
    double lyapunov = 0.0;              // largest exponent along the orbit (natural log; per iteration or
                                        // per unit time), when it was computed
    double lyapunovSecond = 0.0;        // flows: the second exponent (limit cycle vs torus)
    std::vector<double> orbit;          // representative orbit: orbitLength x dimension, row-major
    std::vector<double> boxMin, boxMax; // bounding box of the representative orbit
    std::vector<std::int64_t> cells;    // its cells (dimension indices each, sorted), the registry
    long states = 0;                    // initial states that reached it
    double fraction = 0.0;              // states / all initial states
    double fractionError = 0.0;         // sqrt(p (1 - p) / n)
    bool seededOnly = false;            // continuation: found only from the previous value's attractors
                                        // (no fresh state reached it; fraction 0)
};

constexpr int kAttractorEscaped = -1;
constexpr int kAttractorUndecided = -2;
constexpr int kAttractorNotComputed = -3;

struct AttractorResult {
    int dimension = 0;
    long stateCount = 0;
    std::vector<double> cellSize; // per coordinate, as used
    std::vector<int> labels;      // per initial state: attractor id, kAttractorEscaped,
                                  // kAttractorUndecided or kAttractorNotComputed
    std::vector<Attractor> attractors;
    long escaped = 0, undecided = 0;
    double escapedFraction = 0.0, escapedError = 0.0;
    double undecidedFraction = 0.0, undecidedError = 0.0;
    bool canceled = false;
};

// What one initial state did (stage 2). A new attractor's candidate (state == kAttractorNew)
// carries its representative orbit and cells; a join carries the registry's attractor index.
constexpr int kAttractorJoined = 0;
constexpr int kAttractorNew = 1;

struct AttractorOutcome {
    int state = kAttractorNotComputed; // kAttractorJoined, kAttractorNew, kAttractorEscaped,
                                       // kAttractorUndecided or kAttractorNotComputed
    int attractor = -1;                // kAttractorJoined: index in the scouting's registry
    std::vector<double> orbit;         // kAttractorNew
    std::vector<std::int64_t> cells;   // kAttractorNew: sorted

    bool operator==(const AttractorOutcome&) const = default;
};

// Stage (1): the cell size and the scouts' attractors (representative orbit and cells each, in
// registration order; not yet classified).
struct AttractorScouting {
    std::vector<double> cellSize;
    std::vector<AttractorOutcome> attractors; // each with state kAttractorNew
};

// Delivered as tasks finish: the outcome kinds of states [first, first + kinds.size()).
struct AttractorTile {
    long first = 0;
    std::vector<int> kinds; // AttractorOutcome::state of each
};
using AttractorTileCallback = std::function<void(const AttractorTile&)>;

// Throws InputError naming the field for bad sampling (counts < 1, empty or inverted boxes,
// non-finite values, wrong box sizes, unknown state indices), bad options (cell sizes <= 0 or
// non-finite, counts < 1, budgets above 10^8 samples, thresholds <= 0, a flow step or sample time
// <= 0) or a request whose memory estimate (estimateAttractorBytes) is over request.limits.
void validateAttractorRequest(const Model& model, const AttractorRequest& request);

// Bytes the request is estimated to use (labels, outcomes, registries, per-worker tables).
double estimateAttractorBytes(const Model& model, const AttractorRequest& request);

// The number of initial states and initial state i (0 <= i < that number).
long attractorStateCount(const AttractorRequest& request);
std::vector<double> attractorInitialState(const Model& model, const AttractorRequest& request, long i);

AttractorScouting scoutAttractors(const Model& model, const AttractorRequest& request,
                                  Progress* progress = nullptr);

// Stage (2) for states [i0, i1) (0 <= i0 <= i1 <= attractorStateCount). States left when progress
// reports cancellation stay kAttractorNotComputed.
std::vector<AttractorOutcome> computeAttractorOutcomes(const Model& model, const AttractorRequest& request,
                                                       const AttractorScouting& scouting, long i0, long i1,
                                                       Progress* progress = nullptr,
                                                       const AttractorTileCallback& onTile = {});

// Stage (3): outcomes of all states in index order. Throws InputError when their number is wrong
// or an outcome or the scouting is malformed (they may come from files).
AttractorResult assembleAttractors(const Model& model, const AttractorRequest& request,
                                   const AttractorScouting& scouting,
                                   const std::vector<AttractorOutcome>& outcomes,
                                   Progress* progress = nullptr);

// All three stages.
AttractorResult findAttractors(const Model& model, const AttractorRequest& request,
                               Progress* progress = nullptr, const AttractorTileCallback& onTile = {});

// ---- Global continuation -------------------------------------------------------------------

struct AttractorContinuationRequest {
    AttractorRequest search; // at every parameter value, the same fresh initial states
    ParameterAxis axis;      // the values p_0 .. p_{count-1}
    // Matching: attractors at consecutive values are the same when the partial (90th-percentile)
    // Hausdorff distance of their cells' centres, each coordinate divided by the extent of all
    // attractors' cells of all values along it, is <= matchDistance (greedy, closest pairs first;
    // docs/attractors.md).
    double matchDistance = 0.1;
    int matchPoints = 500; // cells from which the distances to the other set are taken (evenly spaced)
    // Matching, second stage (docs/attractors.md): an attractor left unmatched at one value and one
    // left unmatched at the next, within kBridgeReach x matchDistance of each other, are the same
    // when the first one, followed through intermediate values (halving the step up to bridgeDepth
    // times), changes by at most matchDistance per step and arrives at the second: an attractor
    // that deforms continuously (and may change class, a cycle becoming a chaotic band) keeps its
    // id, one that jumps (a window born by a saddle-node, a crisis) does not. 0: first stage only.
    int bridgeDepth = 4;
    // Births and deaths between two values are refined by bisection to this width (parameter
    // units); 0: not refined.
    double tolerance = 0.0;
};

// How far apart (in units of matchDistance) two attractors may be for the second matching stage.
constexpr double kBridgeReach = 3.0;

// One parameter value's search (fresh states only).
struct AttractorColumn {
    int index = 0;
    double parameter = 0.0;
    AttractorResult result;
};

// An attractor followed across the values.
struct ContinuedAttractor {
    int id = 0; // global id, stable across the values (canonical: by first value, then local id)
    int firstColumn = 0, lastColumn = 0;     // columns where it exists (consecutive)
    double existsFrom = 0.0, existsTo = 0.0; // refined birth and death (the axis ends when it exists there)
    // The bisection bracket of each end: [fromLow, existsFrom] holds the birth (fromLow ==
    // existsFrom at the axis start or without refinement), likewise [existsTo, toHigh].
    double fromLow = 0.0, toHigh = 0.0;
    std::vector<int> local; // per column in [firstColumn, lastColumn]: its id in that column
};

struct AttractorContinuation {
    std::vector<double> parameterValues;
    // Per value: the attractors (fresh and seeded-only; ids local to the value), fractions over the
    // fresh states, escape and undecided fractions; globalIds[c][k] is the global id of attractor k.
    std::vector<AttractorResult> columns;
    std::vector<std::vector<int>> globalIds;
    std::vector<ContinuedAttractor> attractors;
    bool canceled = false;
};

// Throws InputError for a bad search request (as validateAttractorRequest), an axis that is not a
// parameter of the model or leaves its valid range, matchDistance <= 0, matchPoints < 2, a
// bridgeDepth outside [0, 10], a negative or non-finite tolerance, or a memory estimate over the
// limit.
void validateAttractorContinuation(const Model& model, const AttractorContinuationRequest& request);

// The columns [i0, i1) of the axis, each independent of the others.
std::vector<AttractorColumn> computeAttractorColumns(const Model& model,
                                                     const AttractorContinuationRequest& request, int i0,
                                                     int i1, Progress* progress = nullptr);

// The continuation from all columns in order (columns.size() == axis.count): seeding, matching,
// bisection. Depends only on the columns and the request. Throws InputError for a missing or
// malformed column.
AttractorContinuation mergeAttractorColumns(const Model& model, const AttractorContinuationRequest& request,
                                            std::vector<AttractorColumn> columns,
                                            Progress* progress = nullptr);

// Both.
AttractorContinuation continueAttractors(const Model& model, const AttractorContinuationRequest& request,
                                         Progress* progress = nullptr);

} // namespace nd
