// Noninvertibility of maps (analyses.md, "Fixed points"): the critical set LC_-1 where det J = 0
// and its image LC = F(LC_-1), sampled over a box for maps of dimension 1 and 2. Part of the
// fixed-point analysis API (included by fixedpoints.h). Pure function; any thread may call it.
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
#pragma once

#include "model/model.h"

#include <utility>
#include <vector>

namespace nd {

struct CriticalSetOptions {
    std::vector<double> boxMin, boxMax; // one or two values; empty: the default state -+ 10
    int resolution = 400;               // grid cells per axis (1 .. 20000)

    bool operator==(const CriticalSetOptions&) const = default;
};

struct CriticalSet {
    std::vector<std::vector<double>> points;   // LC_-1: det J = 0
    std::vector<std::vector<double>> images;   // LC = F(point), same order
    std::vector<double> determinants;          // det J at each located point (a residual: ~0)
    std::vector<std::pair<int, int>> segments; // 2-D: indices of points joined by the curve
};

// Throws InputError for a flow, a map of dimension above 2, a box of the wrong size or empty,
// non-finite bounds, or a resolution outside its range.
CriticalSet findCriticalSet(const Model& model, const CriticalSetOptions& options = {});

} // namespace nd
