// Shared look of every NeuroDyn plot (canvas, grid, fonts), so views stay consistent, and the
// message a plot shows in place of data ("undefined: ...", an error). GUI thread only.
#pragma once

#include <QString>

class QwtPlot;

namespace nd {

void applyPlotStyle(QwtPlot* plot);

// Shows `message` centred on the canvas (replacing an earlier one); an empty text removes it.
// The message is part of exported figures.
void setPlotMessage(QwtPlot* plot, const QString& message);
QString plotMessage(const QwtPlot* plot);

} // namespace nd
