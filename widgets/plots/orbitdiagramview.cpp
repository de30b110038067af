#include "plots/orbitdiagramview.h"

#include "plots/colormaps.h"
#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"
#include "plots/retranslate.h"

#include <QPen>
#include <qwt_interval.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoomer.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

// Room above and below the value range, as a fraction of it: a fixed point at the end of the
// automatic range (it is the smallest value seen) would otherwise lie under the frame.
constexpr double kValueMargin = 0.03;

// Zoom rectangles come back from the zoomer with rounding noise from the scale maps.
bool nearlyEqual(const QRectF& a, const QRectF& b)
{
    const double tx = 1e-9 * std::max(std::fabs(a.width()), std::fabs(b.width()));
    const double ty = 1e-9 * std::max(std::fabs(a.height()), std::fabs(b.height()));
    return std::fabs(a.left() - b.left()) <= tx && std::fabs(a.right() - b.right()) <= tx &&
           std::fabs(a.top() - b.top()) <= ty && std::fabs(a.bottom() - b.bottom()) <= ty;
}

// The engine's expression (ParameterAxis::value), so the raster, the read-out and the CSV use
// the very numbers the columns were computed at.
double columnValue(const QRectF& window, int columns, int column)
{
    return columns > 1 ? window.left() +
                             window.width() * static_cast<double>(column) / static_cast<double>(columns - 1)
                       : window.left();
}

} // namespace

OrbitDiagramView::OrbitDiagramView(QWidget* parent)
    : QwtPlot(parent), m_heat(this), m_overlay(this), m_marker(new QwtPlotMarker)
{
    applyPlotStyle(this);
    m_heat.setBlankZero(true);
    m_heat.setMaxPooling(true);
    m_heat.setFixedRange(QwtInterval(0.0, 1.0));
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Orbit diagram")));
        m_heat.setColorBarTitle(tr("density"));
        setToolTip(tr("Orbit diagram: drag a rectangle to zoom in (right click: back); Ctrl+click sets the "
                      "swept parameter to the column under the cursor."));
    });

    m_marker->setLineStyle(QwtPlotMarker::VLine);
    // Orange reads on the white canvas, on the black one and over the ink of the raster.
    m_marker->setLinePen(QPen(QColor(235, 110, 20), 1.5, Qt::DashLine));
    m_marker->setZ(50);
    m_marker->setVisible(false);
    m_marker->attach(this);

    m_zoomer = new QwtPlotZoomer(canvas());
    m_zoomer->setTrackerMode(QwtPicker::AlwaysOff);
    connect(m_zoomer, &QwtPlotZoomer::zoomed, this, [this](const QRectF& rect) {
        if (m_settingWindow)
            return;
        // Back at the base, which shows the margins around the diagram's window: ask for that
        // window, not for the margins.
        const QRectF r = rect.normalized();
        emit windowRequested(nearlyEqual(r, m_baseShown) ? m_baseWindow : r);
    });
    auto* picker = new ReadoutPicker(this, [this](const QPointF& p) { return readoutAt(p); });
    picker->setMousePattern(QwtEventPattern::MouseSelect1, Qt::LeftButton, Qt::ControlModifier);
    connect(picker, &ReadoutPicker::clicked, this, [this](QPointF p) {
        const int c = columnAt(p.x());
        if (c >= 0)
            emit parameterClicked(columnParameter(c));
    });
    setRendering(m_rendering);
}

void OrbitDiagramView::setColorMapName(const QString& name)
{
    m_heat.setColorMapName(name);
    refresh();
}

void OrbitDiagramView::setRendering(const QString& rendering)
{
    m_rendering = orbitRenderingNames().contains(rendering) ? rendering : orbitRenderingNames().front();
    m_heat.setDensityRendering(m_rendering);
    const QColor canvasColor = orbitCanvasColor(m_rendering);
    setCanvasBackground(canvasColor);
    m_zoomer->setRubberBandPen(
        QPen(canvasColor.lightness() > 128 ? Qt::black : Qt::white, 1.0, Qt::DashLine));
    refresh();
}

void OrbitDiagramView::setCurrentParameter(double value)
{
    m_current = value;
    m_marker->setXValue(value);
    m_marker->setVisible(std::isfinite(value));
    replot();
}

void OrbitDiagramView::setBranches(const std::vector<Branch>& branches, int variable, const Model* model)
{
    m_overlay.setCycleBranches(branches, variable, model);
    replot();
}

void OrbitDiagramView::clearBranches()
{
    m_overlay.clear();
    replot();
}

void OrbitDiagramView::setMessage(const QString& message)
{
    m_filled = 0;
    std::fill(m_columnDone.begin(), m_columnDone.end(), 0);
    m_heat.fill(0.0);
    m_heat.refresh();
    setPlotMessage(this, message);
}

