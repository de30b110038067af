#include "plots/emergenceview.h"

#include "plots/colormaps.h"
#include "plots/plotstyle.h"

#include <QPen>
#include <qwt_color_map.h>
#include <qwt_interval.h>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_intervalcurve.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>
#include <memory>

namespace nd {

namespace {

const QColor kBlue(20, 60, 160);
const QColor kOrange(200, 90, 0);
const QColor kRed(170, 20, 20);

QwtPlotCurve* curve(const QString& title, const QPolygonF& points, const QColor& color, QwtPlot* plot,
                    Qt::PenStyle style = Qt::SolidLine, bool symbols = true)
{
    auto* c = new QwtPlotCurve(title);
    c->setPen(QPen(color, 1.4, style));
    if (symbols)
        c->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(color), Qt::NoPen, QSize(5, 5)));
    c->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    c->setSamples(points);
    c->attach(plot);
    return c;
}

void band(const QVector<QwtIntervalSample>& samples, const QColor& color, QwtPlot* plot, QwtAxisId axis = QwtAxis::YLeft)
{
    auto* b = new QwtPlotIntervalCurve;
    QColor fill = color;
    fill.setAlpha(50);
    b->setBrush(fill);
    b->setPen(QPen(Qt::NoPen));
    b->setSamples(samples);
    b->setYAxis(axis);
    b->setItemAttribute(QwtPlotItem::Legend, false);
    b->attach(plot);
}

QString stepText(double step)
{
    return QString::number(step, 'g', 12);
}

} // namespace

EmergenceView::EmergenceView(QWidget* parent) : PlotPanel(parent)
{
    m_spectra = addPlot(
        [] {
            return PlotTexts{tr("Multifractal spectra over training"), tr("Lipschitz-Hölder exponent alpha"),
                             tr("f(alpha)"),
                             tr("Mean f(alpha) over the subnetworks of each checkpoint, blue = early to red = late, "
                                "with a band of +-1 standard deviation")};
        },
        {0, 0}, [this]() {
            QByteArray out = "step,q,alpha_mean,alpha_sd,f_mean,f_sd\n";
            for (const NeuroMfaCheckpointResult& c : m_result.checkpoints)
                for (std::size_t i = 0; i < c.alphaMean.size(); ++i)
                    out += csvNumber(c.checkpoint.step) + ',' + csvNumber(c.alphaQ[i]) + ',' + csvNumber(c.alphaMean[i]) +
                           ',' + csvNumber(c.alphaSd[i]) + ',' + csvNumber(c.fMean[i]) + ',' + csvNumber(c.fSd[i]) + '\n';
            return out;
        });
    m_spectra->insertLegend(new QwtLegend, QwtPlot::RightLegend);
    m_metrics = addPlot(
        [] {
            return PlotTexts{tr("alpha_0, width and emergence"), tr("training step"), tr("alpha_0, width"),
                             tr("alpha_0 (regularity) and the spectrum width (heterogeneity), mean +- sd over the "
                                "subnetworks; the degree of emergence E = (w/w0) ln(alpha_0(t0)/alpha_0) on the "
                                "right axis")};
        },
        {0, 1}, [this]() {
            QByteArray out = "step,alpha0_mean,alpha0_sd,width_mean,width_sd,emergence\n";
            for (const EmergencePoint& p : m_result.emergence.points)
                out += csvNumber(p.step) + ',' + csvNumber(p.alpha0Mean) + ',' + csvNumber(p.alpha0Sd) + ',' +
                       csvNumber(p.widthMean) + ',' + csvNumber(p.widthSd) + ',' +
                       (p.defined ? csvNumber(p.emergence) : QByteArray()) + '\n';
            return out;
        });
    m_metrics->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    m_scores = addPlot(
        [] {
            return PlotTexts{tr("Emergence and benchmark scores"), tr("training step"), tr("degree of emergence E"),
                             tr("E over training (left axis) with the benchmark scores read from the scores file "
                                "(right axis, dashed)")};
        },
        {1, 0, 1, 2}, [this]() {
            QByteArray out = "benchmark,step,score\n";
            if (m_scoreData)
                for (std::size_t k = 0; k < m_scoreData->names.size(); ++k)
                    for (std::size_t i = 0; i < m_scoreData->steps.size(); ++i)
                        out += QByteArray::fromStdString(m_scoreData->names[k]) + ',' + csvNumber(m_scoreData->steps[i]) +
                               ',' + csvNumber(m_scoreData->values[k][i]) + '\n';
            return out;
        });
    m_scores->insertLegend(new QwtLegend, QwtPlot::RightLegend);
    m_scores->setVisible(false);
}

void EmergenceView::clearData()
{
    m_result = NeuroMfaSeriesResult{};
    m_scoreData.reset();
    for (DataPlot* p : {m_spectra, m_metrics, m_scores}) {
        p->setAxisVisible(QwtAxis::YRight, false);
        p->setHasData(false);
    }
    m_scores->setVisible(false);
}

