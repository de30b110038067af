// The fixed-points figure (figures.h): over the GUI's phase portrait of the study's trajectory
// (the plane of the first two variables, or the return map x(n) -> x(n+1) of a one-variable
// model, where a fixed point x* sits at (x*, x*)), each fixed point marked by its stability,
// and the critical set: LC_-1 (det J = 0) solid and its image LC dashed; in 1-D the critical
// point c and value f(c) as a vertical and a horizontal line meeting at (c, f(c)) on the map.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/fixedpointstable.h"
#include "plots/phaseportraitview.h"

#include <QPen>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

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

// The curves of a 2-D critical set: the segments joined into polylines, each drawn for LC_-1
// (the points) and for LC (their images).
void drawCriticalCurves(QwtPlot* plot, const CriticalSet& set)
{
    const std::size_t n = set.points.size();
    std::vector<std::vector<int>> next(n);
    for (const auto& [a, b] : set.segments) {
        next[static_cast<std::size_t>(a)].push_back(b);
        next[static_cast<std::size_t>(b)].push_back(a);
    }
    // Marching squares gives every point at most two neighbours: walk from the open ends first,
    // then around the closed loops.
    std::vector<char> seen(n, 0);
    std::vector<std::vector<int>> lines;
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t start = 0; start < n; ++start) {
            if (seen[start] || next[start].empty() || (pass == 0 && next[start].size() != 1))
                continue;
            std::vector<int> line{static_cast<int>(start)};
            seen[start] = 1;
            for (bool grown = true; grown;) {
                grown = false;
                for (int k : next[static_cast<std::size_t>(line.back())])
                    if (!seen[static_cast<std::size_t>(k)]) {
                        seen[static_cast<std::size_t>(k)] = 1;
                        line.push_back(k);
                        grown = true;
                        break;
                    }
            }
            if (pass == 1)
                line.push_back(line.front());
            lines.push_back(std::move(line));
        }
    const QString criticalTitle = QCoreApplication::translate("Figures", "critical set LC_-1 (det J = 0)");
    const QString imageTitle = QCoreApplication::translate("Figures", "its image LC");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        QPolygonF points, images;
        for (int k : lines[i]) {
            const auto& p = set.points[static_cast<std::size_t>(k)];
            const auto& q = set.images[static_cast<std::size_t>(k)];
            points << QPointF(p[0], p[1]);
            images << QPointF(q[0], q[1]);
        }
        addCurve(plot, i == 0 ? criticalTitle : QString(), points, QPen(kCriticalColor, 1.5))
            ->setItemAttribute(QwtPlotItem::Legend, i == 0);
        addCurve(plot, i == 0 ? imageTitle : QString(), images, QPen(kImageColor, 1.5, Qt::DashLine))
            ->setItemAttribute(QwtPlotItem::Legend, i == 0);
    }
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
    // The state space is a line or a plane: anything larger has no faithful picture here.
    const Trajectory& t = context.trajectory();
    if (t.columns() < 1 || t.columns() > 2)
        return true;
    PhasePortraitView view;
    view.resize(kFigureWidth, kFigureHeight);
    if (t.columns() == 1)
        view.setReturnMap(t.column(0), QString::fromStdString(t.names[0]), false,
                          context.plan.study.createModel().get());
    else
        view.setOrbit(t.column(0), t.column(1), QString::fromStdString(t.names[0]),
                      QString::fromStdString(t.names[1]));
    // The view's own items (orbit, diagonal) have no titles: they stay out of the legend.
    for (QwtPlotItem* item : view.itemList())
        item->setItemAttribute(QwtPlotItem::Legend, false);
    drawFixedPoints(&view, result.points);
    if (result.criticalSet) {
        const CriticalSet& set = result.criticalSet->set;
        if (t.columns() == 1)
            drawCriticalPoints(&view, set);
        else
            drawCriticalCurves(&view, set);
        // LC_-1 runs through the box it was sought in: that box is the window (an empty set, as
        // of a map with a constant Jacobian, leaves the window to the orbit).
        if (t.columns() == 2 && !set.points.empty()) {
            const CriticalSetOptions& o = result.criticalSet->options;
            view.setAxisScale(QwtAxis::XBottom, o.boxMin[0], o.boxMax[0]);
            view.setAxisScale(QwtAxis::YLeft, o.boxMin[1], o.boxMax[1]);
        }
    }
    view.setTitle(QwtText(result.criticalSet
                              ? QCoreApplication::translate("Figures", "Fixed points and critical set")
                              : QCoreApplication::translate("Figures", "Fixed points")));
    view.insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    view.replot();
    return exportFigure(&view, context.dir, QStringLiteral("fixed_points"), error);
}

} // namespace nd::cli

#endif
