#include "plots/basinsview.h"

#include "plots/attractorpalette.h"
#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"
#include "plots/retranslate.h"

#include <QStringList>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <array>
#include <cmath>

namespace nd {

namespace {


std::vector<double> axisValues(const BasinAxis& axis)
{
    std::vector<double> v(static_cast<std::size_t>(std::max(axis.count, 1)));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = axis.value(static_cast<int>(i));
    return v;
}

// A legend entry: an item without data whose legend icon is a filled square.
QwtPlotCurve* legendEntry(const QString& title, const QColor& color)
{
    auto* entry = new QwtPlotCurve(title);
    entry->setStyle(QwtPlotCurve::NoCurve);
    entry->setSymbol(new QwtSymbol(QwtSymbol::Rect, QBrush(color), QPen(color.darker(140)), QSize(10, 10)));
    entry->setLegendAttribute(QwtPlotCurve::LegendShowSymbol, true);
    return entry;
}

} // namespace

QString attractorText(const BasinAttractor& a)
{
    const std::size_t dim =
        a.period > 0 ? a.points.size() / static_cast<std::size_t>(a.period) : a.points.size() / 2;
    QStringList coords;
    for (std::size_t i = 0; i < dim && i < a.points.size(); ++i)
        coords << QString::number(a.points[i], 'g', 4);
    const QString point = coords.join(QStringLiteral(", "));
    if (a.period > 0)
        return BasinsView::tr("period %1 through (%2)").arg(a.period).arg(point);
    return BasinsView::tr("aperiodic, mean (%1)").arg(point);
}

QColor BasinsView::attractorColor(int label)
{
    if (label == kBasinEscaped)
        return HeatMap::escapedColor();
    return nd::attractorColor(label); // the one palette of every attractor view
}

BasinsView::BasinsView(QWidget* parent) : QwtPlot(parent), m_heat(this)
{
    applyPlotStyle(this);
    m_heat.setCategories(attractorPalette());
    insertLegend(new QwtLegend, QwtPlot::RightLegend);
    m_picker = new ReadoutPicker(this, [this](const QPointF& p) { return readoutAt(p); });
    connect(m_picker, &ReadoutPicker::clicked, this, [this](QPointF p) {
        if (const auto cell = cellAt(p)) {
            const QPointF v = cellCoordinates(cell->first, cell->second);
            emit pointClicked(v.x(), v.y());
        }
    });
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Basins of attraction")));
        setToolTip(tr(
            "Basins of attraction: each initial state is coloured by the attractor its orbit settles "
            "on; dark grey: the orbit escaped; blank: not computed yet. Click to use that initial state."));
    });
    m_heat.refresh();
}

void BasinsView::reset(const BasinAxis& x, const BasinAxis& y, const QString& xName, const QString& yName)
{
    setPlotMessage(this, {});
    m_xName = xName;
    m_yName = yName;
    m_xs = axisValues(x);
    m_ys = axisValues(y);
    m_labels.assign(m_xs.size() * m_ys.size(), kBasinNotComputed);
    m_attractors.clear();
    m_escapedFraction = 0.0;
    m_final = false;
    m_computed = 0;
    m_heat.setCentres(m_xs, m_ys);
    m_heat.fitAxes();
    setAxisTitle(QwtAxis::XBottom, xName);
    setAxisTitle(QwtAxis::YLeft, yName);
    refresh();
}

void BasinsView::setLabel(int ix, int iy, int label)
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return;
    int& stored = m_labels[static_cast<std::size_t>(iy) * m_xs.size() + static_cast<std::size_t>(ix)];
    m_computed += (stored == kBasinNotComputed) - (label == kBasinNotComputed);
    stored = label;
    m_heat.setCell(ix, iy,
                   label == kBasinEscaped ? HeatMap::kEscaped
                   : label < 0            ? HeatMap::kNotComputed
                                          : static_cast<double>(label));
}

void BasinsView::addTile(const BasinTile& tile)
{
    forEachTileCell(tile, [&](int ix, int iy, std::size_t k) {
        if (k < tile.labels.size())
            setLabel(ix, iy, tile.labels[k]);
    });
}

