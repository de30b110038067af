#include "plots/parameterplaneview.h"
#include "plots/retranslate.h"

#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"

#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QMenu>
#include <QPen>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoneitem.h>
#include <qwt_scale_widget.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>

namespace nd {

namespace {

std::vector<double> axisValues(const ParameterAxis& axis)
{
    std::vector<double> v(static_cast<std::size_t>(std::max(axis.count, 1)));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = axis.value(static_cast<int>(i));
    return v;
}

std::string axisName(const ParameterAxis& axis)
{
    return axis.parameter.empty() ? "#" + std::to_string(axis.index) : axis.parameter;
}

QString withUnit(const QString& name, const QString& unit)
{
    return unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit);
}

} // namespace

ParameterPlaneView::ParameterPlaneView(QWidget* parent)
    : QwtPlot(parent), m_heat(this), m_overlay(this), m_marker(new QwtPlotMarker)
{
    applyPlotStyle(this);
    m_heat.setRobustRange(true);
    m_marker->setLinePen(QPen(QColor(235, 110, 20), 1.5, Qt::DashLine));
    m_marker->setZ(50);
    m_marker->setVisible(false);
    m_marker->attach(this);
    setTitle(wrappedText(tr("Parameter scan")));
    m_picker = new ReadoutPicker(this, [this](const QPointF& p) { return readoutAt(p); });
    connect(m_picker, &ReadoutPicker::clicked, this, [this](QPointF p) {
        if (const auto cell = cellAt(p)) {
            const QPointF v = cellParameters(cell->first, cell->second);
            emit pointClicked(v.x(), v.y());
        }
    });
    retranslateWith(this, [this] {
        setToolTip(tr("Parameter scan: each cell is one run of the model at those parameter values. Light "
                      "grey: undefined; dark grey: the orbit escaped; blank: not computed yet. Click a cell "
                      "to use its parameter values; the dashed lines mark the current ones. Right click: "
                      "colour range."));
    });
    m_heat.refresh();
}

void ParameterPlaneView::setupGrid(std::vector<double> xs, std::vector<double> ys, bool twoD)
{
    clearCurves();
    setPlotMessage(this, {});
    m_xs = xs.empty() ? std::vector<double>{0.0} : std::move(xs);
    m_ys = ys.empty() || !twoD ? std::vector<double>{std::nan("")} : std::move(ys);
    m_2d = twoD;
    const std::size_t cells = m_xs.size() * m_ys.size();
    m_values.assign(cells, 0.0);
    m_states.assign(cells, CellState::NotComputed);
    m_reasons.assign(cells, {});
    m_computed = 0;
    const QwtInterval xExtent = cellExtent(m_xs.front(), m_xs.back(), columnCount());
    m_heat.setCentres(m_xs, twoD ? m_ys : std::vector<double>{0.5});
    m_heat.setVisible(twoD);
    applyTitles();
    if (twoD) {
        m_heat.fitAxes();
    } else {
        setAxisScale(QwtAxis::XBottom, xExtent.minValue(), xExtent.maxValue());
        setAxisAutoScale(QwtAxis::YLeft, true);
    }
    setCurrentPoint(m_current.x(), m_current.y()); // a crosshair in 2-D, a line in 1-D
    refresh();
}

void ParameterPlaneView::applyTitles()
{
    setAxisTitle(QwtAxis::XBottom, QString::fromStdString(m_xName));
    if (m_2d) {
        setAxisTitle(QwtAxis::YLeft, QString::fromStdString(m_yName));
        m_heat.setColorBarTitle(withUnit(m_measure, m_unit));
    } else {
        setAxisTitle(QwtAxis::YLeft, withUnit(m_measure, m_unit));
    }
    setTitle(wrappedText(m_measure.isEmpty() ? tr("Parameter scan") : m_measure));
}

void ParameterPlaneView::setMeasure(const QString& measure, const QString& unit)
{
    m_measure = measure;
    m_unit = unit;
    applyTitles();
    refresh(); // a 1-D curve is named after the measure
}

