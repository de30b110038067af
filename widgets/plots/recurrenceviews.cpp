#include "plots/recurrenceviews.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <QPen>
#include <QPolygonF>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>

namespace nd {

namespace {

QwtPlotCurve* addCurve(QwtPlot* plot, const QColor& colour, bool symbols)
{
    auto* c = new QwtPlotCurve;
    c->setPen(QPen(colour, 1.5));
    if (symbols)
        c->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(colour), QPen(colour), QSize(6, 6)));
    c->attach(plot);
    return c;
}

QwtPlotMarker* addMarker(QwtPlot* plot, const QColor& colour)
{
    auto* m = new QwtPlotMarker;
    m->setLineStyle(QwtPlotMarker::VLine);
    m->setLinePen(QPen(colour, 1.5, Qt::DashLine));
    m->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m->setVisible(false);
    m->attach(plot);
    return m;
}

// Points (x, y) of the finite y values.
QPolygonF finitePoints(const std::vector<double>& x, const std::vector<double>& y)
{
    QPolygonF p;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (std::isfinite(y[i]))
            p.append(QPointF(x[i], y[i]));
    return p;
}

QByteArray cell(double v)
{
    return std::isfinite(v) ? csvNumber(v) : QByteArray();
}

} // namespace

DelayChoiceView::DelayChoiceView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    m_curve = addCurve(this, QColor(20, 60, 160), false);
    m_marker = addMarker(this, QColor(200, 60, 30));
    retranslateWith(this, [this] {
        m_curve->setTitle(tr("mutual information I(tau)"));
        setAxisTitle(QwtAxis::XBottom, tr("delay tau (samples)"));
        setAxisTitle(QwtAxis::YLeft, tr("I(tau) (nats)"));
        if (!hasData()) // a result's title is set again by its task
            setTitle(wrappedText(tr("Delay: average mutual information")));
    });
}

void DelayChoiceView::clear()
{
    m_result = {};
    m_delay = 0;
    m_curve->setSamples(QPolygonF());
    m_marker->setVisible(false);
    setTitle(wrappedText(tr("Delay: average mutual information")));
    replot();
}

void DelayChoiceView::setResult(const DelayResult& r)
{
    m_result = r;
    std::vector<double> lags(r.mutualInformation.size());
    for (std::size_t i = 0; i < lags.size(); ++i)
        lags[i] = static_cast<double>(i);
    m_curve->setSamples(finitePoints(lags, r.mutualInformation));
    m_delay = r.defined ? r.delay : 0;
    m_marker->setVisible(r.defined);
    if (r.defined) {
        m_marker->setXValue(r.delay);
        m_marker->setLabel(QwtText(tr("tau = %1 (%2)").arg(r.delay).arg(QString::fromStdString(r.rule))));
        setTitle(wrappedText(tr("Delay tau = %1 by the %2 of the average mutual information")
                                 .arg(r.delay)
                                 .arg(QString::fromStdString(r.rule))));
    } else {
        setTitle(wrappedText(tr("No delay chosen: %1").arg(QString::fromStdString(r.reason))));
    }
    replot();
}

QByteArray DelayChoiceView::toCsv() const
{
    QByteArray out = "lag,mutual_information,autocorrelation\n";
    for (std::size_t i = 0; i < m_result.mutualInformation.size(); ++i)
        out +=
            QByteArray::number(static_cast<qulonglong>(i)) + ',' + cell(m_result.mutualInformation[i]) + ',' +
            (i < m_result.autocorrelation.size() ? cell(m_result.autocorrelation[i]) : QByteArray()) + '\n';
    return out;
}

DimensionChoiceView::DimensionChoiceView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    m_fraction = addCurve(this, QColor(20, 60, 160), true);
    m_e1 = addCurve(this, QColor(30, 140, 60), true);
    m_e2 = addCurve(this, QColor(140, 40, 160), true);
    m_e2->setPen(QPen(QColor(140, 40, 160), 1.5, Qt::DotLine));
    m_fnnMarker = addMarker(this, QColor(20, 60, 160));
    m_caoMarker = addMarker(this, QColor(30, 140, 60));
    m_caoMarker->setLabelAlignment(Qt::AlignRight | Qt::AlignBottom);
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    retranslateWith(this, [this] {
        m_fraction->setTitle(tr("false-neighbour fraction"));
        m_e1->setTitle(tr("Cao E1"));
        m_e2->setTitle(tr("Cao E2"));
        setAxisTitle(QwtAxis::XBottom, tr("dimension m"));
        setAxisTitle(QwtAxis::YLeft, tr("fraction, E1, E2"));
        if (!hasData())
            setTitle(wrappedText(tr("Dimension: false nearest neighbours and Cao")));
    });
}

