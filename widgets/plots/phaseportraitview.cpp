#include "plots/phaseportraitview.h"

#include "plots/plotstyle.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_plot_curve.h>
#include <qwt_series_data.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

namespace nd {

PhasePortraitView::PhasePortraitView(QWidget* parent) : QwtPlot(parent), m_curve(new QwtPlotCurve)
{
    applyPlotStyle(this);
    setTitle(QwtText(tr("Phase portrait")));
    m_curve->setStyle(QwtPlotCurve::Dots);
    m_curve->setPen(QPen(QColor(20, 60, 160), 1.0));
    // Fast path for large point clouds: opaque pen, width <= 1, no antialiasing.
    m_curve->setPaintAttribute(QwtPlotCurve::ImageBuffer, true);
    m_curve->setRenderThreadCount(0);
    m_curve->attach(this);
}

void PhasePortraitView::setOrbit(const std::vector<double>& x, const std::vector<double>& y,
                                 const QString& xLabel, const QString& yLabel)
{
    const std::size_t n = std::min(x.size(), y.size());
    QPolygonF pts;
    pts.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i)
        pts.append(QPointF(x[i], y[i]));
    m_curve->setSamples(pts);
    setAxisTitle(QwtAxis::XBottom, xLabel);
    setAxisTitle(QwtAxis::YLeft, yLabel);
    replot();
}

void PhasePortraitView::clearOrbit()
{
    m_curve->setSamples(QPolygonF());
    replot();
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
