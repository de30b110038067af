// The fixed-points figure (figures.h): over the GUI's phase portrait of the study's trajectory
// (the plane of the first two variables, or the return map x(n) -> x(n+1) of a one-variable
// model, where a fixed point x* sits at (x*, x*)), each fixed point marked by its stability,
// and the critical set: LC_-1 (det J = 0) solid and its image LC dashed; in 1-D the critical
// point c and value f(c) as a vertical and a horizontal line meeting at (c, f(c)) on the map.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/criticalsetoverlay.h"
#include "plots/fixedpointstable.h"
#include "plots/phaseportraitview.h"

#include <QPen>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>
#include <map>

namespace nd::cli {

namespace {

const QColor kCriticalColor(200, 30, 30);
const QColor kImageColor(230, 130, 0);

QwtSymbol* stabilitySymbol(Stability s)
{
    switch (s) {
    case Stability::StableNode:
    case Stability::StableFocus:
        return new QwtSymbol(s == Stability::StableNode ? QwtSymbol::Ellipse : QwtSymbol::Diamond,
                             QBrush(QColor(30, 140, 60)), QPen(Qt::black, 1.0), QSize(11, 11));
    case Stability::Saddle:
        return new QwtSymbol(QwtSymbol::XCross, QBrush(), QPen(QColor(200, 30, 30), 2.0), QSize(13, 13));
    case Stability::UnstableNode:
    case Stability::UnstableFocus:
        return new QwtSymbol(s == Stability::UnstableNode ? QwtSymbol::Ellipse : QwtSymbol::Diamond,
                             QBrush(Qt::white), QPen(QColor(200, 30, 30), 2.0), QSize(11, 11));
    case Stability::NonHyperbolic:
        break;
    }
    return new QwtSymbol(QwtSymbol::Triangle, QBrush(Qt::gray), QPen(Qt::black, 1.0), QSize(11, 11));
}

QwtPlotCurve* addCurve(QwtPlot* plot, const QString& title, const QPolygonF& points, const QPen& pen)
{
    auto* c = new QwtPlotCurve(title);
    c->setPen(pen);
    c->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    c->setLegendAttribute(QwtPlotCurve::LegendShowLine, true);
    c->setSamples(points);
    c->setZ(30);
    c->attach(plot);
    return c;
}

// One curve per stability class, in the plane (state[0], state[1]) or, in 1-D, (x*, x*).
void drawFixedPoints(QwtPlot* plot, const std::vector<FixedPoint>& points)
{
    std::map<Stability, QPolygonF> classes;
    for (const FixedPoint& f : points)
        classes[f.stability] << QPointF(f.state[0], f.state.size() > 1 ? f.state[1] : f.state[0]);
    for (const auto& [stability, where] : classes) {
        QwtPlotCurve* c = addCurve(plot, stabilityText(stability), where, Qt::NoPen);
        c->setStyle(QwtPlotCurve::NoCurve);
        c->setSymbol(stabilitySymbol(stability));
        c->setLegendAttribute(QwtPlotCurve::LegendShowSymbol, true);
        c->setZ(40);
    }
}

QwtPlotMarker* addLine(QwtPlot* plot, QwtPlotMarker::LineStyle style, double value, const QPen& pen,
                       const QString& title)
{
    auto* m = new QwtPlotMarker(title);
    m->setLineStyle(style);
    m->setLinePen(pen);
    m->setValue(value, value);
    m->setItemAttribute(QwtPlotItem::Legend, !title.isEmpty());
    m->setLegendIconSize(QSize(16, 8));
    m->setZ(25);
    m->attach(plot);
    return m;
}

// 1-D: x = c and y = f(c) for every critical point, and the point (c, f(c)) of the map.
void drawCriticalPoints(QwtPlot* plot, const CriticalSet& set)
{
    QPolygonF where;
    for (std::size_t i = 0; i < set.points.size(); ++i) {
        const bool first = i == 0;
        addLine(plot, QwtPlotMarker::VLine, set.points[i][0], QPen(kCriticalColor, 1.2, Qt::DashLine),
                first ? QCoreApplication::translate("Figures", "critical point c (f'(c) = 0)") : QString());
        addLine(plot, QwtPlotMarker::HLine, set.images[i][0], QPen(kImageColor, 1.2, Qt::DashLine),
                first ? QCoreApplication::translate("Figures", "critical value f(c)") : QString());
        where << QPointF(set.points[i][0], set.images[i][0]);
    }
    QwtPlotCurve* c = addCurve(plot, QString(), where, Qt::NoPen);
    c->setStyle(QwtPlotCurve::NoCurve);
    c->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(kCriticalColor), Qt::NoPen, QSize(7, 7)));
    c->setItemAttribute(QwtPlotItem::Legend, false);
}

} // namespace