void DimensionChoiceView::clear()
{
    m_result = {};
    m_fnn = m_cao = 0;
    for (QwtPlotCurve* c : {m_fraction, m_e1, m_e2})
        c->setSamples(QPolygonF());
    m_fnnMarker->setVisible(false);
    m_caoMarker->setVisible(false);
    setTitle(wrappedText(tr("Dimension: false nearest neighbours and Cao")));
    replot();
}

void DimensionChoiceView::setResult(const DimensionResult& r, int delay)
{
    m_result = r;
    std::vector<double> m(r.fnnFraction.size());
    for (std::size_t k = 0; k < m.size(); ++k)
        m[k] = static_cast<double>(k + 1);
    m_fraction->setSamples(finitePoints(m, r.fnnFraction));
    m_e1->setSamples(finitePoints(m, r.caoE1));
    m_e2->setSamples(finitePoints(m, r.caoE2));
    m_fnn = r.fnnDefined ? r.fnnDimension : 0;
    m_cao = r.caoDefined ? r.caoDimension : 0;
    m_fnnMarker->setVisible(r.fnnDefined);
    m_fnnMarker->setXValue(m_fnn);
    m_fnnMarker->setLabel(QwtText(tr("FNN m = %1").arg(m_fnn)));
    m_caoMarker->setVisible(r.caoDefined);
    m_caoMarker->setXValue(m_cao);
    m_caoMarker->setLabel(QwtText(tr("Cao m = %1").arg(m_cao)));
    const QString fnn = r.fnnDefined ? QString::number(m_fnn) : tr("none");
    const QString cao = r.caoDefined ? QString::number(m_cao) : tr("none");
    setTitle(wrappedText(
        tr("Dimension at tau = %1: false nearest neighbours m = %2, Cao m = %3").arg(delay).arg(fnn, cao)));
    replot();
}

QByteArray DimensionChoiceView::toCsv() const
{
    QByteArray out = "dimension,fnn_fraction,cao_E1,cao_E2\n";
    for (std::size_t k = 0; k < m_result.fnnFraction.size(); ++k)
        out += QByteArray::number(static_cast<qulonglong>(k + 1)) + ',' + cell(m_result.fnnFraction[k]) +
               ',' + (k < m_result.caoE1.size() ? cell(m_result.caoE1[k]) : QByteArray()) + ',' +
               (k < m_result.caoE2.size() ? cell(m_result.caoE2[k]) : QByteArray()) + '\n';
    return out;
}

WindowedRqaView::WindowedRqaView(QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    m_curves = {addCurve(this, QColor(20, 60, 160), true), addCurve(this, QColor(200, 60, 30), true),
                addCurve(this, QColor(30, 140, 60), true)};
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    retranslateWith(this, [this] {
        m_curves[0]->setTitle(tr("RR"));
        m_curves[1]->setTitle(tr("DET"));
        m_curves[2]->setTitle(tr("LAM"));
        setAxisTitle(QwtAxis::XBottom, tr("window start (sample)"));
        setAxisTitle(QwtAxis::YLeft, tr("RR, DET, LAM"));
        if (!hasData())
            setTitle(wrappedText(tr("Windowed RQA")));
    });
}

void WindowedRqaView::clear()
{
    m_result = {};
    for (QwtPlotCurve* c : m_curves)
        c->setSamples(QPolygonF());
    setTitle(wrappedText(tr("Windowed RQA")));
    replot();
}

void WindowedRqaView::setResult(const WindowedRqaResult& r, const QString& title)
{
    m_result = r;
    std::vector<double> x;
    std::vector<double> rr, det, lam;
    const double nan = std::nan("");
    for (std::size_t i = 0; i < r.windows.size(); ++i) {
        const RqaResult& w = r.windows[i];
        x.push_back(static_cast<double>(r.starts[i]));
        rr.push_back(w.defined ? w.rr : nan);
        det.push_back(w.detDefined ? w.det : nan);
        lam.push_back(w.lamDefined ? w.lam : nan);
    }
    m_curves[0]->setSamples(finitePoints(x, rr));
    m_curves[1]->setSamples(finitePoints(x, det));
    m_curves[2]->setSamples(finitePoints(x, lam));
    setTitle(wrappedText(title));
    replot();
}

QByteArray WindowedRqaView::toCsv() const
{
    QByteArray out = "start,RR,DET,LAM\n";
    for (std::size_t i = 0; i < m_result.windows.size(); ++i) {
        const RqaResult& w = m_result.windows[i];
        out += QByteArray::number(static_cast<qulonglong>(m_result.starts[i])) + ',' +
               (w.defined ? csvNumber(w.rr) : QByteArray()) + ',' +
               (w.detDefined ? csvNumber(w.det) : QByteArray()) + ',' +
               (w.lamDefined ? csvNumber(w.lam) : QByteArray()) + '\n';
    }
    return out;
}

} // namespace nd
