// The raster machinery every NeuroDyn heat map shares (parameter planes, basins, correlation
// matrices, orbit diagrams, space-time plots): a QwtPlotSpectrogram over a columns x rows cell
// matrix, the colour bar on the right axis and colour-map switching. Cells that hold no value
// are stored as non-finite numbers and drawn in fixed colours outside the colour scale, so the
// scale covers real values only: not yet computed (NaN) stays transparent, undefined (-inf) is
// light grey, escaped (+inf) dark grey. A categorical mode draws small integer labels in a
// palette instead (basins of attraction). GUI thread only.
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <qwt_interval.h>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

class QwtPlot;
class QwtPlotSpectrogram;

namespace nd {

class HeatMap {
public:
    static constexpr double kNotComputed = std::numeric_limits<double>::quiet_NaN();
    static constexpr double kUndefined = -std::numeric_limits<double>::infinity();
    static constexpr double kEscaped = std::numeric_limits<double>::infinity();
    static QColor undefinedColor();
    static QColor escapedColor();

    // Attaches a spectrogram to the plot (the plot owns it) and shows the colour bar.
    explicit HeatMap(QwtPlot* plot);
    HeatMap(const HeatMap&) = delete;
    HeatMap& operator=(const HeatMap&) = delete;

    // Columns tile x evenly from its minimum, rows tile y from its minimum; every cell becomes `fill`.
    void setGrid(const QwtInterval& x, int columns, const QwtInterval& y, int rows,
                 double fill = kNotComputed);
    // Cells centred on evenly spaced values given in either order (a parameter axis may run from
    // 4 down to 2): cell (i, j) is then the one centred at (xCentres[i], yCentres[j]), for every
    // function below that takes or returns a column and row.
    void setCentres(const std::vector<double>& xCentres, const std::vector<double>& yCentres,
                    double fill = kNotComputed);
    void fill(double value);
    void setCell(int column, int row, double value); // ignored outside the grid
    double cell(int column, int row) const;          // NaN outside the grid
    // Every cell at once, row-major from the lowest row: values[row * columns + column].
    void setCells(std::vector<double> values);
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    QRectF bounds() const;
    // The cell under a point given in plot coordinates, or none outside the raster.
    std::optional<std::pair<int, int>> cellAt(const QPointF& position) const;
    QPointF cellCentre(int column, int row) const;

    void setColorMapName(const QString& name);
    QString colorMapName() const { return m_colorMap; }
    void setBlankZero(bool blank); // exact zeros drawn white (empty density bins)
    // Orbit-diagram colours (orbitRenderingNames(): "ink" or "dark", see colormaps.h) instead of
    // the plain colour map; empty: the plain map. The canvas colour is the owner's business.
    void setDensityRendering(const QString& rendering);
    // Each pixel shows the largest value among the cells it covers, every cell widened to at
    // least 1.5 pixels: thin features (one-bin branches of an orbit diagram) stay solid lines
    // at any raster and figure size instead of breaking into dashes or vanishing.
    void setMaxPooling(bool on);
    // A fixed colour range (e.g. [-1, 1] for correlations); none: the range of the finite cells.
    void setFixedRange(std::optional<QwtInterval> range);
    std::optional<QwtInterval> fixedRange() const { return m_fixedRange; }
    // Without a fixed range: span the 1st to the 99th percentile of the finite cells instead of
    // all of them, so a few wild cells (a Lyapunov exponent of -110 among values near 0) do not
    // paint every other cell in one colour. Cells beyond the range take its end colours.
    void setRobustRange(bool on);
    QwtInterval valueRange() const;
    // Finite cells outside valueRange() (drawn in its end colours).
    int outsideRangeCount() const;
    // Non-empty: categorical mode, cell value k drawn in palette[k % size], no colour bar.
    void setCategories(std::vector<QColor> palette);
    void setColorBarTitle(const QString& title);
    void setVisible(bool visible);

    // Hands a copy of the cells to the spectrogram and updates the colour bar; the owner replots.
    void refresh();
    // Sets the bottom and left axis scales to the raster's extent.
    void fitAxes();
    QwtPlotSpectrogram* spectrogram() const { return m_spectrogram; }

private:
    QwtPlot* m_plot;
    QwtPlotSpectrogram* m_spectrogram;
    QString m_colorMap = QStringLiteral("viridis");
    bool m_blankZero = false;
    QString m_densityRendering;
    bool m_maxPooling = false;
    std::optional<QwtInterval> m_fixedRange;
    bool m_robustRange = false;
    std::vector<QColor> m_palette;
    QwtInterval m_x{0.0, 1.0}, m_y{0.0, 1.0};
    int m_columns = 0;
    int m_rows = 0;
    bool m_xFlipped = false, m_yFlipped = false;
    std::vector<double> m_cells; // row-major from the lowest row, leftmost column
    QString m_shownKey;          // colour map and range the plot shows now
    QwtInterval m_shownRange;

    std::size_t index(int column, int row) const;
};

// Calls f(ix, iy, k) for every cell [x0, x1) x [y0, y1) of a tile as the engine delivers them
// (ScanTile, BasinTile), k being the cell's row-major index within the tile.
template <class Tile, class F> void forEachTileCell(const Tile& tile, F&& f)
{
    std::size_t k = 0;
    for (int iy = tile.y0; iy < tile.y1; ++iy)
        for (int ix = tile.x0; ix < tile.x1; ++ix)
            f(ix, iy, k++);
}

// The extent of `count` cells centred on evenly spaced values from firstCentre to lastCentre
// (either order); a single cell is one unit wide.
QwtInterval cellExtent(double firstCentre, double lastCentre, int count);

} // namespace nd
