#include "plots/patterncurve.h"

#include <QPainter>
#include <QPolygonF>
#include <qwt_scale_map.h>
#include <qwt_series_data.h>

#include <cmath>

namespace nd {

void PatternCurve::drawLines(QPainter* painter, const QwtScaleMap& xMap, const QwtScaleMap& yMap,
                             const QRectF&, int from, int to) const
{
    if (to <= from)
        return;
    const QwtSeriesData<QPointF>* series = data();
    // The painter clips to the canvas; one call per finite run keeps the dash pattern running
    // across points (a non-finite point breaks the line instead of joining its neighbours).
    QPolygonF line;
    line.reserve(to - from + 1);
    for (int i = from; i <= to; ++i) {
        const QPointF p = series->sample(static_cast<size_t>(i));
        const QPointF s(xMap.transform(p.x()), yMap.transform(p.y()));
        if (std::isfinite(s.x()) && std::isfinite(s.y())) {
            line << s;
            continue;
        }
        painter->drawPolyline(line);
        line.clear();
    }
    painter->drawPolyline(line);
}

} // namespace nd
