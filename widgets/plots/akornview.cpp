#include "plots/akornview.h"

#include "plots/retranslate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPen>
#include <qwt_color_map.h>
#include <qwt_legend.h>
#include <qwt_matrix_raster_data.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_spectrogram.h>
#include <qwt_scale_widget.h>
#include <qwt_symbol.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nd {

namespace {
// Hue around the colour circle over [-pi, pi]: red at 0 and at +-pi alike would hide the sign,
// so the circle starts at -pi (red) and returns to red at +pi; equal angles, equal colours.
QwtLinearColorMap* createHueMap()
{
    auto* map = new QwtLinearColorMap(QColor::fromHsvF(0.0, 0.85, 0.95), QColor::fromHsvF(0.0, 0.85, 0.95));
    for (int k = 1; k < 12; ++k)
        map->addColorStop(k / 12.0, QColor::fromHsvF(k / 12.0, 0.85, 0.95));
    return map;
}

QByteArray cellText(double v)
{
    return std::isfinite(v) ? csvNumber(v) : QByteArray();
}

std::size_t pixel(int row, int column, int width)
{
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(width) + static_cast<std::size_t>(column);
}
} // namespace

AkornView::AkornView(QWidget* parent) : PlotPanel(parent)
{
    const auto imageCsv = [this]() {
        QByteArray out = "row,column,inside,angle,local_order\n";
        for (int r = 0; r < m_result.height; ++r)
            for (int c = 0; c < m_result.width; ++c) {
                const std::size_t p = pixel(r, c, m_result.width);
                out += QByteArray::number(r) + ',' + QByteArray::number(c) + ',' + (m_result.mask[p] ? "1," : "0,") +
                       csvNumber(m_result.angle[p]) + ',' + csvNumber(m_result.localOrder[p]) + '\n';
            }
        return out;
    };
    m_orientationPlot = addPlot(
        [] {
            return PlotTexts{tr("Orientation after the last step"), tr("column"), tr("row"),
                             tr("Angle atan2(x1, x0) of each pixel's first oscillator as a hue: pixels of one "
                                "colour point the same way; dots mark the silhouette's border")};
        },
        {1, 0}, imageCsv);
    m_hue = new QwtPlotSpectrogram;
    m_hue->setRenderThreadCount(1);
    m_hue->setColorMap(createHueMap());
    m_hue->setData(new QwtMatrixRasterData);
    m_hue->attach(m_orientationPlot);
    m_orientationPlot->setAxisVisible(QwtAxis::YRight, true);
    m_orientationPlot->axisWidget(QwtAxis::YRight)->setColorBarEnabled(true);
    m_orientationPlot->axisWidget(QwtAxis::YRight)->setColorMap(QwtInterval(-std::numbers::pi, std::numbers::pi),
                                                                createHueMap());
    m_orientationPlot->setAxisScale(QwtAxis::YRight, -std::numbers::pi, std::numbers::pi);
    retranslateWith(m_orientationPlot,
                    [this] { m_orientationPlot->setAxisTitle(QwtAxis::YRight, tr("angle (rad)")); });

    m_localPlot = addPlot(
        [this] {
            return PlotTexts{tr("Local order after the last step"), tr("column"), tr("row"),
                             tr("||mean of x|| over the %1 x %1 window around each pixel (clipped at the "
                                "border), averaged over the pixel's oscillators: 1 where neighbours agree")
                                 .arg(2 * m_radius + 1)};
        },
        {1, 1}, imageCsv);
    m_local = std::make_unique<HeatMap>(m_localPlot);
    m_local->setFixedRange(QwtInterval(0.0, 1.0));
    retranslateWith(m_localPlot, [this] { m_local->setColorBarTitle(tr("local order")); });
    m_local->refresh();

    m_orderPlot = addPlot(
        [] {
            return PlotTexts{tr("Order inside and outside the silhouette"), tr("step"), tr("mean local order"),
                             tr("Mean local order parameter over the pixels inside and outside the silhouette "
                                "after each step (a network: the norm of the mean of all units)")};
        },
        {2, 0},
        [this]() {
            QByteArray out = "step,order_inside,order_outside\n";
            for (std::size_t t = 0; t < m_result.orderInside.size(); ++t)
                out += QByteArray::number(static_cast<qulonglong>(t)) + ',' + cellText(m_result.orderInside[t]) +
                       ',' + cellText(m_result.orderOutside[t]) + '\n';
            return out;
        });
    m_orderPlot->setAxisScale(QwtAxis::YLeft, 0.0, 1.05);
    m_orderPlot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);

    m_energyPlot = addPlot(
        [] {
            return PlotTexts{tr("Energy over the steps"), tr("step"), tr("energy"),
                             tr("E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i (the paper's form, solid) and the "
                                "form the official code logs, -sum x_i . (J x + c)_i without the 1/2 (dashed)")};
        },
        {2, 1},
        [this]() {
            QByteArray out = "step,energy,energy_code\n";
            for (std::size_t t = 0; t < m_result.energy.size(); ++t)
                out += QByteArray::number(static_cast<qulonglong>(t)) + ',' + csvNumber(m_result.energy[t]) + ',' +
                       csvNumber(m_result.codeEnergy[t]) + '\n';
            return out;
        });
    m_energyPlot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

