// Noninvertibility of maps (analyses.md, "Fixed points"): the critical set LC_-1 where det J = 0
// and its image LC = F(LC_-1), sampled over a box for maps of dimension 1 and 2, and for maps of
// any dimension (networks) on 2-D slices of the state space. Part of the fixed-point analysis API
// (included by fixedpoints.h). Pure functions; any thread may call them.
//
// Slice: two state variables u, v vary over the box; every other coordinate is taken from a
// slice state (a full state vector). det J is the determinant of the full n x n Jacobian at
// the slice point, so LC_-1 on the slice is the set of states of the slice where the whole map
// is not locally invertible. Several slice states (e.g. points of an orbit, "the slice follows
// the trajectory") give one slice each; the result is the union, every point tagged with its
// slice. The images are full states F(p); a picture projects them on (u, v), where they need not
// lie in the slice.
//
// 1-D: det J = F'(x) is evaluated on a uniform grid over [lo, hi]; every sign change between
// neighbouring grid values (a grid value of exactly 0 counts with the negative side, so an
// exact zero on the grid is found once) is located by bisection to machine precision.
// 2-D: det J on a (resolution + 1)^2 vertex grid; each cell edge with a sign change holds one
// point of LC_-1, located by bisection along the edge; the points of one cell are joined by
// segments (marching squares, the saddle case decided by det J at the cell centre) so the
// curve can be drawn, and the same segments join the images.
// Zeros where det J touches 0 without changing sign (e.g. det J = x^2) are not found, and
// curve pieces smaller than a cell may be missed: refine the grid to see them.
//
// Speed on networks: moving u and v changes only the Jacobian rows that depend on them (for a
// map network the rows of their nodes and of nodes coupled to them nonlinearly), so with J0 the
// Jacobian at a base point of the slice, factorised once, det J(p) = det J0 det(I_k + D J0^-1 E)
// (matrix determinant lemma; D the k changed rows minus J0's, E their unit columns): a k x k
// determinant per grid vertex instead of an n x n one. The changed rows are found at every
// evaluation by exact comparison with J0, so nothing is assumed about the model. The full LU is
// used for small maps, when no base point of the slice has a well-conditioned J0, and where
// more than half the rows change. Only signs and the zero set matter: the bisection evaluates
// the same determinant as the grid. Grid rows and crossing edges run on `threads` workers; the
// result does not depend on the thread count.
#pragma once

#include "common/outcome.h"
#include "model/model.h"

#include <utility>
#include <vector>

namespace nd {

struct CriticalSetOptions {
    std::vector<double> boxMin, boxMax; // one or two values; empty: the default state -+ 10
    int resolution = 400;               // grid cells per axis (1 .. 20000)
    // Two distinct variable indices (u, v) of a slice, the box then bounds u and v; empty: the
    // map's own one or two variables (refused for larger maps).
    std::vector<int> slice;
    // Full states whose other coordinates define the slices; empty: the model's default state.
    std::vector<std::vector<double>> sliceStates;
    // How det J is evaluated: LowRankUpdate where it pays (see above), FullLU always (the
    // reference the update is measured and tested against).
    enum class Determinant { LowRankUpdate, FullLU };
    Determinant determinant = Determinant::LowRankUpdate;
    int threads = 0; // <= 0: defaultThreadCount()

    bool operator==(const CriticalSetOptions&) const = default;
};

struct CriticalSet {
    std::vector<std::vector<double>> points;   // LC_-1: det J = 0
    std::vector<std::vector<double>> images;   // LC = F(point), same order
    std::vector<double> determinants;          // det J at each located point (a residual: ~0)
    std::vector<std::pair<int, int>> segments; // 2-D: indices of points joined by the curve
    std::vector<int> sliceOf;                  // slice state each point belongs to (0 without slices)
    Outcome outcome = Outcome::Completed;      // Canceled: the set is empty and means nothing
};

class Progress;

// Throws InputError for a flow, a map of dimension above 2 without a slice, a slice that is not
// two distinct variables of the model, a slice state of the wrong size or not finite, a box of
// the wrong size or empty, non-finite bounds, or a resolution outside its range. Reports the
// fraction of grid rows (and crossing edges) done over all slices; when `progress` cancels,
// returns an empty set with Outcome::Canceled within about one grid row's work.
CriticalSet findCriticalSet(const Model& model, const CriticalSetOptions& options = {},
                            Progress* progress = nullptr);

// The values whose signs findCriticalSet reads at the grid vertices of slice `slice`: index
// j * (resolution + 1) + i at u step i and v step j (for a 1-D map: index i).
// Each has the sign of det J there; its magnitude is det J times a positive factor that is the
// same for the whole slice (1 for FullLU; 1 / |det J0| of the update's base point otherwise,
// or 1 where that slice falls back to the full LU). For tests and diagnostics.
std::vector<double> criticalSetGridDeterminants(const Model& model, const CriticalSetOptions& options,
                                                std::size_t slice = 0);

// Fraction of the orbit's points whose Euclidean distance (full state space) to LC_-1 is below
// `distance`: the distance to the nearest point or segment of the set. For a slice through the
// orbit point itself (slice states taken from the orbit) this is the distance along the slice;
// for a fixed slice it includes the offset of the other coordinates. 0 for an empty orbit or set,
// and for distance 0 (strictly below). Throws InputError for a negative or non-finite distance.
double fractionNearCriticalSet(const CriticalSet& set, const std::vector<std::vector<double>>& orbit,
                               double distance);

} // namespace nd
