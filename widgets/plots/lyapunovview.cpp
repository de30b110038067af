#include "plots/lyapunovview.h"
#include "plots/retranslate.h"

#include "plots/plotstyle.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <array>

namespace nd {

namespace {
const std::array<QColor, 6> kPalette = {QColor(20, 60, 160),  QColor(200, 60, 30), QColor(30, 140, 60),
                                        QColor(140, 40, 160), QColor(220, 150, 0), QColor(0, 150, 170)};
}

LyapunovView::LyapunovView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    setTitle(wrappedText(tr("Lyapunov exponents")));
    retranslateWith(this, [this] {
        setAxisTitle(QwtAxis::XBottom, tr("iterations"));
        setAxisTitle(QwtAxis::YLeft, tr("running estimate"));
    });
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

void LyapunovView::clearCurves()
{
    for (auto* c : m_curves) {
        c->detach();
        delete c;
    }
    m_curves.clear();
}

void LyapunovView::setMessage(const QString& message)
{
    clearCurves();
    m_time.clear();
    m_values.clear();
    m_exponents.clear();
    setTitle(wrappedText(tr("Lyapunov exponents: %1").arg(message)));
    replot();
}

void LyapunovView::setResult(const std::vector<double>& time, const std::vector<double>& curve, int k,
                             const std::vector<double>& exponents, const QString& summary)
{
    clearCurves();
    m_time = time;
    m_values = curve;
    m_exponents = exponents;
    m_k = k;
    for (int j = 0; j < k; ++j) {
        const double final =
            j < static_cast<int>(exponents.size()) ? exponents[static_cast<std::size_t>(j)] : 0.0;
        auto* c = new QwtPlotCurve(tr("λ%1 = %2").arg(j + 1).arg(final, 0, 'g', 6));
        c->setPen(QPen(kPalette[static_cast<std::size_t>(j) % kPalette.size()], 1.5));
        QPolygonF pts;
        for (std::size_t i = 0; i < time.size() && (i * static_cast<std::size_t>(k) +
                                                    static_cast<std::size_t>(j)) < curve.size();
             ++i)
            pts.append(
                QPointF(time[i], curve[i * static_cast<std::size_t>(k) + static_cast<std::size_t>(j)]));
        c->setSamples(pts);
        c->attach(this);
        m_curves.push_back(c);
    }
    setTitle(wrappedText(summary));
    replot();
}

QByteArray LyapunovView::toCsv() const
{
    QByteArray out = "iterations";
    for (int j = 0; j < m_k; ++j)
        out += ",lambda" + QByteArray::number(j + 1);
    out += '\n';
    for (std::size_t i = 0; i < m_time.size(); ++i) {
        out += QByteArray::number(m_time[i], 'g', 17);
        for (int j = 0; j < m_k; ++j) {
            const std::size_t idx = i * static_cast<std::size_t>(m_k) + static_cast<std::size_t>(j);
            out += ',' + (idx < m_values.size() ? QByteArray::number(m_values[idx], 'g', 17) : QByteArray());
        }
        out += '\n';
    }
    return out;
}

} // namespace nd