bool drawFigures(const RunContext& context, const compute::FixedPointsResult& result, QString& error)
{
    const Trajectory& t = context.trajectory();
    // A critical set on a slice: the picture is the slice's plane, whatever the dimension.
    const bool slice = result.criticalSet && !result.criticalSet->options.slice.empty();
    // Otherwise the state space is a line or a plane: anything larger has no faithful picture here.
    if (!slice && (t.columns() < 1 || t.columns() > 2))
        return true;
    PhasePortraitView view;
    view.resize(kFigureWidth, kFigureHeight);
    std::size_t u = 0, v = 1;
    QString sliceTitle;
    if (slice) {
        const auto names = context.plan.study.createModel()->variableNames();
        u = static_cast<std::size_t>(result.criticalSet->options.slice[0]);
        v = static_cast<std::size_t>(result.criticalSet->options.slice[1]);
        // The orbit projected on the slice's plane, from the recorded columns when they hold both.
        const auto column = [&](std::size_t i) {
            const auto it = std::find(t.names.begin(), t.names.end(), names[i]);
            return it == t.names.end() ? -1 : static_cast<int>(it - t.names.begin());
        };
        const int cu = column(u), cv = column(v);
        sliceTitle = QCoreApplication::translate("Figures", "Critical set on the slice (%1, %2)")
                         .arg(QString::fromStdString(names[u]), QString::fromStdString(names[v]));
        if (cu >= 0 && cv >= 0)
            view.setOrbit(t.column(static_cast<std::size_t>(cu)), t.column(static_cast<std::size_t>(cv)),
                          QString::fromStdString(names[u]), QString::fromStdString(names[v]));
        else
            view.setOrbit({}, {}, QString::fromStdString(names[u]), QString::fromStdString(names[v]));
    } else if (t.columns() == 1) {
        view.setReturnMap(t.column(0), QString::fromStdString(t.names[0]), false,
                          context.plan.study.createModel().get());
    } else {
        view.setOrbit(t.column(0), t.column(1), QString::fromStdString(t.names[0]),
                      QString::fromStdString(t.names[1]));
    }
    // The view's own items (orbit, diagonal) have no titles: they stay out of the legend.
    for (QwtPlotItem* item : view.itemList())
        item->setItemAttribute(QwtPlotItem::Legend, false);
    // Fixed points are full states whose other coordinates are not the slice's: drawn only in
    // the plane of a one- or two-variable map.
    if (!slice)
        drawFixedPoints(&view, result.points);
    if (result.criticalSet) {
        const CriticalSet& set = result.criticalSet->set;
        const bool line = !slice && t.columns() == 1;
        if (line)
            drawCriticalPoints(&view, set);
        else
            drawCriticalSet(&view, set, u, v);
        // LC_-1 runs through the box it was sought in: that box is the window (an empty set, as
        // of a map with a constant Jacobian, leaves the window to the orbit).
        if (!line && !set.points.empty()) {
            const CriticalSetOptions& o = result.criticalSet->options;
            view.setAxisScale(QwtAxis::XBottom, o.boxMin[0], o.boxMax[0]);
            view.setAxisScale(QwtAxis::YLeft, o.boxMin[1], o.boxMax[1]);
        }
    }
    view.setTitle(QwtText(result.criticalSet
                              ? QCoreApplication::translate("Figures", "Fixed points and critical set")
                              : QCoreApplication::translate("Figures", "Fixed points")));
    if (slice)
        view.setTitle(QwtText(sliceTitle));
    view.insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    view.replot();
    return exportFigure(&view, context.dir, QStringLiteral("fixed_points"), error);
}

} // namespace nd::cli

#endif
