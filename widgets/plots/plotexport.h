// Export of any QwtPlot to PNG, SVG or PDF through QwtPlotRenderer. Files are written
// through QSaveFile, so a failed export never leaves a truncated file. GUI thread only.
#pragma once

#include <QSizeF>
#include <QString>

class QwtPlot;

namespace nd {

struct PlotExportOptions {
    QSizeF sizeMm{160.0, 120.0}; // physical size of the figure
    int dpi = 150;               // PNG resolution (SVG/PDF are vector)
};

// The format follows the file suffix: .png, .svg or .pdf. Returns false with a message.
bool exportPlot(QwtPlot* plot, const QString& path, const PlotExportOptions& options = {},
                QString* error = nullptr);

} // namespace nd
