#include "plots/zerooneview.h"

#include "plots/plotstyle.h"
#include "plots/readoutpicker.h"

#include <QComboBox>
#include <QPen>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>

namespace nd {

namespace {

QwtPlotCurve* lineCurve(const QString& title, const QColor& color, QwtPlot* plot)
{
    auto* c = new QwtPlotCurve(title);
    c->setPen(QPen(color, 1.2));
    // Long series: draw only what the screen resolves (vector export still draws every point).
    c->setPaintAttribute(QwtPlotCurve::ClipPolygons, true);
    c->setPaintAttribute(QwtPlotCurve::FilterPointsAggressive, true);
    c->attach(plot);
    return c;
}

QwtPlotMarker* lineMarker(QwtPlotMarker::LineStyle style, double value, const QPen& pen, const QString& label,
                          QwtPlot* plot)
{
    auto* m = new QwtPlotMarker;
    m->setLineStyle(style);
    m->setLinePen(pen);
    m->setValue(value, value);
    if (!label.isEmpty()) {
        m->setLabel(QwtText(label));
        m->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    m->attach(plot);
    return m;
}

} // namespace

ZeroOneView::ZeroOneView(QWidget* parent) : PlotPanel(parent)
{
    m_choice = addChoice(
        [] {
            return std::pair{tr("&Trajectory for c:"),
                             tr("The c whose p-q trajectory and mean-square displacement are shown; a click "
                                "on a point of the K_c plot selects it too")};
        },
        2);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i != m_selected)
            setSelectedIndex(i);
    });
    m_kcPlot = addPlot(
        [] {
            return PlotTexts{tr("K<sub>c</sub> against c"), tr("c (rad)"), tr("K<sub>c</sub>"),
                             tr("Growth-rate correlation K_c for every c drawn; the line is K, their median. "
                                "K near 1: chaotic; near 0: regular")};
        },
        {1, 0},
        [this]() {
            QByteArray out = "c,K_c,defined\n";
            for (std::size_t i = 0; i < m_result.c.size(); ++i) {
                const bool ok = i < m_result.kcDefined.size() && m_result.kcDefined[i];
                out += csvNumber(m_result.c[i]) + ',' +
                       (ok ? csvNumber(m_result.kc[i]) + ",1\n" : QByteArray(",0\n"));
            }
            return out;
        });
    auto* picker = new ReadoutPicker(m_kcPlot, [](const QPointF& p) {
        return tr("c = %1, K_c = %2").arg(p.x(), 0, 'g', 6).arg(p.y(), 0, 'g', 6);
    });
    connect(picker, &ReadoutPicker::clicked, this, [this](QPointF p) { selectNearest(p.x()); });
    m_pqPlot = addPlot(
        [] {
            return PlotTexts{tr("p-q trajectory"), tr("p<sub>c</sub>(n)"), tr("q<sub>c</sub>(n)"),
                             tr("Translation variables of the selected c: bounded for regular dynamics, "
                                "Brownian-like for chaotic dynamics")};
        },
        {1, 1},
        [this]() {
            QByteArray out = "n,p,q\n";
            for (std::size_t j = 0; j < m_p.size() && j < m_q.size(); ++j)
                out += QByteArray::number(static_cast<qulonglong>(j + 1)) + ',' + csvNumber(m_p[j]) + ',' +
                       csvNumber(m_q[j]) + '\n';
            return out;
        });
    m_msdPlot = addPlot(
        [] {
            return PlotTexts{
                tr("Mean-square displacement"), tr("n (samples)"), tr("M<sub>c</sub>(n), D<sub>c</sub>(n)"),
                tr("M_c(n) and its oscillation-corrected form D_c(n) for the selected c; K_c is the "
                   "correlation of D_c(n) with n")};
        },
        {2, 0, 1, 2},
        [this]() {
            QByteArray out = "n,M,D\n";
            for (std::size_t j = 0; j < m_m.size(); ++j)
                out += QByteArray::number(static_cast<qulonglong>(j + 1)) + ',' + csvNumber(m_m[j]) + ',' +
                       (j < m_d.size() ? csvNumber(m_d[j]) : QByteArray()) + '\n';
            return out;
        });
    m_msdPlot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
}

void ZeroOneView::selectNearest(double c)
{
    int best = -1;
    for (std::size_t i = 0; i < m_result.c.size(); ++i)
        if (best < 0 ||
            std::fabs(m_result.c[i] - c) < std::fabs(m_result.c[static_cast<std::size_t>(best)] - c))
            best = static_cast<int>(i);
    if (best >= 0)
        setSelectedIndex(best);
}

void ZeroOneView::clearData()
{
    m_result = ZeroOneResult{};
    m_series.clear();
    m_selected = -1;
    m_p.clear();
    m_q.clear();
    m_m.clear();
    m_d.clear();
    const QSignalBlocker block(m_choice);
    m_choice->clear();
}

