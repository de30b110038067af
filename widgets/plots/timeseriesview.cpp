#include "plots/timeseriesview.h"

#include "oscillators/oscillatorphases.h"
#include "plots/plotstyle.h"
#include "plots/retranslate.h"
#include "simulate/trajectory.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <array>

namespace nd {

namespace {
const std::array<QColor, 6> kPalette = {QColor(20, 60, 160),  QColor(200, 60, 30), QColor(30, 140, 60),
                                        QColor(140, 40, 160), QColor(220, 150, 0), QColor(0, 150, 170)};
}

TimeSeriesView::TimeSeriesView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Time series")));
        setAxisTitle(QwtAxis::XBottom, tr("step n"));
        setAxisTitle(QwtAxis::YLeft, m_sines ? tr("sin(phase)") : QString());
    });
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

void TimeSeriesView::setSeries(const std::vector<double>& steps,
                               const std::vector<std::vector<double>>& series, const QStringList& names)
{
    for (auto* c : m_curves) {
        c->detach();
        delete c;
    }
    m_curves.clear();
    m_names = names;
    for (std::size_t s = 0; s < series.size(); ++s) {
        auto* curve = new QwtPlotCurve(
            s < static_cast<std::size_t>(names.size()) ? names[static_cast<qsizetype>(s)] : QString());
        curve->setPen(QPen(kPalette[s % kPalette.size()], 1.0));
        curve->setPaintAttribute(QwtPlotCurve::ClipPolygons, true);
        curve->setPaintAttribute(QwtPlotCurve::FilterPointsAggressive, true);
        QPolygonF pts;
        const std::size_t n = std::min(steps.size(), series[s].size());
        pts.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i)
            pts.append(QPointF(steps[i], series[s][i]));
        curve->setSamples(pts);
        curve->attach(this);
        m_curves.push_back(curve);
    }
    replot();
}

void TimeSeriesView::setTrajectory(const Trajectory& t, const Model* model, std::size_t maxSeries)
{
    std::vector<double> steps(t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r)
        steps[r] = static_cast<double>(t.firstStep + static_cast<long>(r) * t.stride);
    const std::vector<bool> angles = model ? angleColumns(*model, t) : std::vector<bool>(t.columns(), false);
    std::vector<std::vector<double>> series;
    QStringList names;
    bool sines = false;
    for (std::size_t c = 0; c < t.columns() && c < maxSeries; ++c) {
        const QString name = QString::fromStdString(t.names[c]);
        // An unwrapped phase drifts without bound; its sine shows the oscillation.
        if (angles[c]) {
            series.push_back(phaseSines(t.column(c)));
            names << tr("sin(%1)").arg(name);
            sines = true;
        } else {
            series.push_back(t.column(c));
            names << name;
        }
    }
    m_sines = sines;
    setAxisTitle(QwtAxis::YLeft, m_sines ? tr("sin(phase)") : QString());
    setSeries(steps, series, names);
}

QByteArray TimeSeriesView::toCsv() const
{
    QByteArray out = "step";
    for (std::size_t c = 0; c < m_curves.size(); ++c)
        out += ",\"" + m_curves[c]->title().text().toUtf8().replace('"', "\"\"") + '"';
    out += '\n';
    const std::size_t n = m_curves.empty() ? 0 : m_curves.front()->dataSize();
    for (std::size_t i = 0; i < n; ++i) {
        out += QByteArray::number(m_curves.front()->sample(i).x(), 'g', 17);
        for (const auto* c : m_curves)
            out += ',' + (i < c->dataSize() ? QByteArray::number(c->sample(i).y(), 'g', 17) : QByteArray());
        out += '\n';
    }
    return out;
}

std::vector<QPointF> TimeSeriesView::points(int curve) const
{
    std::vector<QPointF> out;
    if (curve < 0 || curve >= curveCount())
        return out;
    const auto* c = m_curves[static_cast<std::size_t>(curve)];
    out.reserve(c->dataSize());
    for (std::size_t i = 0; i < c->dataSize(); ++i)
        out.push_back(c->sample(i));
    return out;
}

} // namespace nd
