#include "plots/phaseportraitview.h"

#include "model/model.h"
#include "oscillators/oscillatorphases.h"
#include "plots/plotstyle.h"
#include "plots/retranslate.h"
#include "simulate/trajectory.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_plot_curve.h>
#include <qwt_series_data.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>

namespace nd {

PhasePortraitView::PhasePortraitView(QWidget* parent)
    : QwtPlot(parent), m_curve(new QwtPlotCurve), m_cobweb(new QwtPlotCurve), m_diagonal(new QwtPlotCurve),
      m_graph(new QwtPlotCurve)
{
    applyPlotStyle(this);
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Phase portrait")));
        applyAxisTitles();
    });
    m_curve->setStyle(QwtPlotCurve::Dots);
    m_curve->setPen(QPen(QColor(20, 60, 160), 1.0));
    // Fast path for large point clouds: opaque pen, width <= 1, no antialiasing.
    m_curve->setPaintAttribute(QwtPlotCurve::ImageBuffer, true);
    m_curve->setRenderThreadCount(0);
    m_curve->attach(this);
    m_diagonal->setPen(QPen(QColor(0, 0, 0, 120), 1.0, Qt::DashLine));
    m_diagonal->attach(this);
    m_graph->setPen(QPen(QColor(40, 130, 60), 1.4));
    // Where the map leaves the orbit's range far above or below, it is clipped by the canvas
    // instead of stretching the value axis.
    m_graph->setItemAttribute(QwtPlotItem::AutoScale, false);
    m_graph->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    m_graph->attach(this);
    m_cobweb->setPen(QPen(QColor(200, 60, 30, 160), 1.0));
    m_cobweb->attach(this);
}

void PhasePortraitView::showPoints(const std::vector<double>& x, const std::vector<double>& y)
{
    const std::size_t n = std::min(x.size(), y.size());
    QPolygonF pts;
    pts.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i)
        pts.append(QPointF(x[i], y[i]));
    m_curve->setSamples(pts);
    m_cobweb->setSamples(QPolygonF());
    m_diagonal->setSamples(QPolygonF());
    m_graph->setSamples(QPolygonF());
}

void PhasePortraitView::setOrbit(const std::vector<double>& x, const std::vector<double>& y,
                                 const QString& xLabel, const QString& yLabel)
{
    showPoints(x, y);
    m_xLabel = xLabel;
    m_yLabel = yLabel;
    m_returnMapVariable.clear();
    applyAxisTitles();
    replot();
}

void PhasePortraitView::setTrajectory(const Trajectory& t, const Model* model, int x, int y, bool cobweb)
{
    if (t.columns() == 0) {
        clearOrbit();
        return;
    }
    if (t.columns() == 1) {
        setReturnMap(t.column(0), QString::fromStdString(t.names[0]), cobweb, model);
        setAxes({t.names[0], {}, false, false});
        return;
    }
    const int last = static_cast<int>(t.columns()) - 1;
    const auto cx = static_cast<std::size_t>(std::clamp(x, 0, last));
    const auto cy = static_cast<std::size_t>(std::clamp(y, 0, last));
    const std::vector<bool> angles = model ? angleColumns(*model, t) : std::vector<bool>(t.columns(), false);
    // A raw phase runs off to thousands of radians; on the torus (-pi, pi]^2 the locking shows.
    const auto values = [&](std::size_t c) { return angles[c] ? wrappedPhases(t.column(c)) : t.column(c); };
    const auto label = [&](std::size_t c) {
        const QString name = QString::fromStdString(t.names[c]);
        return angles[c] ? tr("%1 wrapped to (−π, π]").arg(name) : name;
    };
    setOrbit(values(cx), values(cy), label(cx), label(cy));
    setAxes({t.names[cx], t.names[cy], angles[cx], angles[cy]});
}

void PhasePortraitView::setAxes(const Axes& axes)
{
    if (axes == m_axes)
        return;
    m_axes = axes;
    emit axesChanged();
}

