// Basins of attraction drawn as a categorical raster over two state coordinates: each
// attractor's basin in its own colour, escaping cells dark grey, cells not computed yet blank.
// A legend lists every attractor (its period and a point of it, or the mean of an aperiodic
// one) with its basin fraction, and the escaping fraction. The owner calls reset(), addTile()
// as tiles arrive (their labels are provisional) and refresh() on its coalescing timer, then
// setResult() with the final, canonically labelled result. GUI thread only.
#pragma once

#include "analysis/basins.h"
#include "plots/heatmap.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <optional>
#include <utility>
#include <vector>

namespace nd {

class ReadoutPicker;

class BasinsView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit BasinsView(QWidget* parent = nullptr);

    // A new computation over the grid of the two axes (state coordinates named xName, yName).
    void reset(const BasinAxis& x, const BasinAxis& y, const QString& xName, const QString& yName);
    // Provisional labels of a finished tile; drawn by the next refresh().
    void addTile(const BasinTile& tile);
    // The final result (labels, attractors with fractions); replaces everything.
    void setResult(const BasinResult& result, const QString& xName, const QString& yName);
    void refresh();
    void setMessage(const QString& message);

    int columnCount() const { return static_cast<int>(m_xs.size()); }
    int rowCount() const { return static_cast<int>(m_ys.size()); }
    int computedCount() const { return m_computed; }
    // The attractor label, kBasinEscaped or kBasinNotComputed.
    int labelAt(int ix, int iy) const;
    QPointF cellCoordinates(int ix, int iy) const; // the initial state (x, y) of the cell
    QPointF cellPlotPosition(int ix, int iy) const { return m_heat.cellCentre(ix, iy); }
    std::optional<std::pair<int, int>> cellAt(const QPointF& position) const
    {
        return m_heat.cellAt(position);
    }
    const std::vector<BasinAttractor>& attractors() const { return m_attractors; }
    QString readoutAt(const QPointF& position) const;
    // The colour of an attractor's basin (labels beyond the palette repeat its colours).
    static QColor attractorColor(int label);
    // One line per attractor: label, period, cells, fraction, description (and the escape).
    QByteArray attractorsCsv() const;

    // x, y, label of every computed cell (label -1: escaped).
    QByteArray toCsv() const override;
    bool hasData() const override { return m_computed > 0; }

signals:
    // A click on a cell: its initial state coordinates.
    void pointClicked(double x, double y);

private:
    void setLabel(int ix, int iy, int label);
    void rebuildLegend();

    HeatMap m_heat;
    ReadoutPicker* m_picker;
    QString m_xName, m_yName;
    std::vector<double> m_xs, m_ys;
    std::vector<int> m_labels;
    std::vector<BasinAttractor> m_attractors;
    double m_escapedFraction = 0.0;
    bool m_final = false;
    int m_computed = 0;
};

// "period 2 through (0.1, 0.3)" or "aperiodic, mean (0.1, 0.3)", translated, compact.
QString attractorText(const BasinAttractor& attractor);

} // namespace nd
