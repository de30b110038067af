#include "plots/attractorsview.h"

#include "plots/attractorpalette.h"
#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"
#include "plots/retranslate.h"

#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_layout.h>
#include <qwt_scale_div.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace nd {

namespace {

constexpr int kEscapedId = -1, kUndecidedId = -2, kNothing = -3;

// A single value is drawn as a column of this half width (or of 0.5 when the value is 0).
double halfWidth(double p)
{
    return std::fabs(p) > 0 ? 0.05 * std::fabs(p) : 0.5;
}

} // namespace

QString attractorClassText(const Attractor& a)
{
    switch (a.kind) {
    case AttractorClass::FixedPoint:
        return AttractorsView::tr("fixed point");
    case AttractorClass::Periodic:
        return a.period > 0 ? AttractorsView::tr("period %1").arg(a.period) : AttractorsView::tr("periodic");
    case AttractorClass::Quasiperiodic:
        return AttractorsView::tr("quasi-periodic");
    case AttractorClass::Chaotic:
        return a.lyapunovDefined ? AttractorsView::tr("chaotic (%1)").arg(a.lyapunov, 0, 'g', 3)
                                 : AttractorsView::tr("chaotic");
    }
    return {};
}

AttractorFractions attractorFractions(const AttractorContinuation& c)
{
    AttractorFractions f;
    f.parameters = c.parameterValues;
    const std::size_t n = c.parameterValues.size();
    std::map<int, std::size_t> row;
    for (const ContinuedAttractor& a : c.attractors)
        row.emplace(a.id, 0);
    for (auto& [id, k] : row) {
        k = f.ids.size();
        f.ids.push_back(id);
    }
    f.names.assign(f.ids.size(), {});
    std::vector<std::vector<std::pair<AttractorClass, int>>> classes(f.ids.size());
    f.fractions.assign(f.ids.size(), std::vector<double>(n, 0.0));
    f.escaped.assign(n, 0.0);
    f.undecided.assign(n, 0.0);
    for (std::size_t col = 0; col < n && col < c.columns.size(); ++col) {
        const AttractorResult& r = c.columns[col];
        f.escaped[col] = r.escapedFraction;
        f.undecided[col] = r.undecidedFraction;
        for (std::size_t k = 0; k < r.attractors.size(); ++k) {
            const int id = col < c.globalIds.size() && k < c.globalIds[col].size() ? c.globalIds[col][k] : -1;
            const auto it = row.find(id);
            if (it == row.end())
                continue;
            f.fractions[it->second][col] = r.attractors[k].fraction;
            // One id may change class along the parameter (chaotic at one value, periodic at the
            // next): its name lists every class it has, in order of appearance, not just the first.
            const Attractor& a = r.attractors[k];
            auto& seen = classes[it->second];
            if (std::find(seen.begin(), seen.end(), std::pair(a.kind, a.period)) == seen.end()) {
                seen.emplace_back(a.kind, a.period);
                QString& name = f.names[it->second];
                name = name.isEmpty() ? QStringLiteral("%1: %2").arg(id).arg(attractorClassText(a))
                                      : name + QStringLiteral(", ") + attractorClassText(a);
            }
        }
    }
    return f;
}

AttractorFractions attractorFractions(const AttractorResult& r, double parameter)
{
    AttractorFractions f;
    f.parameters = {parameter};
    for (const Attractor& a : r.attractors) {
        f.ids.push_back(a.id);
        f.names.push_back(QStringLiteral("%1: %2").arg(a.id).arg(attractorClassText(a)));
        f.fractions.push_back({a.fraction});
    }
    f.escaped = {r.escapedFraction};
    f.undecided = {r.undecidedFraction};
    return f;
}

AttractorsView::AttractorsView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    insertLegend(new QwtLegend, QwtPlot::RightLegend);
    // The areas end at the first and last parameter values: no blank strip beside them.
    plotLayout()->setAlignCanvasToScales(true);
    setAxisScale(QwtPlot::yLeft, 0.0, 1.0);
    m_picker = new ReadoutPicker(this, [this](const QPointF& p) { return readoutAt(p); });
    connect(m_picker, &ReadoutPicker::clicked, this, [this](QPointF p) {
        int column = 0;
        const int id = idAt(p, &column);
        if (id >= 0)
            emit attractorClicked(id, column);
    });
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Basin fractions of the attractors")));
        setAxisTitle(QwtPlot::yLeft, tr("basin fraction"));
        setAxisTitle(QwtPlot::xBottom, m_parameterName.isEmpty() ? tr("parameter") : m_parameterName);
        setToolTip(tr("Basin fractions against the parameter, stacked: each attractor in its own colour "
                      "(the same in every view), then the undecided and escaping initial states. Click an "
                      "attractor to show its orbit and basin."));
        rebuild();
    });
}

