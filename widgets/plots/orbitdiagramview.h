// Orbit (bifurcation) diagram drawn as a density raster: a QwtPlotSpectrogram over a
// columns x bins matrix of tone-mapped counts in [0, 1], a colour bar on the right axis, and
// rubber-band zoom that asks the owner to recompute the chosen window (windowRequested).
// Columns arrive one at a time while a job runs. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QRectF>
#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotSpectrogram;
class QwtPlotZoomer;

namespace nd {

class OrbitDiagramView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit OrbitDiagramView(QWidget* parent = nullptr);

    // Clears the raster for a new computation. window: parameter range (x) and value range (y).
    void reset(const QRectF& window, int columns, int bins, const QString& parameterName,
               const QString& variableName);
    // Column densities, bins values in [0, 1] from the lowest value bin up; redraw with refresh().
    void setColumn(int column, const std::vector<double>& density);
    // Hands the matrix to the spectrogram and replots.
    void refresh();
    void setColorMapName(const QString& name);

    QRectF window() const { return m_window; }
    int columnCount() const { return m_columns; }
    int binCount() const { return m_bins; }
    int filledColumnCount() const { return m_filled; }
    double density(int column, int bin) const;
    QwtPlotZoomer* zoomer() const { return m_zoomer; }

    QByteArray toCsv() const override;
    bool hasData() const override { return m_filled > 0; }

signals:
    // The user zoomed (or zoomed back out) to this parameter x value window.
    void windowRequested(QRectF window);

private:
    QwtPlotSpectrogram* m_spectrogram;
    QwtPlotZoomer* m_zoomer;
    QString m_colorMap;
    QRectF m_window;
    int m_columns = 0;
    int m_bins = 0;
    int m_filled = 0;
    std::vector<double> m_matrix; // bins rows x columns, row 0 = lowest value
    std::vector<char> m_columnDone;
    bool m_settingWindow = false;
};

} // namespace nd
