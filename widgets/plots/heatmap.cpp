#include "plots/heatmap.h"

#include "plots/colormaps.h"

#include <qwt_color_map.h>
#include <qwt_matrix_raster_data.h>
#include <qwt_plot.h>
#include <qwt_plot_spectrogram.h>
#include <qwt_scale_widget.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

namespace nd {

namespace {

// The colour of a cell that holds no value, or nullopt for a real value.
std::optional<QRgb> stateColor(double value)
{
    if (std::isnan(value))
        return 0u; // transparent: the canvas shows through where nothing is computed yet
    if (value == HeatMap::kUndefined)
        return HeatMap::undefinedColor().rgba();
    if (value == HeatMap::kEscaped)
        return HeatMap::escapedColor().rgba();
    return std::nullopt;
}

// A continuous colour map with the cell states painted outside its scale.
class CellColorMap : public QwtColorMap {
public:
    explicit CellColorMap(QwtColorMap* base) : m_base(base) {}
    QRgb rgb(const QwtInterval& interval, double value) const override
    {
        if (const auto c = stateColor(value))
            return *c;
        return m_base->rgb(interval, value);
    }

private:
    std::unique_ptr<QwtColorMap> m_base;
};

class CategoryColorMap : public QwtColorMap {
public:
    explicit CategoryColorMap(std::vector<QColor> palette) : m_palette(std::move(palette)) {}
    QRgb rgb(const QwtInterval&, double value) const override
    {
        if (const auto c = stateColor(value))
            return *c;
        const auto n = static_cast<long>(m_palette.size());
        const long k = static_cast<long>(std::floor(value));
        return m_palette[static_cast<std::size_t>(((k % n) + n) % n)].rgba();
    }

private:
    std::vector<QColor> m_palette;
};

// Max pooling of a cell matrix for setMaxPooling: the raster item announces the pixel size of
// each image it renders (initRaster), and each pixel then takes the largest finite cell within
// kInkHalfWidth pixels of the point it samples. Sampling a matrix at one point per pixel instead
// (what QwtMatrixRasterData does) drops a one-bin line wherever that point falls between bins.
// Qwt samples near a pixel's corner, not its centre, and aligns the image to whole pixels, so
// the window is a pixel either way: every cell is drawn at least 1.5 (up to 2) pixels wide.
class PooledRasterData : public QwtRasterData {
public:
    static constexpr double kInkHalfWidth = 1.0; // pixels

    PooledRasterData(const QwtInterval& x, int columns, const QwtInterval& y, int rows, const QwtInterval& z,
                     std::vector<double> cells)
        : m_x(x), m_y(y), m_z(z), m_columns(columns), m_rows(rows), m_cells(std::move(cells))
    {
    }
    QwtInterval interval(Qt::Axis axis) const override
    {
        return axis == Qt::XAxis ? m_x : axis == Qt::YAxis ? m_y : m_z;
    }
    void initRaster(const QRectF& area, const QSize& raster) override
    {
        m_pixelWidth = raster.width() > 0 ? area.width() / raster.width() : 0.0;
        m_pixelHeight = raster.height() > 0 ? area.height() / raster.height() : 0.0;
    }
    double value(double x, double y) const override
    {
        if (m_columns <= 0 || m_rows <= 0 || !m_x.contains(x) || !m_y.contains(y))
            return std::nan("");
        const auto [c0, c1] = span(x, m_x, m_columns, std::fabs(m_pixelWidth));
        const auto [r0, r1] = span(y, m_y, m_rows, std::fabs(m_pixelHeight));
        double best = -std::numeric_limits<double>::infinity();
        bool any = false;
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                const double v = m_cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns) +
                                         static_cast<std::size_t>(c)];
                if (std::isfinite(v) && v >= best) {
                    best = v;
                    any = true;
                }
            }
        if (any)
            return best;
        const auto [c, cEnd] = span(x, m_x, m_columns, 0.0);
        const auto [r, rEnd] = span(y, m_y, m_rows, 0.0);
        return m_cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns) +
                       static_cast<std::size_t>(c)];
    }

private:
    // The cells within half a pooling window of v along one axis.
    static std::pair<int, int> span(double v, const QwtInterval& axis, int count, double pixel)
    {
        const double cell = axis.width() / count;
        const double half = kInkHalfWidth * pixel;
        const auto at = [&](double w) {
            return std::clamp(static_cast<int>(std::floor((w - axis.minValue()) / cell)), 0, count - 1);
        };
        return {at(v - half), at(v + half)};
    }

    QwtInterval m_x, m_y, m_z;
    int m_columns, m_rows;
    std::vector<double> m_cells;
    double m_pixelWidth = 0.0, m_pixelHeight = 0.0;
};

} // namespace

QColor HeatMap::undefinedColor()
{
    return QColor(205, 205, 205);
}

