// Shared look of every NeuroDyn plot (canvas, grid, fonts), so views stay consistent, and the
// message a plot shows in place of data ("undefined: ...", an error). GUI thread only.
#pragma once

#include <QString>

class QColor;
class QwtPlot;
class QwtText;

namespace nd {

void applyPlotStyle(QwtPlot* plot);

// A plot title that wraps at word boundaries where the plot is narrow: a QwtText made from a
// bare string is drawn on one line and clipped at both ends when it is wider than the plot.
QwtText wrappedText(const QString& text);
// A title as plain text for menus, file titles and CSV headers: rich text loses its tags, a
// subscript is written with an underscore (K<sub>c</sub> -> K_c).
QString plainText(const QString& text);
// A small square in colour c for rich-text footers and legends ("<swatch> escaped: 3").
QString colorSwatch(const QColor& c);

// Shows `message` centred on the canvas (replacing an earlier one), wrapped to the canvas width;
// an empty text removes it. The message is part of exported figures.
void setPlotMessage(QwtPlot* plot, const QString& message);
QString plotMessage(const QwtPlot* plot);

} // namespace nd
