#include "plots/synchronyview.h"
#include "plots/retranslate.h"

#include "plots/readoutpicker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPen>
#include <QStringList>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoneitem.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>

namespace nd {

SynchronyView::SynchronyView(QWidget* parent) : PlotPanel(parent)
{
    m_orderPlot = addPlot(
        [this] {
            return PlotTexts{
                tr("Kuramoto order parameter (%1 phases)").arg(QLatin1String(phaseConventionName(m_phases))),
                tr("sample n"), tr("R(n)"),
                tr("R(n) = |mean of exp(i theta_j(n))|: 1 when every phase is equal, near 0 when "
                   "they are spread; the line is its time mean, the band +-1 SD")};
        },
        {0, 0, 1, 2},
        [this]() {
            QByteArray out = "n,R\n";
            for (std::size_t i = 0; i < m_kuramoto.r.size(); ++i)
                out += QByteArray::number(static_cast<qulonglong>(m_firstSample + i)) + ',' +
                       csvNumber(m_kuramoto.r[i]) + '\n';
            return out;
        });
    m_orderPlot->setAxisScale(QwtAxis::YLeft, 0.0, 1.05);

    m_matrixPlot = addPlot(
        [] {
            return PlotTexts{tr("Cross-correlation matrix"), tr("node j"), tr("node i"),
                             tr("Zero-lag Pearson correlation of every pair of nodes; light grey: undefined "
                                "(a node with zero variance)")};
        },
        {1, 0},
        [this]() {
            QByteArray out = "i,j,correlation,defined\n";
            const std::size_t n = m_correlation.nodes;
            for (std::size_t k = 0; k < n * n; ++k) {
                const bool ok = m_correlation.pairDefined[k] != 0;
                out += QByteArray::number(static_cast<qulonglong>(k / n)) + ',' +
                       QByteArray::number(static_cast<qulonglong>(k % n)) + ',' +
                       (ok ? csvNumber(m_correlation.matrix[k]) + ",1\n" : QByteArray(",0\n"));
            }
            return out;
        });
    m_heat = std::make_unique<HeatMap>(m_matrixPlot);
    m_heat->setColorMapName(QStringLiteral("coolwarm"));
    m_heat->setFixedRange(QwtInterval(-1.0, 1.0));
    retranslateWith(m_matrixPlot, [this] { m_heat->setColorBarTitle(tr("correlation")); });
    m_heat->refresh();
    new ReadoutPicker(m_matrixPlot, [this](const QPointF& p) { return matrixReadoutAt(p); });

    m_nodePlot = addPlot(
        [] {
            return PlotTexts{
                tr("Per node"), tr("node"), tr("correlation, order"),
                tr("Each node's correlation with the hub and its local order parameter (over a "
                   "window of neighbours on the ring): low local order in part of the ring marks a "
                   "chimera")};
        },
        {1, 1},
        [this]() {
            QByteArray out = "node,hub_correlation,local_order\n";
            for (std::size_t i = 0; i < nodeCount(); ++i)
                out += QByteArray::number(static_cast<qulonglong>(i)) + ',' +
                       (hubDefined(i) ? csvNumber(m_correlation.hubCorrelation[i]) : QByteArray()) + ',' +
                       (i < m_kuramoto.localOrder.size() && std::isfinite(m_kuramoto.localOrder[i])
                            ? csvNumber(m_kuramoto.localOrder[i])
                            : QByteArray()) +
                       '\n';
            return out;
        });
    m_nodePlot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

std::size_t SynchronyView::nodeCount() const
{
    return std::max(m_hasCorrelation ? m_correlation.nodes : 0, m_kuramoto.localOrder.size());
}

bool SynchronyView::hubDefined(std::size_t node) const
{
    return m_hasCorrelation && node < m_correlation.nodes &&
           m_correlation.pairDefined[m_correlation.hub * m_correlation.nodes + node];
}

void SynchronyView::clearData()
{
    m_correlation = CrossCorrelationResult{};
    m_kuramoto = KuramotoResult{};
    m_hasCorrelation = m_hasKuramoto = false;
    m_heat->setGrid(QwtInterval(0.0, 1.0), 0, QwtInterval(0.0, 1.0), 0);
    m_heat->refresh();
}

void SynchronyView::setConventions(CorrelationScalar correlation, PhaseConvention phases)
{
    m_scalar = correlation;
    m_phases = phases;
    // The order plot's title names the phases: its texts are applied again as on a language
    // change.
    QEvent retitle(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_orderPlot, &retitle);
}

void SynchronyView::setCorrelation(const CrossCorrelationResult& result)
{
    m_correlation = result;
    m_hasCorrelation = true;
    drawMatrix();
    drawNodes();
    updateHeader();
}

void SynchronyView::setKuramoto(const KuramotoResult& result, std::size_t firstSample)
{
    m_kuramoto = result;
    m_firstSample = firstSample;
    m_hasKuramoto = true;
    drawOrder();
    drawNodes();
    updateHeader();
}

void SynchronyView::setColorMapName(const QString& name)
{
    m_heat->setColorMapName(name);
    m_heat->refresh();
    m_matrixPlot->replot();
}

void SynchronyView::drawOrder()
{
    m_orderPlot->clearItems();
    const double mean = m_kuramoto.mean, sd = m_kuramoto.stdDev;
    auto* band = new QwtPlotZoneItem;
    band->setOrientation(Qt::Horizontal);
    band->setInterval(mean - sd, mean + sd);
    band->setBrush(QColor(200, 30, 30, 40));
    band->setPen(QPen(Qt::NoPen));
    band->attach(m_orderPlot);
    QPolygonF r;
    for (std::size_t i = 0; i < m_kuramoto.r.size(); ++i)
        r << QPointF(static_cast<double>(m_firstSample + i), m_kuramoto.r[i]);
    auto* curve = new QwtPlotCurve(tr("R(n), %1 phases").arg(QLatin1String(phaseConventionName(m_phases))));
    curve->setPen(QPen(QColor(20, 60, 160), 1.0));
    curve->setPaintAttribute(QwtPlotCurve::ClipPolygons, true);
    curve->setPaintAttribute(QwtPlotCurve::FilterPointsAggressive, true);
    curve->setSamples(r);
    curve->attach(m_orderPlot);
    auto* line = new QwtPlotMarker;
    line->setLineStyle(QwtPlotMarker::HLine);
    line->setLinePen(QPen(QColor(200, 30, 30), 1.2));
    line->setYValue(mean);
    line->setLabel(QwtText(tr("mean R = %1 +- %2").arg(mean, 0, 'g', 4).arg(sd, 0, 'g', 3)));
    line->setLabelAlignment(Qt::AlignRight | Qt::AlignBottom);
    line->attach(m_orderPlot);
    m_orderPlot->setHasData(!m_kuramoto.r.empty());
    m_orderPlot->replot();
}

void SynchronyView::drawMatrix()
{
    const std::size_t n = m_correlation.nodes;
    std::vector<double> centres(n);
    for (std::size_t i = 0; i < n; ++i)
        centres[i] = static_cast<double>(i);
    m_heat->setCentres(centres, centres);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            m_heat->setCell(static_cast<int>(j), static_cast<int>(i),
                            m_correlation.pairDefined[i * n + j] ? m_correlation.matrix[i * n + j]
                                                                 : HeatMap::kUndefined);
    m_heat->refresh();
    m_heat->fitAxes();
    m_matrixPlot->setHasData(n > 0);
    m_matrixPlot->replot();
}

void SynchronyView::drawNodes()
{
    m_nodePlot->clearItems();
    QPolygonF hub, local;
    for (std::size_t i = 0; i < nodeCount(); ++i)
        if (hubDefined(i))
            hub << QPointF(static_cast<double>(i), m_correlation.hubCorrelation[i]);
    for (std::size_t i = 0; i < m_kuramoto.localOrder.size(); ++i)
        if (std::isfinite(m_kuramoto.localOrder[i])) // a ring-star's hub has no ring window
            local << QPointF(static_cast<double>(i), m_kuramoto.localOrder[i]);
    if (!hub.isEmpty()) {
        auto* bars = new QwtPlotCurve(tr("correlation with hub (node %1)").arg(m_correlation.hub));
        bars->setStyle(QwtPlotCurve::Sticks);
        bars->setPen(QPen(QColor(20, 60, 160), 2.0));
        bars->setSymbol(
            new QwtSymbol(QwtSymbol::Ellipse, QBrush(QColor(20, 60, 160)), Qt::NoPen, QSize(5, 5)));
        bars->setSamples(hub);
        bars->attach(m_nodePlot);
    }
    if (!local.isEmpty()) {
        auto* curve =
            new QwtPlotCurve(tr("local order parameter (window +-%1)").arg(m_kuramoto.localHalfWidth));
        curve->setPen(QPen(QColor(200, 90, 0), 1.4));
        curve->setSymbol(new QwtSymbol(QwtSymbol::Rect, QBrush(QColor(200, 90, 0)), Qt::NoPen, QSize(5, 5)));
        curve->setSamples(local);
        curve->attach(m_nodePlot);
    }
    // Half a node of margin keeps the first and last sticks off the frame.
    m_nodePlot->setAxisScale(QwtAxis::XBottom, -0.5,
                             static_cast<double>(std::max<std::size_t>(nodeCount(), 1)) - 0.5);
    m_nodePlot->setAxisScale(QwtAxis::YLeft, hub.isEmpty() ? 0.0 : -1.05, 1.05);
    m_nodePlot->setHasData(!hub.isEmpty() || !local.isEmpty());
    m_nodePlot->replot();
}

void SynchronyView::updateHeader()
{
    QStringList parts;
    if (m_hasKuramoto)
        parts << tr("<b>mean R = %1</b>, SD %2 over %3 samples (%4 phases)")
                     .arg(m_kuramoto.mean, 0, 'g', 5)
                     .arg(m_kuramoto.stdDev, 0, 'g', 3)
                     .arg(m_kuramoto.r.size())
                     .arg(QLatin1String(phaseConventionName(m_phases)));
    if (m_hasCorrelation) {
        const MeasureValue scalar = m_correlation.scalar(m_scalar);
        const QString name = QLatin1String(correlationScalarName(m_scalar));
        parts << (scalar.defined
                      ? tr("<b>cross-correlation (%1) = %2</b>").arg(name).arg(scalar.value, 0, 'g', 5)
                      : tr("cross-correlation (%1) undefined: %2")
                            .arg(name, QString::fromStdString(scalar.reason).toHtmlEscaped()));
        if (!m_correlation.zeroVarianceNodes.empty()) {
            QStringList nodes;
            for (std::size_t i : m_correlation.zeroVarianceNodes)
                nodes << QString::number(i);
            parts << tr("zero-variance nodes: %1").arg(nodes.join(QStringLiteral(", ")));
        }
    }
    setHeader(parts.join(QStringLiteral("; ")));
}

QString SynchronyView::matrixReadoutAt(const QPointF& position) const
{
    const auto cell = m_heat->cellAt(position);
    if (!cell || !m_hasCorrelation)
        return {};
    const double v = m_heat->cell(cell->first, cell->second);
    if (!std::isfinite(v))
        return tr("nodes %1 and %2: undefined").arg(cell->second).arg(cell->first);
    return tr("nodes %1 and %2: %3").arg(cell->second).arg(cell->first).arg(v, 0, 'g', 6);
}

} // namespace nd
