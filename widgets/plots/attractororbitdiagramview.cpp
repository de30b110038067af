#include "plots/attractororbitdiagramview.h"

#include "plots/attractorpalette.h"
#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"
#include "plots/retranslate.h"

#include <QPen>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_layout.h>
#include <qwt_scale_map.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace nd {

AttractorOrbitDiagramView::AttractorOrbitDiagramView(bool compact, QWidget* parent)
    : QwtPlot(parent), m_compact(compact)
{
    applyPlotStyle(this);
    if (!compact)
        insertLegend(new QwtLegend, QwtPlot::RightLegend);
    m_picker = new ReadoutPicker(this, [this](const QPointF& p) { return readoutAt(p); });
    connect(m_picker, &ReadoutPicker::clicked, this, [this](QPointF p) {
        int column = 0;
        const int id = idAt(p, &column);
        if (id >= 0)
            emit attractorClicked(id, column);
    });
    retranslateWith(this, [this] {
        setToolTip(
            tr("Each attractor's representative orbit at every parameter value, in the attractor's "
               "colour (the same as the fractions, the list and the phase portrait); attractors that "
               "coexist at a value are drawn side by side around it. Click a dot to show that attractor."));
        rebuild();
    });
}

void AttractorOrbitDiagramView::setOrbits(const AttractorOrbitPoints& points, const QString& parameterName,
                                          const QString& variableName)
{
    m_data = points;
    m_parameterName = parameterName;
    m_variableName = variableName;
    m_message.clear();
    rebuild();
}

void AttractorOrbitDiagramView::setMessage(const QString& message)
{
    m_data = {};
    m_message = message;
    rebuild();
}

void AttractorOrbitDiagramView::rebuild()
{
    for (auto& [id, curve] : m_curves) {
        curve->detach();
        delete curve;
    }
    m_curves.clear();
    setAxisTitle(QwtPlot::xBottom, m_parameterName.isEmpty() ? tr("parameter") : m_parameterName);
    setAxisTitle(QwtPlot::yLeft, m_variableName);
    if (!m_message.isEmpty())
        setTitle(wrappedText(m_message));
    else
        setTitle(m_compact ? QString() : wrappedText(tr("Orbit diagram by attractor")));
    m_drawnX = drawnParameters();
    std::map<int, QPolygonF> dots;
    for (std::size_t i = 0; i < m_data.value.size(); ++i)
        dots[m_data.id[i]].append(QPointF(m_drawnX[i], m_data.value[i]));
    for (const auto& [id, points] : dots) {
        const auto name = m_data.names.find(id);
        auto* curve = new QwtPlotCurve(name != m_data.names.end() ? name->second : QString::number(id));
        curve->setStyle(QwtPlotCurve::NoCurve);
        // attractorColor itself, not a shade: the list and the fractions show the same colour.
        const QColor color = attractorColor(id);
        curve->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(color), QPen(Qt::NoPen), QSize(4, 4)));
        curve->setLegendAttribute(QwtPlotCurve::LegendShowSymbol, true);
        curve->setSamples(points);
        curve->setZ(20 + id * 1e-3); // a later id on top where orbits coincide, the same every time
        curve->attach(this);
        m_curves[id] = curve;
    }
    // Across: the values and the room the side-by-side dots take, no more (as the fractions).
    const auto [lo, hi] = std::minmax_element(m_drawnX.begin(), m_drawnX.end());
    if (lo != m_drawnX.end() && *hi > *lo)
        setAxisScale(QwtPlot::xBottom, *lo - 0.02 * (*hi - *lo), *hi + 0.02 * (*hi - *lo));
    else
        setAxisAutoScale(QwtPlot::xBottom);
    setAxisAutoScale(QwtPlot::yLeft);
    replot();
}

std::vector<double> AttractorOrbitDiagramView::drawnParameters() const
{
    std::map<int, double> value;         // per column
    std::map<int, std::vector<int>> ids; // per column, ascending
    for (std::size_t i = 0; i < m_data.value.size(); ++i) {
        value[m_data.column[i]] = m_data.parameter[i];
        auto& list = ids[m_data.column[i]];
        if (std::find(list.begin(), list.end(), m_data.id[i]) == list.end())
            list.insert(std::upper_bound(list.begin(), list.end(), m_data.id[i]), m_data.id[i]);
    }
    double spacing = std::numeric_limits<double>::infinity();
    for (auto it = value.begin(); it != value.end() && std::next(it) != value.end(); ++it)
        spacing = std::min(spacing, std::fabs(std::next(it)->second - it->second));
    const double band = std::isfinite(spacing) ? spacing / 3.0 : 0.0; // one value: no room needed
    std::vector<double> x(m_data.value.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const auto& list = ids[m_data.column[i]];
        const auto m = static_cast<double>(list.size());
        const auto j = static_cast<double>(std::find(list.begin(), list.end(), m_data.id[i]) - list.begin());
        x[i] = m_data.parameter[i] + (m > 1 ? band * ((j + 0.5) / m - 0.5) : 0.0);
    }
    return x;
}

QColor AttractorOrbitDiagramView::colorOf(int id) const
{
    const auto it = m_curves.find(id);
    return it != m_curves.end() && it->second->symbol() ? it->second->symbol()->brush().color() : QColor();
}

std::vector<double> AttractorOrbitDiagramView::valuesAt(int id, int column) const
{
    std::vector<double> out;
    for (std::size_t i = 0; i < m_data.value.size(); ++i)
        if (m_data.id[i] == id && m_data.column[i] == column)
            out.push_back(m_data.value[i]);
    return out;
}

int AttractorOrbitDiagramView::idAt(const QPointF& position, int* column) const
{
    const QwtScaleMap mx = canvasMap(QwtPlot::xBottom), my = canvasMap(QwtPlot::yLeft);
    const double px = mx.transform(position.x()), py = my.transform(position.y());
    double best = std::numeric_limits<double>::infinity();
    int found = -1;
    for (std::size_t i = 0; i < m_data.value.size(); ++i) {
        const double dx = mx.transform(m_drawnX[i]) - px, dy = my.transform(m_data.value[i]) - py;
        const double d = dx * dx + dy * dy;
        if (d < best) {
            best = d;
            found = static_cast<int>(i);
        }
    }
    constexpr double kReach = 12.0; // pixels: a click beside every dot shows nothing
    if (found < 0 || best > kReach * kReach)
        return -1;
    if (column)
        *column = m_data.column[static_cast<std::size_t>(found)];
    return m_data.id[static_cast<std::size_t>(found)];
}

QString AttractorOrbitDiagramView::readoutAt(const QPointF& position) const
{
    int column = 0;
    const int id = idAt(position, &column);
    if (id < 0)
        return {};
    const auto name = m_data.names.find(id);
    double p = 0.0;
    for (std::size_t i = 0; i < m_data.column.size(); ++i)
        if (m_data.column[i] == column) {
            p = m_data.parameter[i];
            break;
        }
    return tr("%1 = %2\nattractor %3")
        .arg(m_parameterName.isEmpty() ? tr("parameter") : m_parameterName)
        .arg(p, 0, 'g', 6)
        .arg(name != m_data.names.end() ? name->second : QString::number(id));
}

QByteArray AttractorOrbitDiagramView::toCsv() const
{
    QByteArray out = "parameter,id,value\n";
    for (std::size_t i = 0; i < m_data.value.size(); ++i)
        out += csvNumber(m_data.parameter[i]) + ',' + QByteArray::number(m_data.id[i]) + ',' +
               csvNumber(m_data.value[i]) + '\n';
    return out;
}

} // namespace nd