void AttractorsView::setFractions(const AttractorFractions& fractions, const QString& parameterName)
{
    m_data = fractions;
    m_parameterName = parameterName;
    setTitle(wrappedText(tr("Basin fractions of the attractors"))); // after a message
    setAxisTitle(QwtPlot::xBottom, m_parameterName.isEmpty() ? tr("parameter") : m_parameterName);
    rebuild();
}

void AttractorsView::setMessage(const QString& message)
{
    m_data = {};
    rebuild();
    setTitle(wrappedText(message));
    replot();
}

std::vector<double> AttractorsView::xs() const
{
    if (m_data.parameters.size() == 1) {
        const double p = m_data.parameters[0], h = halfWidth(p);
        return {p - h, p + h};
    }
    return m_data.parameters;
}

void AttractorsView::rebuild()
{
    for (QwtPlotCurve* c : m_curves) {
        c->detach();
        delete c;
    }
    m_curves.clear();
    const std::size_t n = m_data.parameters.size();
    if (n == 0) {
        replot();
        return;
    }
    const std::vector<double> x = xs();
    const bool single = n == 1;
    // Layers from the bottom: attractors by id, undecided, escaped. Each layer's curve is the
    // cumulative sum through it, filled down to 0 and drawn below the layers under it.
    std::vector<double> sum(n, 0.0);
    struct Layer {
        QString title;
        QColor color;
        std::vector<double> top;
    };
    std::vector<Layer> layers;
    auto add = [&](const QString& title, const QColor& color, const std::vector<double>& values) {
        for (std::size_t c = 0; c < n; ++c)
            sum[c] += values[c];
        layers.push_back({title, color, sum});
    };
    for (std::size_t k = 0; k < m_data.ids.size(); ++k)
        add(k < m_data.names.size() && !m_data.names[k].isEmpty() ? m_data.names[k]
                                                                  : QString::number(m_data.ids[k]),
            attractorColor(m_data.ids[k]), m_data.fractions[k]);
    add(tr("undecided"), undecidedAttractorColor(), m_data.undecided);
    add(tr("escaped"), escapedAttractorColor(), m_data.escaped);
    double z = 100.0;
    for (const Layer& l : layers) {
        auto* curve = new QwtPlotCurve(l.title);
        std::vector<double> y = l.top;
        if (single)
            y = {l.top[0], l.top[0]};
        curve->setSamples(x.data(), y.data(), static_cast<int>(x.size()));
        curve->setBaseline(0.0);
        curve->setBrush(l.color);
        curve->setPen(l.color.darker(130), 0.8);
        curve->setRenderHint(QwtPlotItem::RenderAntialiased, true);
        curve->setZ(z);
        z -= 1.0;
        curve->attach(this);
        m_curves.push_back(curve);
    }
    setAxisScale(QwtPlot::xBottom, x.front(), x.back());
    setAxisScale(QwtPlot::yLeft, 0.0, 1.0);
    replot();
}

int AttractorsView::idAt(const QPointF& position, int* column) const
{
    const std::size_t n = m_data.parameters.size();
    if (n == 0)
        return kNothing;
    std::size_t best = 0;
    for (std::size_t c = 1; c < n; ++c)
        if (std::fabs(m_data.parameters[c] - position.x()) <
            std::fabs(m_data.parameters[best] - position.x()))
            best = c;
    if (column)
        *column = static_cast<int>(best);
    double sum = 0.0;
    for (std::size_t k = 0; k < m_data.ids.size(); ++k) {
        sum += m_data.fractions[k][best];
        if (position.y() < sum)
            return m_data.ids[k];
    }
    sum += m_data.undecided[best];
    if (position.y() < sum)
        return kUndecidedId;
    sum += m_data.escaped[best];
    return position.y() < sum ? kEscapedId : kNothing;
}

QString AttractorsView::readoutAt(const QPointF& position) const
{
    int column = 0;
    const int id = idAt(position, &column);
    if (id == kNothing)
        return {};
    const auto c = static_cast<std::size_t>(column);
    const QString p = QStringLiteral("%1 = %2")
                          .arg(m_parameterName.isEmpty() ? tr("parameter") : m_parameterName)
                          .arg(m_data.parameters[c], 0, 'g', 6);
    if (id == kEscapedId)
        return tr("%1\nescaped: %2 %").arg(p).arg(100.0 * m_data.escaped[c], 0, 'f', 1);
    if (id == kUndecidedId)
        return tr("%1\nundecided: %2 %").arg(p).arg(100.0 * m_data.undecided[c], 0, 'f', 1);
    const auto k =
        static_cast<std::size_t>(std::find(m_data.ids.begin(), m_data.ids.end(), id) - m_data.ids.begin());
    return tr("%1\nattractor %2: %3 %")
        .arg(p, m_data.names[k])
        .arg(100.0 * m_data.fractions[k][c], 0, 'f', 1);
}