void AkornView::clearData()
{
    m_result = AkornRunResult{};
    m_has = false;
    m_hue->setData(new QwtMatrixRasterData);
    m_local->setGrid(QwtInterval(0.0, 1.0), 0, QwtInterval(0.0, 1.0), 0);
    m_local->refresh();
}

void AkornView::setResult(const AkornRunResult& result, int radius)
{
    setMessage(QString());
    m_result = result;
    m_radius = radius;
    m_has = true;
    // The local plot's tooltip names the window: its texts are applied again.
    QEvent retitle(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_localPlot, &retitle);
    drawImages();
    drawSeries();
    updateHeader();
}

void AkornView::drawImages()
{
    const int h = m_result.height, w = m_result.width;
    const bool grid = m_result.grid && h > 0 && w > 0;
    m_orientationPlot->clearItems();
    auto* data = new QwtMatrixRasterData;
    data->setInterval(Qt::ZAxis, QwtInterval(-std::numbers::pi, std::numbers::pi));
    std::vector<double> local;
    if (grid) {
        // Rasters count rows from the bottom; the image's row 0 is its top.
        QVector<double> angles;
        angles.reserve(h * w);
        local.reserve(static_cast<std::size_t>(h) * static_cast<std::size_t>(w));
        for (int r = h - 1; r >= 0; --r)
            for (int c = 0; c < w; ++c) {
                angles << m_result.angle[pixel(r, c, w)];
                local.push_back(m_result.localOrder[pixel(r, c, w)]);
            }
        data->setInterval(Qt::XAxis, QwtInterval(0.0, w));
        data->setInterval(Qt::YAxis, QwtInterval(0.0, h));
        data->setValueMatrix(angles, w);
        // The silhouette's border: inside pixels with an outside 4-neighbour.
        QPolygonF border;
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                if (!m_result.mask[pixel(r, c, w)])
                    continue;
                const bool edge = (r > 0 && !m_result.mask[pixel(r - 1, c, w)]) ||
                                  (r + 1 < h && !m_result.mask[pixel(r + 1, c, w)]) ||
                                  (c > 0 && !m_result.mask[pixel(r, c - 1, w)]) ||
                                  (c + 1 < w && !m_result.mask[pixel(r, c + 1, w)]);
                if (edge)
                    border << QPointF(c + 0.5, h - r - 0.5);
            }
        auto* dots = new QwtPlotCurve(tr("silhouette border"));
        dots->setStyle(QwtPlotCurve::NoCurve);
        dots->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(Qt::black), Qt::NoPen, QSize(3, 3)));
        dots->setSamples(border);
        dots->attach(m_orientationPlot);
        m_orientationPlot->setAxisScale(QwtAxis::XBottom, 0.0, w);
        m_orientationPlot->setAxisScale(QwtAxis::YLeft, 0.0, h);
    }
    m_hue->setData(data);
    m_local->setGrid(QwtInterval(0.0, grid ? w : 1.0), grid ? w : 0, QwtInterval(0.0, grid ? h : 1.0), grid ? h : 0);
    if (grid)
        m_local->setCells(std::move(local));
    m_local->refresh();
    m_local->fitAxes();
    m_orientationPlot->setHasData(grid);
    m_localPlot->setHasData(grid);
    m_orientationPlot->replot();
    m_localPlot->replot();
}