void ParameterPlaneView::reset(const ParameterAxis& x, const std::optional<ParameterAxis>& y,
                               const QString& measure, const QString& unit)
{
    m_xName = axisName(x);
    m_yName = y ? axisName(*y) : std::string();
    m_measure = measure;
    m_unit = unit;
    setupGrid(axisValues(x), y ? axisValues(*y) : std::vector<double>{}, y.has_value());
}

void ParameterPlaneView::setResult(const ScanResult& result, const QString& xName, const QString& yName)
{
    m_xName = xName.toStdString();
    m_yName = yName.toStdString();
    m_measure = QString::fromStdString(result.measure);
    m_unit = QString::fromStdString(result.unit);
    const bool twoD = !yName.isEmpty();
    setupGrid(result.xValues, result.yValues, twoD);
    for (int iy = 0; iy < rowCount() && iy < result.ny; ++iy)
        for (int ix = 0; ix < columnCount() && ix < result.nx; ++ix) {
            const std::size_t i = static_cast<std::size_t>(iy) * static_cast<std::size_t>(result.nx) +
                                  static_cast<std::size_t>(ix);
            if (i >= result.computed.size() || !result.computed[i])
                continue;
            ScanValue v{result.values[i], result.defined[i] != 0, result.escaped[i] != 0,
                        i < result.reasons.size() ? result.reasons[i] : std::string()};
            storeCell(ix, iy, v);
        }
    refresh();
}

std::size_t ParameterPlaneView::index(int ix, int iy) const
{
    return static_cast<std::size_t>(iy) * m_xs.size() + static_cast<std::size_t>(ix);
}

void ParameterPlaneView::storeCell(int ix, int iy, const ScanValue& v)
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return;
    const std::size_t i = index(ix, iy);
    if (m_states[i] == CellState::NotComputed)
        ++m_computed;
    const bool defined = v.defined && std::isfinite(v.value);
    m_states[i] = defined ? CellState::Defined : v.escaped ? CellState::Escaped : CellState::Undefined;
    m_values[i] = defined ? v.value : 0.0;
    m_reasons[i] = defined ? std::string() : v.reason;
    m_heat.setCell(ix, iy, defined ? v.value : v.escaped ? HeatMap::kEscaped : HeatMap::kUndefined);
}

void ParameterPlaneView::addTile(const ScanTile& tile)
{
    forEachTileCell(tile, [&](int ix, int iy, std::size_t k) {
        if (k < tile.values.size())
            storeCell(ix, iy, tile.values[k]);
    });
}

void ParameterPlaneView::refresh()
{
    m_heat.refresh();
    if (!m_2d)
        rebuildLine();
    updateFooter();
    replot();
}

void ParameterPlaneView::rebuildLine()
{
    for (QwtPlotItem* item : m_lineItems) {
        item->detach();
        delete item;
    }
    m_lineItems.clear();
    const double half = columnCount() > 1 ? 0.5 * std::fabs(m_xs[1] - m_xs[0]) : 0.5;
    // Walk the cells in drawing order (increasing x) and close a run when the state changes.
    QPolygonF run;
    CellState runState = CellState::NotComputed;
    double runStart = 0.0, runEnd = 0.0;
    const auto closeRun = [&]() {
        if (runState == CellState::Defined && !run.isEmpty()) {
            auto* curve = new QwtPlotCurve(m_measure);
            curve->setPen(QPen(QColor(20, 60, 160), 1.4));
            curve->setSymbol(
                new QwtSymbol(QwtSymbol::Ellipse, QBrush(QColor(20, 60, 160)), Qt::NoPen, QSize(4, 4)));
            curve->setSamples(run);
            curve->attach(this);
            m_lineItems.push_back(curve);
        } else if (runState == CellState::Undefined || runState == CellState::Escaped) {
            auto* zone = new QwtPlotZoneItem;
            zone->setOrientation(Qt::Vertical);
            zone->setInterval(runStart - half, runEnd + half);
            const QColor c =
                runState == CellState::Escaped ? HeatMap::escapedColor() : HeatMap::undefinedColor();
            zone->setBrush(QColor(c.red(), c.green(), c.blue(), 140));
            zone->setPen(QPen(Qt::NoPen));
            zone->attach(this);
            m_lineItems.push_back(zone);
        }
        run.clear();
    };
    const bool reversed = m_xs.back() < m_xs.front();
    for (int c = 0; c < columnCount(); ++c) {
        const int ix = reversed ? columnCount() - 1 - c : c;
        const std::size_t i = index(ix, 0);
        if (m_states[i] != runState) {
            closeRun();
            runState = m_states[i];
            runStart = m_xs[static_cast<std::size_t>(ix)];
        }
        runEnd = m_xs[static_cast<std::size_t>(ix)];
        if (runState == CellState::Defined)
            run << QPointF(m_xs[static_cast<std::size_t>(ix)], m_values[i]);
    }
    closeRun();
}