QColor AttractorsView::colorOf(int id) const
{
    // The layers are built in the order of m_data.ids (then undecided, escaped).
    const auto k =
        static_cast<std::size_t>(std::find(m_data.ids.begin(), m_data.ids.end(), id) - m_data.ids.begin());
    return k < m_data.ids.size() && k < m_curves.size() ? m_curves[k]->brush().color() : QColor();
}

QByteArray AttractorsView::toCsv() const
{
    QByteArray out = "parameter,id,fraction\n";
    for (std::size_t c = 0; c < m_data.parameters.size(); ++c) {
        const QByteArray p = csvNumber(m_data.parameters[c]) + ',';
        for (std::size_t k = 0; k < m_data.ids.size(); ++k)
            out += p + QByteArray::number(m_data.ids[k]) + ',' + csvNumber(m_data.fractions[k][c]) + '\n';
        out += p + "-2," + csvNumber(m_data.undecided[c]) + '\n';
        out += p + "-1," + csvNumber(m_data.escaped[c]) + '\n';
    }
    return out;
}

AttractorOrbitView::AttractorOrbitView(QWidget* parent)
    : QwtPlot(parent), m_basin(new QwtPlotCurve), m_orbit(new QwtPlotCurve)
{
    applyPlotStyle(this);
    for (QwtPlotCurve* c : {m_basin, m_orbit}) {
        c->setStyle(QwtPlotCurve::NoCurve);
        c->attach(this);
    }
    m_orbit->setZ(m_basin->z() + 1);
    retranslateWith(this, [this] {
        setToolTip(tr(
            "The attractor chosen in the list, the fractions or the orbit diagram: its representative "
            "orbit (dark dots) and, for a grid of initial states, its basin (light squares). The orbit is "
            "also drawn over the phase portrait; the basin is also marked in the basins of attraction when "
            "they are computed on the same grid at the same parameter values, else it is shown here only."));
        if (m_orbitX.empty())
            setTitle(wrappedText(tr("Click an attractor to show its orbit and basin")));
    });
}

void AttractorOrbitView::setAttractor(int id, const QString& name, const std::vector<double>& basinX,
                                      const std::vector<double>& basinY, const std::vector<double>& orbitX,
                                      const std::vector<double>& orbitY, const QString& xName,
                                      const QString& yName)
{
    m_basinX = basinX;
    m_basinY = basinY;
    m_orbitX = orbitX;
    m_orbitY = orbitY;
    m_name = name;
    const QColor color = attractorColor(id);
    QColor light = color;
    light.setAlpha(90);
    m_basin->setSymbol(new QwtSymbol(QwtSymbol::Rect, QBrush(light), QPen(Qt::NoPen), QSize(4, 4)));
    m_orbit->setSymbol(
        new QwtSymbol(QwtSymbol::Ellipse, QBrush(color.darker(150)), QPen(Qt::NoPen), QSize(3, 3)));
    m_basin->setSamples(m_basinX.data(), m_basinY.data(), static_cast<int>(m_basinX.size()));
    m_orbit->setSamples(m_orbitX.data(), m_orbitY.data(), static_cast<int>(m_orbitX.size()));
    setAxisTitle(QwtPlot::xBottom, xName);
    setAxisTitle(QwtPlot::yLeft, yName);
    setAxisAutoScale(QwtPlot::xBottom);
    setAxisAutoScale(QwtPlot::yLeft);
    setTitle(wrappedText(tr("Attractor %1").arg(name)));
    replot();
}

void AttractorOrbitView::clear(const QString& message)
{
    m_basinX.clear();
    m_basinY.clear();
    m_orbitX.clear();
    m_orbitY.clear();
    m_basin->setSamples(QVector<QPointF>());
    m_orbit->setSamples(QVector<QPointF>());
    setTitle(wrappedText(message));
    replot();
}

QByteArray AttractorOrbitView::toCsv() const
{
    QByteArray out = "kind,x,y\n";
    for (std::size_t i = 0; i < m_basinX.size(); ++i)
        out += "basin," + csvNumber(m_basinX[i]) + ',' + csvNumber(m_basinY[i]) + '\n';
    for (std::size_t i = 0; i < m_orbitX.size(); ++i)
        out += "orbit," + csvNumber(m_orbitX[i]) + ',' + csvNumber(m_orbitY[i]) + '\n';
    return out;
}

} // namespace nd
