// Orbit (bifurcation) diagram drawn as a density raster: a columns x bins matrix of tone-mapped
// counts in [0, 1] (HeatMap: spectrogram and colour bar on the right axis), and rubber-band
// zoom that asks the owner to recompute the chosen window (windowRequested). Columns arrive one
// at a time while a job runs. Column c is the engine's parameter value from + (to - from) c /
// (columns - 1) (the CLI's convention): the raster, the read-out, a click and the CSV all use
// that grid. The densest bins (periodic orbits, fixed points) get the strongest contrast with
// the canvas, every bin is drawn at least 1.5 px wide, and the value axis leaves a margin so
// branches at the ends of the value range are not hidden under the frame. Continuation
// branches can be drawn over the raster (setBranches: stable parts solid, unstable parts
// dashed, special points labelled), and a line marks the study's current parameter value.
// GUI thread only.
#pragma once

#include "plots/branchoverlay.h"
#include "plots/heatmap.h"
#include "plots/plotdata.h"

#include <QRectF>
#include <QString>
#include <qwt_plot.h>

#include <limits>
#include <vector>

class QwtPlotMarker;
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
    // Every run of the column escaped (OrbitColumnStatus::escaped): the column is drawn in the
    // escaped colour over its whole height (as the parameter plane draws escaped cells), its
    // densities read 0, and the footer counts such columns, so an empty stretch of the diagram
    // is never mistaken for "no orbit computed".
    void setColumnEscaped(int column);
    int escapedColumnCount() const { return m_escapedCount; }
    // Hands the matrix to the spectrogram and replots.
    void refresh();
    // Drops the raster and says why there is none (an error, a diagram the study lacks) over
    // the canvas; the next reset() takes the message away.
    void setMessage(const QString& message);
    void setColorMapName(const QString& name);
    // orbitRenderingNames() (colormaps.h): "ink" (default) or "dark".
    void setRendering(const QString& rendering);
    QString rendering() const { return m_rendering; }
    // A vertical line at the study's current value of the swept parameter; NaN hides it.
    void setCurrentParameter(double value);
    double currentParameter() const { return m_current; }
    // Draws one-parameter branches (Branch::kind Cycle) over the raster in the plane of their
    // parameter (which should be the diagram's) and state coordinate `variable`. With a model,
    // every point of a period-K cycle is drawn, not only the stored one. Replaces earlier ones.
    void setBranches(const std::vector<Branch>& branches, int variable, const Model* model = nullptr);
    void clearBranches();
    const BranchOverlay& branchOverlay() const { return m_overlay; }

    QRectF window() const { return m_window; }
    int columnCount() const { return m_columns; }
    int binCount() const { return m_bins; }
    int filledColumnCount() const { return m_filled; }
    double density(int column, int bin) const;
    // The parameter value column c was computed at, and the column nearest to a value (-1 when
    // there are no columns or the value lies outside the raster).
    double columnParameter(int column) const;
    int columnAt(double parameter) const;
    // The cursor read-out at a point in plot coordinates: the nearest column's parameter value,
    // the value there and its density.
    QString readoutAt(const QPointF& position) const;
    QwtPlotZoomer* zoomer() const { return m_zoomer; }

    QByteArray toCsv() const override;
    bool hasData() const override { return m_filled > 0; }

signals:
    // The user zoomed (or zoomed back out) to this parameter x value window.
    void windowRequested(QRectF window);
    // Ctrl+click: use this column's parameter value in the study.
    void parameterClicked(double value);

private:
    void applyScales();

    HeatMap m_heat; // bins rows x columns, row 0 = lowest value
    BranchOverlay m_overlay;
    QwtPlotZoomer* m_zoomer;
    QwtPlotMarker* m_marker;
    QString m_rendering = QStringLiteral("ink");
    double m_current = std::numeric_limits<double>::quiet_NaN();
    QRectF m_window;
    QRectF m_shown;                   // the axes' extent for m_window: whole cells, padded value range
    QRectF m_baseWindow, m_baseShown; // the zoom base: its window and what the axes show for it
    int m_columns = 0;
    int m_bins = 0;
    int m_filled = 0;
    std::vector<char> m_columnDone;
    std::vector<char> m_columnEscaped;
    int m_escapedCount = 0;
    void updateFooter();
    bool m_settingWindow = false;
};

} // namespace nd
