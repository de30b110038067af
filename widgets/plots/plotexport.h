// Export of any QwtPlot to PNG, SVG or PDF through QwtPlotRenderer, and of the data behind a
// NeuroDyn plot (PlotData) to CSV. Files are written through QSaveFile, so a failed export
// never leaves a truncated file. GUI thread only.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

class QwtPlot;

namespace nd {

struct PlotExportOptions {
    QSizeF sizeMm{160.0, 120.0}; // physical size of the figure
    int dpi = 150;               // PNG resolution (SVG/PDF are vector)
};

// The format follows the file suffix: .png, .svg, .pdf, or .csv (the plotted data, for plots
// that implement PlotData). Returns false with a message in `error`.
bool exportPlot(QwtPlot* plot, const QString& path, const PlotExportOptions& options, QString& error);

} // namespace nd

namespace nd {

// The figure as an image of options.sizeMm at options.dpi (null image when too large).
QImage renderPlotImage(QwtPlot* plot, const PlotExportOptions& options);
// Puts the rendered figure on the clipboard.
void copyPlotToClipboard(QwtPlot* plot, const PlotExportOptions& options = {});
// Writes bytes through QSaveFile: the file is either complete or untouched. Returns false with
// a message in `error`.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString& error);

} // namespace nd
