#include "plots/attractoroverlay.h"

#include "oscillators/oscillatorphases.h"
#include "plots/attractorpalette.h"

#include <QPen>
#include <qwt_plot_curve.h>
#include <qwt_symbol.h>

#include <algorithm>

namespace nd {

QPolygonF projectAttractorOrbit(const std::vector<double>& orbit, const std::vector<std::string>& names,
                                const PhasePortraitView::Axes& axes)
{
    const auto index = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    };
    const std::size_t n = names.size(), xi = index(axes.x), yi = index(axes.y);
    const bool returnMap = axes.y.empty();
    if (n == 0 || xi == n || (!returnMap && yi == n))
        return {};
    const std::size_t rows = orbit.size() / n;
    const auto value = [&](std::size_t row, std::size_t i, bool wrap) {
        const double v = orbit[row * n + i];
        return wrap ? wrapPhase(v) : v;
    };
    QPolygonF out;
    if (returnMap) {
        for (std::size_t r = 0; r + 1 < rows; ++r)
            out.append(QPointF(value(r, xi, axes.wrapX), value(r + 1, xi, axes.wrapX)));
    } else {
        for (std::size_t r = 0; r < rows; ++r)
            out.append(QPointF(value(r, xi, axes.wrapX), value(r, yi, axes.wrapY)));
    }
    return out;
}

AttractorOverlay::AttractorOverlay(PhasePortraitView* portrait) : m_portrait(portrait)
{
}

AttractorOverlay::~AttractorOverlay()
{
    clear();
}

void AttractorOverlay::show(int id, const std::vector<double>& orbit, const std::vector<std::string>& names)
{
    m_id = id;
    m_orbit = orbit;
    m_names = names;
    draw();
}

void AttractorOverlay::reproject()
{
    if (m_id >= 0)
        draw();
}

void AttractorOverlay::clear()
{
    m_id = -1;
    m_orbit.clear();
    m_names.clear();
    m_points.clear();
    if (m_portrait && m_curve) {
        m_curve->detach();
        delete m_curve;
        m_portrait->replot();
    }
    m_curve = nullptr;
}

void AttractorOverlay::draw()
{
    m_points =
        projectAttractorOrbit(m_orbit, m_names, m_portrait ? m_portrait->axes() : PhasePortraitView::Axes{});
    if (!m_portrait)
        return;
    if (!m_curve) {
        m_curve = new QwtPlotCurve;
        m_curve->setStyle(QwtPlotCurve::NoCurve);
        m_curve->setZ(40); // above the portrait's own orbit
        m_curve->attach(m_portrait);
    }
    // Discs in the palette colour with a dark edge: they stand out on the portrait's blue dots (the
    // palette's first colour is close to them). A cycle's few points are drawn large; the 1000
    // points of a chaotic orbit small, or they would cover the portrait's own orbit.
    const QColor color = attractorColor(m_id);
    const int size = m_points.size() > 100 ? 4 : 8;
    m_curve->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(color),
                                     QPen(color.darker(170), size > 4 ? 1.0 : 0.5), QSize(size, size)));
    m_curve->setSamples(m_points);
    m_portrait->replot();
}

AttractorCellMarks::AttractorCellMarks(QwtPlot* plot) : m_plot(plot)
{
}

AttractorCellMarks::~AttractorCellMarks()
{
    clear();
}

void AttractorCellMarks::show(int id, const QPolygonF& centres)
{
    m_id = id;
    m_points = centres;
    if (!m_plot)
        return;
    if (!m_curve) {
        m_curve = new QwtPlotCurve;
        m_curve->setStyle(QwtPlotCurve::NoCurve);
        m_curve->setItemAttribute(QwtPlotItem::AutoScale, false); // the grid's own extent stays
        m_curve->setItemAttribute(QwtPlotItem::Legend, false);
        m_curve->setZ(40);
        m_curve->attach(m_plot);
    }
    const QColor dark = attractorColor(id).darker(250);
    m_curve->setSymbol(new QwtSymbol(QwtSymbol::Rect, QBrush(dark), QPen(Qt::NoPen), QSize(3, 3)));
    m_curve->setSamples(m_points);
    m_plot->replot();
}

void AttractorCellMarks::clear()
{
    m_id = -1;
    m_points.clear();
    if (m_plot && m_curve) {
        m_curve->detach();
        delete m_curve;
        m_plot->replot();
    }
    m_curve = nullptr;
}

} // namespace nd