void BasinsView::setResult(const BasinResult& result, const QString& xName, const QString& yName)
{
    BasinAxis x{0, result.xValues.empty() ? 0.0 : result.xValues.front(),
                result.xValues.empty() ? 1.0 : result.xValues.back(), result.nx};
    BasinAxis y{1, result.yValues.empty() ? 0.0 : result.yValues.front(),
                result.yValues.empty() ? 1.0 : result.yValues.back(), result.ny};
    reset(x, y, xName, yName);
    m_xs = result.xValues;
    m_ys = result.yValues;
    for (int iy = 0; iy < result.ny; ++iy)
        for (int ix = 0; ix < result.nx; ++ix)
            setLabel(ix, iy, result.at(ix, iy));
    m_attractors = result.attractors;
    m_escapedFraction = result.escapedFraction;
    m_final = true;
    refresh();
}

void BasinsView::refresh()
{
    m_heat.refresh();
    rebuildLegend();
    replot();
}

void BasinsView::rebuildLegend()
{
    detachItems(QwtPlotItem::Rtti_PlotCurve, true);
    if (!m_final) {
        if (m_computed > 0)
            legendEntry(tr("attractors are labelled when the computation ends"), Qt::white)->attach(this);
        return;
    }
    for (const BasinAttractor& a : m_attractors)
        legendEntry(tr("%1: %2 %").arg(attractorText(a)).arg(100.0 * a.fraction, 0, 'f', 1),
                    attractorColor(a.label))
            ->attach(this);
    legendEntry(tr("escaped: %1 %").arg(100.0 * m_escapedFraction, 0, 'f', 1), HeatMap::escapedColor())
        ->attach(this);
}

void BasinsView::setMessage(const QString& message)
{
    m_labels.assign(m_labels.size(), kBasinNotComputed);
    m_computed = 0;
    m_attractors.clear();
    m_final = false;
    m_heat.fill(HeatMap::kNotComputed);
    refresh();
    setPlotMessage(this, message);
}

int BasinsView::labelAt(int ix, int iy) const
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return kBasinNotComputed;
    return m_labels[static_cast<std::size_t>(iy) * m_xs.size() + static_cast<std::size_t>(ix)];
}

QPointF BasinsView::cellCoordinates(int ix, int iy) const
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return QPointF(std::nan(""), std::nan(""));
    return QPointF(m_xs[static_cast<std::size_t>(ix)], m_ys[static_cast<std::size_t>(iy)]);
}

QString BasinsView::readoutAt(const QPointF& position) const
{
    const auto cell = cellAt(position);
    if (!cell)
        return {};
    const QPointF v = cellCoordinates(cell->first, cell->second);
    const QString where = QStringLiteral("%1 = %2, %3 = %4")
                              .arg(m_xName)
                              .arg(v.x(), 0, 'g', 8)
                              .arg(m_yName)
                              .arg(v.y(), 0, 'g', 8);
    const int label = labelAt(cell->first, cell->second);
    if (label == kBasinEscaped)
        return tr("%1\nescaped").arg(where);
    if (label == kBasinNotComputed)
        return tr("%1\nnot computed yet").arg(where);
    for (const BasinAttractor& a : m_attractors)
        if (a.label == label)
            return tr("%1\nattractor %2: %3").arg(where).arg(label).arg(attractorText(a));
    return tr("%1\nattractor %2").arg(where).arg(label);
}

QByteArray BasinsView::attractorsCsv() const
{
    QByteArray out = "label,period,cells,fraction,description\n";
    for (const BasinAttractor& a : m_attractors)
        out += QByteArray::number(a.label) + ',' + QByteArray::number(a.period) + ',' +
               QByteArray::number(a.cells) + ',' + csvNumber(a.fraction) + ",\"" +
               QByteArray::fromStdString(a.description) + "\"\n";
    if (m_final)
        out += QByteArray::number(kBasinEscaped) + ",0,," + csvNumber(m_escapedFraction) + ",\"escaped\"\n";
    return out;
}

QByteArray BasinsView::toCsv() const
{
    QByteArray out = "x,y,label\n";
    for (int iy = 0; iy < rowCount(); ++iy)
        for (int ix = 0; ix < columnCount(); ++ix) {
            const int label = labelAt(ix, iy);
            if (label == kBasinNotComputed)
                continue;
            out += csvNumber(m_xs[static_cast<std::size_t>(ix)]) + ',' +
                   csvNumber(m_ys[static_cast<std::size_t>(iy)]) + ',' + QByteArray::number(label) + '\n';
        }
    return out;
}

} // namespace nd
