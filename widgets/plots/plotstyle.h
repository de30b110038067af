// Shared look of every NeuroDyn plot (canvas, grid, fonts), so views stay consistent.
// GUI thread only.
#pragma once

class QwtPlot;

namespace nd {

void applyPlotStyle(QwtPlot* plot);

} // namespace nd
