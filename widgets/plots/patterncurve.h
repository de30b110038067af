// A QwtPlotCurve whose line keeps its dash pattern along the whole polyline. Qwt splits long
// polylines into chunks of about 20 points for the raster paint engine (QwtPainter's
// polylineSplitting), and every chunk restarts the pen's dash pattern: a dashed curve through
// dense points (a continuation branch, the image of a critical set) then draws solid, so an
// unstable branch looked stable. This curve draws its lines with one QPainter::drawPolyline.
// GUI thread, like every plot item.
#pragma once

#include <qwt_plot_curve.h>

namespace nd {

class PatternCurve : public QwtPlotCurve {
public:
    explicit PatternCurve(const QString& title = QString()) : QwtPlotCurve(title) {}

protected:
    void drawLines(QPainter* painter, const QwtScaleMap& xMap, const QwtScaleMap& yMap,
                   const QRectF& canvasRect, int from, int to) const override;
};

} // namespace nd