void ParameterPlaneView::updateFooter()
{
    int undefined = 0, escaped = 0;
    for (CellState s : m_states) {
        undefined += s == CellState::Undefined;
        escaped += s == CellState::Escaped;
    }
    const int pending = static_cast<int>(m_states.size()) - m_computed;
    QString text = tr("%1 undefined: %2   %3 escaped: %4")
                       .arg(colorSwatch(HeatMap::undefinedColor()))
                       .arg(undefined)
                       .arg(colorSwatch(HeatMap::escapedColor()))
                       .arg(escaped);
    if (pending > 0)
        text += QStringLiteral("   ") + tr("not computed yet: %1").arg(pending);
    if (const int outside = outsideColorRangeCount(); outside > 0)
        text += QStringLiteral("   ") + tr("outside the colour range (end colours): %1").arg(outside);
    QwtText footer(text, QwtText::RichText);
    QFont font = footer.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    footer.setFont(font);
    setFooter(m_states.empty() ? QwtText() : footer);
}

void ParameterPlaneView::setMessage(const QString& message)
{
    std::fill(m_states.begin(), m_states.end(), CellState::NotComputed);
    m_computed = 0;
    m_heat.fill(HeatMap::kNotComputed);
    refresh();
    setPlotMessage(this, message);
}

void ParameterPlaneView::setColorMapName(const QString& name)
{
    m_heat.setColorMapName(name);
    refresh();
}

void ParameterPlaneView::setColorRange(std::optional<QwtInterval> range)
{
    if (range)
        *range = range->normalized();
    if (range && !(range->width() > 0.0))
        range.reset();
    m_heat.setFixedRange(range);
    refresh();
    emit colorRangeChanged(range);
}

void ParameterPlaneView::setCurrentPoint(double x, double y)
{
    m_current = QPointF(x, y);
    const bool yShown = m_2d && std::isfinite(y);
    m_marker->setLineStyle(yShown ? QwtPlotMarker::Cross : QwtPlotMarker::VLine);
    m_marker->setValue(x, yShown ? y : 0.0);
    m_marker->setVisible(std::isfinite(x));
    replot();
}

void ParameterPlaneView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_2d) {
        QwtPlot::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Set colour range..."), this, &ParameterPlaneView::editColorRange);
    QAction* automatic = menu.addAction(tr("Automatic colour range (1st to 99th percentile)"), this,
                                        [this] { setColorRange(std::nullopt); });
    automatic->setCheckable(true);
    automatic->setChecked(!userColorRange());
    menu.exec(event->globalPos());
}

void ParameterPlaneView::editColorRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Colour range"));
    auto* form = new QFormLayout(&dialog);
    const QwtInterval now = colorRange();
    QDoubleSpinBox* ends[2] = {new QDoubleSpinBox(&dialog), new QDoubleSpinBox(&dialog)};
    for (int i = 0; i < 2; ++i) {
        ends[i]->setRange(-1e12, 1e12);
        ends[i]->setDecimals(6);
        ends[i]->setValue(i == 0 ? now.minValue() : now.maxValue());
    }
    form->addRow(tr("&From:"), ends[0]);
    form->addRow(tr("&To:"), ends[1]);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setColorRange(QwtInterval(ends[0]->value(), ends[1]->value()));
}

