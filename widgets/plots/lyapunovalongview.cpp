#include "plots/lyapunovalongview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <array>

namespace nd {

namespace {
// The single-point view's colours (lyapunovview.cpp), so lambda_j looks alike in both.
const std::array<QColor, 6> kPalette = {QColor(20, 60, 160),  QColor(200, 60, 30), QColor(30, 140, 60),
                                        QColor(140, 40, 160), QColor(220, 150, 0), QColor(0, 150, 170)};
} // namespace

LyapunovAlongView::LyapunovAlongView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    setTitle(wrappedText(tr("Lyapunov spectrum along a parameter")));
    retranslateWith(this, [this] {
        setAxisTitle(QwtAxis::XBottom, m_parameter.isEmpty() ? tr("parameter") : m_parameter);
        setAxisTitle(QwtAxis::YLeft, tr("exponent"));
    });
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

void LyapunovAlongView::clearItems()
{
    for (auto* c : m_curves) {
        c->detach();
        delete c;
    }
    m_curves.clear();
    m_curveExponent.clear();
    delete m_undefined; // a plot item detaches itself when deleted
    m_undefined = nullptr;
    delete m_zero;
    m_zero = nullptr;
}

int LyapunovAlongView::segmentCount(int j) const
{
    int n = 0;
    for (int e : m_curveExponent)
        n += e == j ? 1 : 0;
    return n;
}

void LyapunovAlongView::setMessage(const QString& message)
{
    clear();
    setTitle(wrappedText(tr("Lyapunov spectrum along a parameter: %1").arg(message)));
    replot();
}

void LyapunovAlongView::clear()
{
    clearItems();
    m_values.clear();
    m_exponents.clear();
    m_escaped.clear();
    m_k = 0;
    setTitle(wrappedText(tr("Lyapunov spectrum along a parameter")));
    replot();
}

void LyapunovAlongView::setResult(const std::vector<double>& values,
                                  const std::vector<std::vector<double>>& exponents,
                                  const std::vector<char>& escaped, int k, const QString& parameter,
                                  const QString& title)
{
    clearItems();
    m_values = values;
    m_exponents = exponents;
    m_escaped = escaped;
    m_k = k;
    m_parameter = parameter;
    setAxisTitle(QwtAxis::XBottom, parameter);
    m_zero = new QwtPlotMarker;
    m_zero->setLineStyle(QwtPlotMarker::HLine);
    m_zero->setYValue(0.0);
    m_zero->setLinePen(QPen(Qt::gray, 1.0, Qt::DashLine));
    m_zero->attach(this);
    const auto has = [&](std::size_t i, int j) {
        return i < exponents.size() && static_cast<std::size_t>(j) < exponents[i].size();
    };
    for (int j = 0; j < k; ++j) {
        const QColor colour = kPalette[static_cast<std::size_t>(j) % kPalette.size()];
        // A line through the values with a spectrum, broken where one has none: one curve per
        // run, the first in the legend.
        QPolygonF run;
        bool first = true;
        auto flush = [&] {
            if (run.isEmpty())
                return;
            auto* c = new QwtPlotCurve(QStringLiteral("λ%1").arg(j + 1));
            c->setPen(QPen(colour, 1.5));
            c->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(colour), QPen(colour), QSize(4, 4)));
            c->setSamples(run);
            c->setItemAttribute(QwtPlotItem::Legend, first);
            c->attach(this);
            m_curves.push_back(c);
            m_curveExponent.push_back(j);
            first = false;
            run.clear();
        };
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (has(i, j))
                run.append(QPointF(values[i], exponents[i][static_cast<std::size_t>(j)]));
            else
                flush();
        }
        flush();
    }
    QPolygonF none;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (i >= exponents.size() || exponents[i].empty())
            none.append(QPointF(values[i], 0.0));
    if (!none.isEmpty()) {
        int escapedCount = 0;
        for (char e : escaped)
            escapedCount += e ? 1 : 0;
        m_undefined = new QwtPlotCurve(escapedCount > 0 ? tr("no spectrum (%1 escaped)").arg(escapedCount)
                                                        : tr("no spectrum"));
        m_undefined->setStyle(QwtPlotCurve::NoCurve);
        m_undefined->setSymbol(new QwtSymbol(QwtSymbol::XCross, QBrush(), QPen(Qt::black, 1.5), QSize(8, 8)));
        m_undefined->setSamples(none);
        m_undefined->attach(this);
    }
    setTitle(wrappedText(title));
    replot();
}

QByteArray LyapunovAlongView::toCsv() const
{
    QByteArray out = m_parameter.isEmpty() ? QByteArray("parameter") : m_parameter.toUtf8();
    for (int j = 0; j < m_k; ++j)
        out += ",lambda_" + QByteArray::number(j + 1);
    out += ",escaped\n";
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        out += csvNumber(m_values[i]);
        for (int j = 0; j < m_k; ++j) {
            const bool has = i < m_exponents.size() && static_cast<std::size_t>(j) < m_exponents[i].size();
            out += ',' + (has ? csvNumber(m_exponents[i][static_cast<std::size_t>(j)]) : QByteArray());
        }
        out += (i < m_escaped.size() && m_escaped[i]) ? ",1\n" : ",0\n";
    }
    return out;
}

} // namespace nd