void EmergenceView::setResult(const NeuroMfaSeriesResult& result, const std::optional<BenchmarkScores>& scores)
{
    if (result.outcome == Outcome::Canceled || result.checkpoints.empty()) {
        setMessage(tr("No emergence curve: %1")
                       .arg(result.outcome == Outcome::Canceled ? tr("the computation was canceled")
                                                                : tr("no checkpoint")));
        return;
    }
    setMessage(QString());
    m_result = result;
    m_scoreData = scores;
    drawSpectra();
    drawMetrics();
    drawScores();
    const EmergencePoint& last = result.emergence.points.back();
    // Every view states the estimator its numbers come from (the subnetworks all share it).
    const auto& firstSubs = result.checkpoints.front().subnetworks;
    const QString method = firstSubs.empty() ? tr("unknown")
                                             : QString::fromLatin1(networkSpectrumMethodName(firstSubs.front().method));
    QString header = tr("<b>NeuroMFA over training</b> (method %6): %1 checkpoints (steps %2 to %3), %4 "
                        "subnetworks each; E at the last step = <b>%5</b>")
                         .arg(result.checkpoints.size())
                         .arg(stepText(result.checkpoints.front().checkpoint.step),
                              stepText(result.checkpoints.back().checkpoint.step))
                         .arg(result.checkpoints.front().subnetworks.size())
                         .arg(last.defined ? QString::number(last.emergence, 'g', 4) : tr("undefined"))
                         .arg(method);
    if (!result.emergence.defined)
        header += QStringLiteral("<br><span style=\"color:#a01010\">") +
                  tr("E is undefined: %1").arg(QString::fromStdString(result.emergence.reason)).toHtmlEscaped() +
                  QStringLiteral("</span>");
    setHeader(header);
    // The figures `neurodyn-cli` exports carry no header: the spectra's title names the method.
    m_spectra->setTitle(wrappedText(tr("Spectra f(alpha), %1").arg(method)));
}

void EmergenceView::drawSpectra()
{
    const std::unique_ptr<QwtColorMap> map(createColorMap(QStringLiteral("coolwarm")));
    const std::size_t n = m_result.checkpoints.size();
    bool any = false;
    for (std::size_t k = 0; k < n; ++k) {
        const NeuroMfaCheckpointResult& c = m_result.checkpoints[k];
        if (c.alphaMean.empty())
            continue;
        const double t = n > 1 ? static_cast<double>(k) / static_cast<double>(n - 1) : 0.0;
        const QColor color = QColor::fromRgba(map->rgb(QwtInterval(0.0, 1.0), t));
        QPolygonF points;
        QVector<QwtIntervalSample> sd;
        for (std::size_t i = 0; i < c.alphaMean.size(); ++i) {
            if (!std::isfinite(c.alphaMean[i]) || !std::isfinite(c.fMean[i]))
                continue;
            points << QPointF(c.alphaMean[i], c.fMean[i]);
            sd << QwtIntervalSample(c.alphaMean[i], c.fMean[i] - c.fSd[i], c.fMean[i] + c.fSd[i]);
        }
        band(sd, color, m_spectra);
        curve(tr("step %1").arg(stepText(c.checkpoint.step)), points, color, m_spectra, Qt::SolidLine, false);
        any = true;
    }
    m_spectra->setHasData(any);
    m_spectra->replot();
}

void EmergenceView::drawMetrics()
{
    QPolygonF alpha0, width, emergence;
    QVector<QwtIntervalSample> alphaBand, widthBand;
    for (const EmergencePoint& p : m_result.emergence.points) {
        if (p.samples == 0)
            continue;
        alpha0 << QPointF(p.step, p.alpha0Mean);
        width << QPointF(p.step, p.widthMean);
        alphaBand << QwtIntervalSample(p.step, p.alpha0Mean - p.alpha0Sd, p.alpha0Mean + p.alpha0Sd);
        widthBand << QwtIntervalSample(p.step, p.widthMean - p.widthSd, p.widthMean + p.widthSd);
        if (p.defined && std::isfinite(p.emergence))
            emergence << QPointF(p.step, p.emergence);
    }
    band(alphaBand, kBlue, m_metrics);
    band(widthBand, kOrange, m_metrics);
    curve(tr("alpha_0"), alpha0, kBlue, m_metrics);
    curve(tr("width"), width, kOrange, m_metrics);
    auto* e = curve(tr("emergence E"), emergence, kRed, m_metrics);
    e->setYAxis(QwtAxis::YRight);
    m_metrics->setAxisVisible(QwtAxis::YRight, true);
    m_metrics->setAxisTitle(QwtAxis::YRight, tr("E"));
    m_metrics->setHasData(!alpha0.isEmpty());
    m_metrics->replot();
}

void EmergenceView::drawScores()
{
    m_scores->setVisible(m_scoreData.has_value());
    if (!m_scoreData)
        return;
    QPolygonF emergence;
    for (const EmergencePoint& p : m_result.emergence.points)
        if (p.defined && std::isfinite(p.emergence))
            emergence << QPointF(p.step, p.emergence);
    curve(tr("emergence E"), emergence, kRed, m_scores);
    const QColor colors[] = {QColor(20, 60, 160), QColor(0, 130, 60), QColor(200, 90, 0), QColor(120, 40, 160),
                             QColor(90, 90, 90), QColor(0, 140, 160)};
    for (std::size_t k = 0; k < m_scoreData->names.size(); ++k) {
        QPolygonF points;
        for (std::size_t i = 0; i < m_scoreData->steps.size(); ++i)
            if (std::isfinite(m_scoreData->values[k][i]))
                points << QPointF(m_scoreData->steps[i], m_scoreData->values[k][i]);
        auto* c = curve(QString::fromStdString(m_scoreData->names[k]), points, colors[k % 6], m_scores, Qt::DashLine);
        c->setYAxis(QwtAxis::YRight);
    }
    m_scores->setAxisVisible(QwtAxis::YRight, true);
    m_scores->setAxisTitle(QwtAxis::YRight, tr("accuracy"));
    m_scores->setHasData(true);
    m_scores->replot();
}

} // namespace nd