void ParameterPlaneView::setCurves(const std::vector<Branch>& curves)
{
    m_overlay.setCurves(curves, m_xName, m_yName);
    replot();
}

void ParameterPlaneView::clearCurves()
{
    m_overlay.clear();
    replot();
}

ParameterPlaneView::CellState ParameterPlaneView::cellState(int ix, int iy) const
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return CellState::NotComputed;
    return m_states[index(ix, iy)];
}

double ParameterPlaneView::cellValue(int ix, int iy) const
{
    return cellState(ix, iy) == CellState::Defined ? m_values[index(ix, iy)] : std::nan("");
}

QString ParameterPlaneView::cellReason(int ix, int iy) const
{
    return cellState(ix, iy) == CellState::NotComputed ? QString()
                                                       : QString::fromStdString(m_reasons[index(ix, iy)]);
}

QPointF ParameterPlaneView::cellParameters(int ix, int iy) const
{
    if (ix < 0 || ix >= columnCount() || iy < 0 || iy >= rowCount())
        return QPointF(std::nan(""), std::nan(""));
    return QPointF(m_xs[static_cast<std::size_t>(ix)], m_ys[static_cast<std::size_t>(iy)]);
}

QPointF ParameterPlaneView::cellPlotPosition(int ix, int iy) const
{
    const QPointF centre = m_heat.cellCentre(ix, iy);
    if (m_2d)
        return centre;
    const double v = cellValue(ix, iy);
    return QPointF(centre.x(), std::isfinite(v) ? v : 0.0);
}

std::optional<std::pair<int, int>> ParameterPlaneView::cellAt(const QPointF& position) const
{
    const QPointF p = m_2d ? position : QPointF(position.x(), m_heat.bounds().center().y());
    const auto cell = m_heat.cellAt(p);
    if (!cell || m_states.empty())
        return std::nullopt;
    return cell;
}

QString ParameterPlaneView::readoutAt(const QPointF& position) const
{
    const auto cell = cellAt(position);
    if (!cell)
        return {};
    const auto [ix, iy] = *cell;
    const QPointF v = cellParameters(ix, iy);
    QString where = QStringLiteral("%1 = %2").arg(QString::fromStdString(m_xName)).arg(v.x(), 0, 'g', 8);
    if (m_2d)
        where += QStringLiteral(", %1 = %2").arg(QString::fromStdString(m_yName)).arg(v.y(), 0, 'g', 8);
    switch (cellState(ix, iy)) {
    case CellState::Defined:
        return tr("%1\n%2 = %3")
                   .arg(where, m_measure.isEmpty() ? tr("value") : m_measure)
                   .arg(cellValue(ix, iy), 0, 'g', 8) +
               (m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit);
    case CellState::Undefined:
        return tr("%1\nundefined: %2").arg(where, cellReason(ix, iy));
    case CellState::Escaped:
        return tr("%1\nescaped: %2").arg(where, cellReason(ix, iy));
    case CellState::NotComputed:
        break;
    }
    return tr("%1\nnot computed yet").arg(where);
}

QByteArray ParameterPlaneView::toCsv() const
{
    QByteArray out = "x,y,value,defined,escaped\n";
    for (int iy = 0; iy < rowCount(); ++iy)
        for (int ix = 0; ix < columnCount(); ++ix) {
            const CellState s = cellState(ix, iy);
            if (s == CellState::NotComputed)
                continue;
            out += csvNumber(m_xs[static_cast<std::size_t>(ix)]) + ',' +
                   (m_2d ? csvNumber(m_ys[static_cast<std::size_t>(iy)]) : QByteArray()) + ',' +
                   (s == CellState::Defined ? csvNumber(m_values[index(ix, iy)]) : QByteArray()) + ',' +
                   (s == CellState::Defined ? "1," : "0,") + (s == CellState::Escaped ? "1\n" : "0\n");
        }
    return out;
}

} // namespace nd