void OrbitDiagramView::reset(const QRectF& window, int columns, int bins, const QString& parameterName,
                             const QString& variableName)
{
    setPlotMessage(this, {});
    m_columns = std::max(columns, 1);
    m_bins = std::max(bins, 1);
    m_filled = 0;
    std::vector<double> xs(static_cast<std::size_t>(m_columns)), ys(static_cast<std::size_t>(m_bins));
    for (int c = 0; c < m_columns; ++c)
        xs[static_cast<std::size_t>(c)] = columnValue(window, m_columns, c);
    const double binHeight = window.height() / m_bins;
    for (int b = 0; b < m_bins; ++b)
        ys[static_cast<std::size_t>(b)] = window.top() + (b + 0.5) * binHeight;
    m_heat.setCentres(xs, ys, 0.0);
    m_columnDone.assign(static_cast<std::size_t>(m_columns), 0);
    m_columnEscaped.assign(static_cast<std::size_t>(m_columns), 0);
    m_escapedCount = 0;
    updateFooter();
    setAxisTitle(QwtAxis::XBottom, parameterName);
    setAxisTitle(QwtAxis::YLeft, variableName);
    if (window != m_window) {
        m_window = window;
        const QRectF cells = m_heat.bounds();
        const double margin = kValueMargin * std::fabs(window.height());
        m_shown = QRectF(QPointF(m_columns > 1 ? cells.left() : window.left(), window.top() - margin),
                         QPointF(m_columns > 1 ? cells.right() : window.right(), window.bottom() + margin));
        m_settingWindow = true;
        setAxisScale(QwtAxis::XBottom, m_shown.left(), m_shown.right());
        setAxisScale(QwtAxis::YLeft, m_shown.top(), m_shown.bottom());
        replot();
        // A window the user zoomed into is already on the zoom stack: keep the stack so
        // zooming back out works; any other window becomes the new base.
        if (!nearlyEqual(m_zoomer->zoomRect().normalized(), window)) {
            m_zoomer->setZoomBase(false);
            m_baseWindow = window;
            m_baseShown = m_shown;
        }
        m_settingWindow = false;
    }
    refresh();
}

void OrbitDiagramView::setColumn(int column, const std::vector<double>& density)
{
    if (column < 0 || column >= m_columns)
        return;
    const int n = std::min(m_bins, static_cast<int>(density.size()));
    for (int b = 0; b < n; ++b)
        m_heat.setCell(column, b, density[static_cast<std::size_t>(b)]);
    if (!m_columnDone[static_cast<std::size_t>(column)]) {
        m_columnDone[static_cast<std::size_t>(column)] = 1;
        ++m_filled;
    }
}

void OrbitDiagramView::setColumnEscaped(int column)
{
    if (column < 0 || column >= m_columns || m_columnEscaped[static_cast<std::size_t>(column)])
        return;
    for (int b = 0; b < m_bins; ++b)
        m_heat.setCell(column, b, HeatMap::kEscaped);
    m_columnEscaped[static_cast<std::size_t>(column)] = 1;
    ++m_escapedCount;
    if (!m_columnDone[static_cast<std::size_t>(column)]) {
        m_columnDone[static_cast<std::size_t>(column)] = 1;
        ++m_filled;
    }
    updateFooter();
}

void OrbitDiagramView::updateFooter()
{
    if (m_escapedCount == 0) {
        setFooter(QwtText());
        return;
    }
    QwtText footer(tr("%1 the orbit escaped (beyond the escape bound) in %2 of %3 columns")
                       .arg(colorSwatch(HeatMap::escapedColor()))
                       .arg(m_escapedCount)
                       .arg(m_columns),
                   QwtText::RichText);
    QFont font = footer.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    footer.setFont(font);
    setFooter(footer);
}

void OrbitDiagramView::refresh()
{
    m_heat.refresh();
    replot();
}

double OrbitDiagramView::density(int column, int bin) const
{
    if (column < 0 || column >= m_columns || bin < 0 || bin >= m_bins ||
        m_columnEscaped[static_cast<std::size_t>(column)])
        return 0.0;
    return m_heat.cell(column, bin);
}

double OrbitDiagramView::columnParameter(int column) const
{
    if (column < 0 || column >= m_columns)
        return std::nan("");
    return columnValue(m_window, m_columns, column);
}

int OrbitDiagramView::columnAt(double parameter) const
{
    if (m_columns == 0)
        return -1;
    const auto cell = m_heat.cellAt(QPointF(parameter, m_heat.bounds().center().y()));
    return cell ? cell->first : -1;
}

QString OrbitDiagramView::readoutAt(const QPointF& position) const
{
    const int c = columnAt(position.x());
    if (c < 0)
        return {};
    const QString parameter = axisTitle(QwtAxis::XBottom).text();
    const QString variable = axisTitle(QwtAxis::YLeft).text();
    const auto cell = m_heat.cellAt(position);
    QString text = QStringLiteral("%1 = %2").arg(parameter).arg(columnParameter(c), 0, 'g', 8);
    if (m_columnEscaped[static_cast<std::size_t>(c)])
        return text + QLatin1Char('\n') + tr("the orbit escaped in this column");
    if (cell)
        text += QLatin1Char('\n') + tr("%1 = %2, density %3")
                                        .arg(variable)
                                        .arg(position.y(), 0, 'g', 6)
                                        .arg(density(cell->first, cell->second), 0, 'g', 3);
    return text;
}

QByteArray OrbitDiagramView::toCsv() const
{
    QByteArray out = "parameter,value,density\n";
    const double dy = m_window.height() / m_bins;
    for (int c = 0; c < m_columns; ++c) {
        for (int b = 0; b < m_bins; ++b) {
            const double d = density(c, b);
            if (d <= 0.0)
                continue;
            out += QByteArray::number(columnParameter(c), 'g', 17) + ',' +
                   QByteArray::number(m_window.top() + (b + 0.5) * dy, 'g', 17) + ',' +
                   QByteArray::number(d, 'g', 17) + '\n';
        }
    }
    return out;
}

} // namespace nd
