#include "plots/criticalsetoverlay.h"

#include "plots/patterncurve.h"

#include <QCoreApplication>
#include <QPen>
#include <qwt_plot.h>
#include <qwt_plot_curve.h>

namespace nd {

namespace {
const QColor kCriticalColor(200, 30, 30);
const QColor kImageColor(230, 130, 0);

QwtPlotItem* addCurve(QwtPlot* plot, const QString& title, const QPolygonF& points, const QPen& pen)
{
    auto* c = new PatternCurve(title);
    c->setPen(pen);
    c->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    c->setLegendAttribute(QwtPlotCurve::LegendShowLine, true);
    c->setItemAttribute(QwtPlotItem::Legend, !title.isEmpty());
    c->setSamples(points);
    c->setZ(30);
    c->attach(plot);
    return c;
}
} // namespace

std::vector<std::vector<int>> criticalSetPolylines(const CriticalSet& set)
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
    return lines;
}

std::vector<QwtPlotItem*> drawCriticalSet(QwtPlot* plot, const CriticalSet& set, std::size_t u, std::size_t v)
{
    std::vector<QwtPlotItem*> items;
    const QString criticalTitle = QCoreApplication::translate("Figures", "critical set LC_-1 (det J = 0)");
    const QString imageTitle = QCoreApplication::translate("Figures", "its image LC");
    const auto lines = criticalSetPolylines(set);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        QPolygonF points, images;
        for (int k : lines[i]) {
            const auto& p = set.points[static_cast<std::size_t>(k)];
            const auto& q = set.images[static_cast<std::size_t>(k)];
            points << QPointF(p[u], p[v]);
            images << QPointF(q[u], q[v]);
        }
        items.push_back(
            addCurve(plot, i == 0 ? criticalTitle : QString(), points, QPen(kCriticalColor, 1.5)));
        items.push_back(
            addCurve(plot, i == 0 ? imageTitle : QString(), images, QPen(kImageColor, 1.5, Qt::DashLine)));
    }
    return items;
}

} // namespace nd