void AkornView::drawSeries()
{
    m_orderPlot->clearItems();
    m_energyPlot->clearItems();
    auto curve = [](const std::vector<double>& values, const QString& title, const QPen& pen, QwtPlot* plot) {
        QPolygonF points;
        for (std::size_t t = 0; t < values.size(); ++t)
            if (std::isfinite(values[t]))
                points << QPointF(static_cast<double>(t), values[t]);
        if (points.isEmpty())
            return;
        auto* c = new QwtPlotCurve(title);
        c->setPen(pen);
        c->setPaintAttribute(QwtPlotCurve::ClipPolygons, true);
        c->setSamples(points);
        c->attach(plot);
    };
    const bool outside = std::any_of(m_result.orderOutside.begin(), m_result.orderOutside.end(),
                                     [](double v) { return std::isfinite(v); });
    curve(m_result.orderInside, m_result.grid ? tr("inside") : tr("all units"), QPen(QColor(200, 60, 0), 1.6),
          m_orderPlot);
    if (outside)
        curve(m_result.orderOutside, tr("outside"), QPen(QColor(20, 60, 160), 1.6), m_orderPlot);
    curve(m_result.energy, tr("E (paper, with 1/2)"), QPen(QColor(20, 20, 20), 1.6), m_energyPlot);
    curve(m_result.codeEnergy, tr("code's log (no 1/2)"), QPen(QColor(120, 120, 120), 1.2, Qt::DashLine),
          m_energyPlot);
    const double last = m_result.energy.empty() ? 0.0 : static_cast<double>(m_result.energy.size() - 1);
    m_orderPlot->setAxisScale(QwtAxis::XBottom, 0.0, std::max(last, 1.0));
    m_energyPlot->setAxisAutoScale(QwtAxis::YLeft);
    m_energyPlot->setAxisScale(QwtAxis::XBottom, 0.0, std::max(last, 1.0));
    m_orderPlot->setHasData(!m_result.orderInside.empty());
    m_energyPlot->setHasData(!m_result.energy.empty());
    m_orderPlot->replot();
    m_energyPlot->replot();
}

void AkornView::updateHeader()
{
    if (m_result.energy.empty()) {
        setHeader(QString());
        return;
    }
    const std::size_t last = m_result.energy.size() - 1;
    QString text = tr("<b>%1 steps</b>: E = %2 (paper's form; the code's log: %3)")
                       .arg(last)
                       .arg(m_result.energy[last], 0, 'g', 6)
                       .arg(m_result.codeEnergy[last], 0, 'g', 6);
    if (m_result.grid && std::isfinite(m_result.orderOutside[last]))
        text += tr("; local order inside %1, outside %2")
                    .arg(m_result.orderInside[last], 0, 'f', 3)
                    .arg(m_result.orderOutside[last], 0, 'f', 3);
    else
        text += tr("; order %1").arg(m_result.orderInside[last], 0, 'f', 3);
    if (m_result.canceled)
        text += tr(" (cancelled)");
    setHeader(text);
}

} // namespace nd