void ZeroOneView::setResult(const ZeroOneResult& result, std::span<const double> series)
{
    setMessage({});
    m_result = result;
    m_series.assign(series.begin(), series.end());
    QString header =
        result.defined
            ? tr("<b>K = %1</b> (median of the defined K_c over %2 values of c), n_cut = %3")
                  .arg(result.k, 0, 'g', 6)
                  .arg(result.c.size())
                  .arg(result.nCut)
            : tr("<b>K undefined</b>: %1").arg(QString::fromStdString(result.reason).toHtmlEscaped());
    if (result.oversampled)
        header += QStringLiteral("<br><span style=\"color:#a01010\">") +
                  tr("Oversampled input: (max - min) / mean |x(n+1) - x(n)| = %1 > 10, so K is unreliable; "
                     "record every k-th step instead (Stride above the time series).")
                      .arg(result.oversamplingRatio, 0, 'g', 4)
                      .toHtmlEscaped() +
                  QStringLiteral("</span>");
    setHeader(header);
    {
        const QSignalBlocker block(m_choice);
        m_choice->clear();
        for (std::size_t i = 0; i < result.c.size(); ++i) {
            const bool ok = i < result.kcDefined.size() && result.kcDefined[i];
            m_choice->addItem(
                ok ? tr("c = %1 (K_c = %2)").arg(result.c[i], 0, 'f', 5).arg(result.kc[i], 0, 'g', 4)
                   : tr("c = %1 (K_c undefined)").arg(result.c[i], 0, 'f', 5));
        }
    }
    drawKc();
    m_selected = -1;
    setSelectedIndex(result.c.empty() ? -1 : static_cast<int>(result.displayIndex));
}

void ZeroOneView::drawKc()
{
    m_kcPlot->clearItems();
    QPolygonF points;
    for (std::size_t i = 0; i < m_result.c.size(); ++i)
        if (i < m_result.kcDefined.size() && m_result.kcDefined[i])
            points << QPointF(m_result.c[i], m_result.kc[i]);
    auto* curve = new QwtPlotCurve(tr("K_c"));
    curve->setStyle(QwtPlotCurve::NoCurve);
    curve->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(QColor(20, 60, 160)), Qt::NoPen, QSize(5, 5)));
    curve->setSamples(points);
    curve->attach(m_kcPlot);
    m_kcPlot->setHasData(!m_result.c.empty());
    m_kcPlot->replot();
}

void ZeroOneView::setSelectedIndex(int index)
{
    if (index < 0 || index >= static_cast<int>(m_result.c.size()) || index == m_selected)
        return;
    m_selected = index;
    {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(index);
    }
    const std::size_t ci = static_cast<std::size_t>(index);
    const double c = m_result.c[ci];
    m_p.clear();
    m_q.clear();
    if (!m_series.empty()) {
        // p_c(n) = sum_{j<=n} x_j cos(j c), q_c(n) = sum_{j<=n} x_j sin(j c), term by term.
        double p = 0.0, q = 0.0;
        for (std::size_t j = 0; j < m_series.size(); ++j) {
            const double arg = static_cast<double>(j + 1) * c;
            p += m_series[j] * std::cos(arg);
            q += m_series[j] * std::sin(arg);
            m_p.push_back(p);
            m_q.push_back(q);
        }
    } else if (ci == m_result.displayIndex) {
        m_p = m_result.p;
        m_q = m_result.q;
    }
    m_m = ci < m_result.msd.size() ? m_result.msd[ci] : std::vector<double>();
    m_d.clear();
    if (!m_series.empty() && !m_m.empty()) {
        double mean = 0.0;
        for (double v : m_series)
            mean += v;
        mean /= static_cast<double>(m_series.size());
        for (std::size_t n = 1; n <= m_m.size(); ++n)
            m_d.push_back(m_m[n - 1] -
                          mean * mean * (1.0 - std::cos(static_cast<double>(n) * c)) / (1.0 - std::cos(c)));
    }
    drawSelected();
    emit selectedIndexChanged(index);
}

// Clears a plot for the selected c and says why it stays empty, if it does.
bool ZeroOneView::preparePlot(DataPlot* plot, const QString& title, bool empty, const QString& whyEmpty)
{
    plot->clearItems();
    plot->setTitle(wrappedText(title));
    setPlotMessage(plot, empty ? whyEmpty : QString());
    plot->setHasData(!empty);
    return !empty;
}

void ZeroOneView::drawSelected()
{
    m_kcPlot->detachItems(QwtPlotItem::Rtti_PlotMarker, true);
    if (m_result.defined)
        lineMarker(QwtPlotMarker::HLine, m_result.k, QPen(QColor(200, 30, 30), 1.2),
                   tr("K = %1").arg(m_result.k, 0, 'g', 4), m_kcPlot);
    const double c = m_result.c[static_cast<std::size_t>(m_selected)];
    lineMarker(QwtPlotMarker::VLine, c, QPen(QColor(0, 0, 0, 120), 1.0, Qt::DashLine), {}, m_kcPlot);
    m_kcPlot->replot();

    if (preparePlot(m_pqPlot, tr("p-q trajectory, c = %1").arg(c, 0, 'f', 5), m_p.empty(),
                    tr("the trajectory of this c needs the series"))) {
        QPolygonF pq;
        for (std::size_t j = 0; j < m_p.size(); ++j)
            pq << QPointF(m_p[j], m_q[j]);
        lineCurve(tr("p-q"), QColor(20, 60, 160), m_pqPlot)->setSamples(pq);
    }
    m_pqPlot->replot();

    if (preparePlot(m_msdPlot, tr("Mean-square displacement, c = %1").arg(c, 0, 'f', 5), m_m.empty(),
                    tr("the mean-square displacement of this c was not kept with the result"))) {
        QPolygonF m, d;
        for (std::size_t n = 0; n < m_m.size(); ++n) {
            m << QPointF(static_cast<double>(n + 1), m_m[n]);
            if (n < m_d.size())
                d << QPointF(static_cast<double>(n + 1), m_d[n]);
        }
        lineCurve(tr("M<sub>c</sub>(n)"), QColor(20, 60, 160), m_msdPlot)->setSamples(m);
        if (!d.isEmpty())
            lineCurve(tr("D<sub>c</sub>(n)"), QColor(200, 90, 0), m_msdPlot)->setSamples(d);
    }
    m_msdPlot->replot();
}

} // namespace nd
