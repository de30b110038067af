// A parameter scan drawn as it arrives. A 2-D scan is a heat map (HeatMap: colour bar on the
// right, choosable colour map) whose undefined, escaped and not yet computed cells have their
// own colours outside the colour range; a 1-D scan is a curve of the defined values with the
// undefined (light grey) and escaped (dark grey) stretches shaded. The owner calls reset(),
// then addTile() for each tile the scan delivers and refresh() on its coalescing timer.
// Clicking a cell emits its parameter values; the read-out beside the cursor gives them and the
// cell's value. Two-parameter continuation curves can be drawn over the map (setCurves). The
// colour range spans the 1st to the 99th percentile of the defined values unless the user sets
// one (context menu); cells beyond it take its end colours and are counted in the footer. A
// crosshair (a line in 1-D) marks the study's current parameter values. GUI thread only.
#pragma once

#include "analysis/scan.h"
#include "continuation/branch.h"
#include "plots/branchoverlay.h"
#include "plots/heatmap.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QContextMenuEvent;
class QwtPlotItem;
class QwtPlotMarker;

namespace nd {

class ReadoutPicker;

class ParameterPlaneView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    enum class CellState { NotComputed, Defined, Undefined, Escaped };

    explicit ParameterPlaneView(QWidget* parent = nullptr);

    // Starts a scan over the axes' grid (y absent: a 1-D scan); every cell is not computed.
    // measure and unit (may be empty) title the colour bar (2-D) or the value axis (1-D).
    void reset(const ParameterAxis& x, const std::optional<ParameterAxis>& y, const QString& measure,
               const QString& unit);
    // Stores a finished tile; drawn by the next refresh().
    void addTile(const ScanTile& tile);
    // Shows a whole result at once (finished, cancelled or loaded). yName empty: a 1-D scan.
    void setResult(const ScanResult& result, const QString& xName, const QString& yName);
    // Hands the cells to the plot and replots (call on a coalescing timer while tiles arrive).
    void refresh();
    // Drops the data and says why there is none (an error, a refused scan).
    void setMessage(const QString& message);
    // Renames the measure (another language) without touching the cells.
    void setMeasure(const QString& measure, const QString& unit);
    void setColorMapName(const QString& name);
    QString colorMapName() const { return m_heat.colorMapName(); }
    // Fold / flip / NS curves over the map, matched to the axes by parameter name, codim-2
    // points labelled. Replaces earlier curves.
    void setCurves(const std::vector<Branch>& curves);
    void clearCurves();
    const BranchOverlay& curveOverlay() const { return m_overlay; }

    bool is2D() const { return m_2d; }
    int columnCount() const { return static_cast<int>(m_xs.size()); } // x cells
    int rowCount() const { return static_cast<int>(m_ys.size()); }    // y cells (1 in 1-D)
    int computedCount() const { return m_computed; }
    CellState cellState(int ix, int iy) const;
    double cellValue(int ix, int iy) const; // NaN unless defined
    QString cellReason(int ix, int iy) const;
    // The cell's parameter values (x, y); y is NaN in a 1-D scan.
    QPointF cellParameters(int ix, int iy) const;
    // Where the cell's centre is drawn, in plot coordinates (1-D: y is the value, or 0).
    QPointF cellPlotPosition(int ix, int iy) const;
    // The cell under a point in plot coordinates (1-D: the cell under x).
    std::optional<std::pair<int, int>> cellAt(const QPointF& position) const;
    // The colour range (2-D): the user's, or the 1st to 99th percentile of the defined values.
    QwtInterval colorRange() const { return m_heat.valueRange(); }
    // A user-set colour range; none: automatic. Emits colorRangeChanged.
    void setColorRange(std::optional<QwtInterval> range);
    std::optional<QwtInterval> userColorRange() const { return m_heat.fixedRange(); }
    // Defined cells outside the colour range.
    int outsideColorRangeCount() const { return m_2d ? m_heat.outsideRangeCount() : 0; }
    // The study's current values of the scanned parameters (y ignored in 1-D); NaN hides the mark.
    void setCurrentPoint(double x, double y);
    QPointF currentPoint() const { return m_current; }
    QString readoutAt(const QPointF& position) const;

    QByteArray toCsv() const override;
    bool hasData() const override { return m_computed > 0; }

signals:
    // A click on a cell: its parameter values (y is NaN in a 1-D scan).
    void pointClicked(double x, double y);
    void colorRangeChanged(std::optional<QwtInterval> range);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void setupGrid(std::vector<double> xs, std::vector<double> ys, bool twoD);
    void storeCell(int ix, int iy, const ScanValue& value);
    std::size_t index(int ix, int iy) const;
    void rebuildLine();
    void updateFooter();
    void applyTitles();
    void editColorRange();

    HeatMap m_heat;
    BranchOverlay m_overlay;
    ReadoutPicker* m_picker;
    QwtPlotMarker* m_marker;
    QPointF m_current{std::nan(""), std::nan("")};
    std::vector<QwtPlotItem*> m_lineItems; // 1-D: curves and shaded stretches
    std::vector<double> m_xs, m_ys;
    bool m_2d = true;
    std::string m_xName, m_yName;
    QString m_measure, m_unit;
    std::vector<double> m_values;
    std::vector<CellState> m_states;
    std::vector<std::string> m_reasons;
    int m_computed = 0;
};

} // namespace nd