void PhasePortraitView::applyAxisTitles()
{
    if (!m_returnMapVariable.isEmpty()) {
        m_xLabel = tr("%1(n)").arg(m_returnMapVariable);
        m_yLabel = tr("%1(n+1)").arg(m_returnMapVariable);
    }
    setAxisTitle(QwtAxis::XBottom, m_xLabel);
    setAxisTitle(QwtAxis::YLeft, m_yLabel);
}

void PhasePortraitView::setReturnMap(const std::vector<double>& x, const QString& label, bool cobweb,
                                     const Model* model)
{
    const std::vector<double> next(x.begin() + (x.empty() ? 0 : 1), x.end());
    showPoints(x, next);
    m_returnMapVariable = label;
    applyAxisTitles();
    if (x.size() < 2) {
        replot();
        return;
    }
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    // A periodic orbit (or a fixed point) covers a tiny range: widen it so the graph shows the
    // map around the orbit, at least a fifth of the values' magnitude.
    const double scale = std::max({1.0, std::fabs(*lo), std::fabs(*hi)});
    const double margin = 0.5 * std::max(*hi - *lo, 0.2 * scale);
    const double from = *lo - (model ? margin : 0.0), to = *hi + (model ? margin : 0.0);
    m_diagonal->setSamples(QPolygonF({QPointF(from, from), QPointF(to, to)}));
    if (model && model->timeKind() == TimeKind::Map && model->dimension() == 1) {
        constexpr int kGraphPoints = 400;
        QPolygonF graph;
        for (int i = 0; i <= kGraphPoints; ++i) {
            const double u = from + (to - from) * i / kGraphPoints;
            double fu = 0.0;
            model->evaluate(&u, &fu);
            if (std::isfinite(fu))
                graph.append(QPointF(u, fu));
        }
        m_graph->setSamples(graph);
    }
    if (cobweb) {
        // The first steps only: a long cobweb covers the plot in ink and hides the map.
        constexpr std::size_t kCobwebSteps = 200;
        QPolygonF web;
        web.append(QPointF(x[0], x[0]));
        for (std::size_t n = 0; n + 1 < x.size() && n < kCobwebSteps; ++n) {
            web.append(QPointF(x[n], x[n + 1]));
            web.append(QPointF(x[n + 1], x[n + 1]));
        }
        m_cobweb->setSamples(web);
    }
    replot();
}

std::vector<QPointF> PhasePortraitView::mapGraph() const
{
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < m_graph->dataSize(); ++i)
        out.push_back(m_graph->sample(i));
    return out;
}

QPointF PhasePortraitView::graphRange() const
{
    if (m_diagonal->dataSize() < 2)
        return QPointF(std::nan(""), std::nan(""));
    return QPointF(m_diagonal->sample(0).x(), m_diagonal->sample(1).x());
}

std::size_t PhasePortraitView::cobwebPointCount() const
{
    return m_cobweb->dataSize();
}

QByteArray PhasePortraitView::toCsv() const
{
    auto quoted = [](const QString& s) { return '"' + s.toUtf8().replace('"', "\"\"") + '"'; };
    QByteArray out = quoted(m_xLabel) + ',' + quoted(m_yLabel) + '\n';
    for (std::size_t i = 0; i < m_curve->dataSize(); ++i) {
        const QPointF p = m_curve->sample(i);
        out += QByteArray::number(p.x(), 'g', 17) + ',' + QByteArray::number(p.y(), 'g', 17) + '\n';
    }
    return out;
}

void PhasePortraitView::clearOrbit()
{
    m_curve->setSamples(QPolygonF());
    m_cobweb->setSamples(QPolygonF());
    m_diagonal->setSamples(QPolygonF());
    m_graph->setSamples(QPolygonF());
    replot();
    setAxes({});
}

std::size_t PhasePortraitView::pointCount() const
{
    return m_curve->dataSize();
}

std::vector<QPointF> PhasePortraitView::points() const
{
    std::vector<QPointF> out;
    out.reserve(m_curve->dataSize());
    for (std::size_t i = 0; i < m_curve->dataSize(); ++i)
        out.push_back(m_curve->sample(i));
    return out;
}

} // namespace nd
