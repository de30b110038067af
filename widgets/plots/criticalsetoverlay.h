// The critical set of a map drawn over a phase portrait: LC_-1 (det J = 0) solid, its image LC
// dashed, both projected on two state variables (a slice's, or the plane of a two-variable map).
// Shared by the GUI's fixed-points view and `run`'s fixed_points figure. GUI thread only.
#pragma once

#include "analysis/criticalset.h"

#include <cstddef>
#include <vector>

class QwtPlot;
class QwtPlotItem;

namespace nd {

// The segments joined into polylines (indices into set.points); a closed loop repeats its first
// index at the end.
std::vector<std::vector<int>> criticalSetPolylines(const CriticalSet& set);

// Attaches one curve per polyline for LC_-1 and for LC, projected on variables u and v; the
// first of each has a legend title. Returns the curves (the plot owns them; a caller that redraws
// deletes them). No replot.
std::vector<QwtPlotItem*> drawCriticalSet(QwtPlot* plot, const CriticalSet& set, std::size_t u,
                                          std::size_t v);

} // namespace nd