QColor HeatMap::escapedColor()
{
    return QColor(70, 70, 70);
}

QwtInterval cellExtent(double firstCentre, double lastCentre, int count)
{
    if (count <= 1 || firstCentre == lastCentre)
        return QwtInterval(firstCentre - 0.5, firstCentre + 0.5);
    const double half = 0.5 * std::fabs(lastCentre - firstCentre) / (count - 1);
    return QwtInterval(std::min(firstCentre, lastCentre) - half, std::max(firstCentre, lastCentre) + half);
}

HeatMap::HeatMap(QwtPlot* plot) : m_plot(plot), m_spectrogram(new QwtPlotSpectrogram)
{
    // Render in the GUI thread: with every core busy computing, waiting for render threads
    // stalls the event loop far longer than a small raster takes to draw.
    m_spectrogram->setRenderThreadCount(1);
    m_spectrogram->setData(new QwtMatrixRasterData);
    m_spectrogram->attach(plot);
    plot->setAxisVisible(QwtAxis::YRight, true);
    plot->axisWidget(QwtAxis::YRight)->setColorBarEnabled(true);
}

void HeatMap::setGrid(const QwtInterval& x, int columns, const QwtInterval& y, int rows, double fill)
{
    m_x = x.normalized();
    m_y = y.normalized();
    m_columns = std::max(columns, 0);
    m_rows = std::max(rows, 0);
    m_xFlipped = m_yFlipped = false;
    m_cells.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), fill);
}

void HeatMap::setCentres(const std::vector<double>& xs, const std::vector<double>& ys, double fill)
{
    const auto extent = [](const std::vector<double>& v) {
        return v.empty() ? QwtInterval(0.0, 1.0)
                         : cellExtent(v.front(), v.back(), static_cast<int>(v.size()));
    };
    setGrid(extent(xs), static_cast<int>(xs.size()), extent(ys), static_cast<int>(ys.size()), fill);
    m_xFlipped = !xs.empty() && xs.back() < xs.front();
    m_yFlipped = !ys.empty() && ys.back() < ys.front();
}

std::size_t HeatMap::index(int column, int row) const
{
    const int c = m_xFlipped ? m_columns - 1 - column : column;
    const int r = m_yFlipped ? m_rows - 1 - row : row;
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(c);
}

void HeatMap::fill(double value)
{
    std::fill(m_cells.begin(), m_cells.end(), value);
}

void HeatMap::setCell(int column, int row, double value)
{
    if (column >= 0 && column < m_columns && row >= 0 && row < m_rows)
        m_cells[index(column, row)] = value;
}

double HeatMap::cell(int column, int row) const
{
    if (column < 0 || column >= m_columns || row < 0 || row >= m_rows)
        return std::nan("");
    return m_cells[index(column, row)];
}

// In drawing order (lowest row, leftmost column first), whatever the centres' order.
void HeatMap::setCells(std::vector<double> values)
{
    values.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), kNotComputed);
    m_cells = std::move(values);
}

QRectF HeatMap::bounds() const
{
    return QRectF(QPointF(m_x.minValue(), m_y.minValue()), QPointF(m_x.maxValue(), m_y.maxValue()));
}

std::optional<std::pair<int, int>> HeatMap::cellAt(const QPointF& p) const
{
    if (m_columns == 0 || m_rows == 0 || !(p.x() >= m_x.minValue() && p.x() <= m_x.maxValue()) ||
        !(p.y() >= m_y.minValue() && p.y() <= m_y.maxValue()))
        return std::nullopt;
    const int c =
        std::min(static_cast<int>((p.x() - m_x.minValue()) / m_x.width() * m_columns), m_columns - 1);
    const int r = std::min(static_cast<int>((p.y() - m_y.minValue()) / m_y.width() * m_rows), m_rows - 1);
    return std::make_pair(m_xFlipped ? m_columns - 1 - c : c, m_yFlipped ? m_rows - 1 - r : r);
}

QPointF HeatMap::cellCentre(int column, int row) const
{
    const double w = m_columns > 0 ? m_x.width() / m_columns : 0.0;
    const double h = m_rows > 0 ? m_y.width() / m_rows : 0.0;
    const int c = m_xFlipped ? m_columns - 1 - column : column;
    const int r = m_yFlipped ? m_rows - 1 - row : row;
    return QPointF(m_x.minValue() + (c + 0.5) * w, m_y.minValue() + (r + 0.5) * h);
}

void HeatMap::setColorMapName(const QString& name)
{
    m_colorMap = colorMapNames().contains(name) ? name : QStringLiteral("viridis");
}

void HeatMap::setBlankZero(bool blank)
{
    m_blankZero = blank;
}

void HeatMap::setDensityRendering(const QString& rendering)
{
    m_densityRendering = rendering;
}

void HeatMap::setMaxPooling(bool on)
{
    m_maxPooling = on;
}

void HeatMap::setFixedRange(std::optional<QwtInterval> range)
{
    m_fixedRange = range;
}

void HeatMap::setCategories(std::vector<QColor> palette)
{
    m_palette = std::move(palette);
    m_shownKey.clear();
}

void HeatMap::setColorBarTitle(const QString& title)
{
    m_plot->axisWidget(QwtAxis::YRight)->setTitle(title);
}

void HeatMap::setVisible(bool visible)
{
    m_spectrogram->setVisible(visible);
    m_plot->setAxisVisible(QwtAxis::YRight, visible && m_palette.empty());
}

void HeatMap::setRobustRange(bool on)
{
    m_robustRange = on;
}

QwtInterval HeatMap::valueRange() const
{
    if (!m_palette.empty())
        return QwtInterval(0.0, std::max<double>(1.0, static_cast<double>(m_palette.size())));
    if (m_fixedRange)
        return *m_fixedRange;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    if (m_robustRange) {
        std::vector<double> finite;
        finite.reserve(m_cells.size());
        for (double v : m_cells)
            if (std::isfinite(v))
                finite.push_back(v);
        if (!finite.empty()) {
            // Nearest-rank percentiles: with fewer than 100 cells they are the extremes.
            const auto rank = [&](double p) {
                return static_cast<std::size_t>(std::floor(p * static_cast<double>(finite.size() - 1) + 0.5));
            };
            const std::size_t i1 = rank(0.01), i99 = rank(0.99);
            std::nth_element(finite.begin(), finite.begin() + static_cast<long>(i1), finite.end());
            lo = finite[i1];
            std::nth_element(finite.begin(), finite.begin() + static_cast<long>(i99), finite.end());
            hi = finite[i99];
        }
    } else {
        for (double v : m_cells)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    }
    if (!(lo <= hi))
        return QwtInterval(0.0, 1.0);
    if (lo == hi) // one value: a unit-wide scale around it keeps the colour bar readable
        return QwtInterval(lo - 0.5, hi + 0.5);
    return QwtInterval(lo, hi);
}

int HeatMap::outsideRangeCount() const
{
    if (!m_palette.empty())
        return 0;
    const QwtInterval range = valueRange();
    return static_cast<int>(std::count_if(m_cells.begin(), m_cells.end(), [&](double v) {
        return std::isfinite(v) && (v < range.minValue() || v > range.maxValue());
    }));
}

void HeatMap::refresh()
{
    const QwtInterval range = valueRange();
    if (m_maxPooling) {
        const bool empty = m_columns <= 0 || m_rows <= 0;
        m_spectrogram->setData(new PooledRasterData(empty ? QwtInterval() : m_x, m_columns,
                                                    empty ? QwtInterval() : m_y, m_rows, range, m_cells));
    } else {
        auto* data = new QwtMatrixRasterData;
        data->setInterval(Qt::ZAxis, range);
        // An empty grid keeps invalid x and y intervals: Qwt then draws nothing instead of
        // reading an empty matrix.
        if (m_columns > 0 && m_rows > 0) {
            data->setInterval(Qt::XAxis, m_x);
            data->setInterval(Qt::YAxis, m_y);
            data->setValueMatrix(QVector<double>(m_cells.begin(), m_cells.end()), m_columns);
        }
        m_spectrogram->setData(data);
    }
    // Colour maps and the colour bar change only with the map or the range: rebuilding them on
    // every refresh would relayout the plot for each tile of a running computation.
    const bool categorical = !m_palette.empty();
    const QString key = categorical ? QStringLiteral("categories %1").arg(m_palette.size())
                                    : m_colorMap + (m_blankZero ? QStringLiteral(" blank") : QString()) +
                                          QLatin1Char(' ') + m_densityRendering;
    if (key == m_shownKey && range == m_shownRange)
        return;
    m_shownKey = key;
    m_shownRange = range;
    if (categorical) {
        m_spectrogram->setColorMap(new CategoryColorMap(m_palette));
    } else {
        const auto create = [this] {
            return m_densityRendering.isEmpty() ? createColorMap(m_colorMap, m_blankZero)
                                                : createOrbitColorMap(m_densityRendering, m_colorMap);
        };
        m_spectrogram->setColorMap(new CellColorMap(create()));
        m_plot->axisWidget(QwtAxis::YRight)->setColorMap(range, create());
        m_plot->setAxisScale(QwtAxis::YRight, range.minValue(), range.maxValue());
    }
    m_plot->setAxisVisible(QwtAxis::YRight, !categorical && m_spectrogram->isVisible());
}

void HeatMap::fitAxes()
{
    m_plot->setAxisScale(QwtAxis::XBottom, m_x.minValue(), m_x.maxValue());
    m_plot->setAxisScale(QwtAxis::YLeft, m_y.minValue(), m_y.maxValue());
}

} // namespace nd
