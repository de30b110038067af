#include "plots/nullhistogramview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <qwt_plot_histogram.h>
#include <qwt_plot_marker.h>
#include <qwt_samples.h>
#include <qwt_text.h>

#include <QPen>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

// Sturges' bins over the surrogates' own range. The observed value does not widen them: a value
// far outside the null (sample entropy 0.15 against 0.59 .. 0.78) squeezed the null into one or
// two bars of a range mostly empty; the axis is widened instead (render()).
std::vector<NullHistogramView::Bin> binsOf(const std::vector<double>& values)
{
    if (values.empty())
        return {};
    const double lo = *std::min_element(values.begin(), values.end());
    const double hi = *std::max_element(values.begin(), values.end());
    if (!(hi > lo)) // every value equal: one bin around them
        return {{lo - 0.5, lo + 0.5, values.size()}};
    const auto count = static_cast<std::size_t>(std::ceil(std::log2(static_cast<double>(values.size())))) + 1;
    std::vector<NullHistogramView::Bin> bins(count);
    const double width = (hi - lo) / static_cast<double>(count);
    for (std::size_t i = 0; i < count; ++i) {
        bins[i].from = lo + width * static_cast<double>(i);
        bins[i].to = i + 1 == count ? hi : lo + width * static_cast<double>(i + 1);
    }
    for (double v : values) {
        auto i = static_cast<std::size_t>(std::floor((v - lo) / width));
        ++bins[std::min(i, count - 1)].count; // the maximum goes to the last, closed bin
    }
    return bins;
}

} // namespace

NullHistogramView::NullHistogramView(QWidget* parent)
    : QwtPlot(parent), m_histogram(new QwtPlotHistogram), m_observed(new QwtPlotMarker)
{
    applyPlotStyle(this);
    m_histogram->setStyle(QwtPlotHistogram::Columns);
    m_histogram->setBrush(QColor(150, 170, 200));
    m_histogram->setPen(QPen(QColor(80, 100, 140)));
    m_histogram->attach(this);
    m_observed->setLineStyle(QwtPlotMarker::VLine);
    m_observed->setLinePen(QPen(Qt::red, 2));
    m_observed->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_observed->attach(this);
    m_observed->setVisible(false);
    retranslateWith(this, [this] {
        setToolTip(tr("The measure's scalar on each surrogate (histogram) and on the series (red line); p "
                      "counts the series among the surrogates, on the stated tail"));
        render();
    });
}

void NullHistogramView::setMessage(const QString& message)
{
    m_result = {};
    m_hasData = false;
    m_bins.clear();
    m_summary.clear();
    render();
    setPlotMessage(this, message);
}

void NullHistogramView::setSignificance(const SignificanceResult& result, const SignificanceOptions& options,
                                        const QString& scalar)
{
    setPlotMessage(this, {});
    m_result = result;
    m_options = options;
    m_scalar = scalar;
    std::vector<double> values;
    for (const MeasureValue& v : result.nullValues)
        if (v.defined)
            values.push_back(v.value);
    m_bins = binsOf(values);
    m_hasData = !values.empty() || result.observed.defined;
    render();
    if (!m_hasData)
        setPlotMessage(this, tr("No defined value: %1").arg(QString::fromStdString(result.reason)));
}

void NullHistogramView::render()
{
    const SignificanceResult& r = m_result;
    const QString kind = QLatin1String(surrogateKindName(m_options.surrogates.kind));
    const QString tail = QLatin1String(tailName(m_options.tail));
    if (!m_hasData)
        m_summary.clear();
    else if (r.pDefined)
        m_summary = tr("p = %1 (%2 tail) against %3 of %4 %5 surrogates")
                        .arg(r.pValue, 0, 'g', 4)
                        .arg(tail)
                        .arg(r.null.defined)
                        .arg(r.nullValues.size())
                        .arg(kind);
    else
        m_summary = tr("p undefined (%1 tail, %2 %3 surrogates): %4")
                        .arg(tail)
                        .arg(r.nullValues.size())
                        .arg(kind, QString::fromStdString(r.reason));
    setTitle(wrappedText(m_summary.isEmpty() ? tr("Surrogate null distribution")
                                             : tr("Null distribution of %1: %2").arg(m_scalar, m_summary)));
    setAxisTitle(QwtAxis::XBottom, m_scalar);
    setAxisTitle(QwtAxis::YLeft, tr("surrogates"));
    QVector<QwtIntervalSample> samples;
    for (const Bin& b : m_bins)
        samples.append(QwtIntervalSample(static_cast<double>(b.count), b.from, b.to));
    m_histogram->setSamples(samples);
    // The x axis spans the bars and the observed line, 5% spare on each side.
    double lo = m_bins.empty() ? r.observed.value : m_bins.front().from;
    double hi = m_bins.empty() ? r.observed.value : m_bins.back().to;
    if (m_hasData && r.observed.defined) {
        lo = std::min(lo, r.observed.value);
        hi = std::max(hi, r.observed.value);
    }
    if (m_hasData) {
        const double spare = hi > lo ? 0.05 * (hi - lo) : 0.5;
        setAxisScale(QwtAxis::XBottom, lo - spare, hi + spare);
    } else {
        setAxisAutoScale(QwtAxis::XBottom);
    }
    m_observed->setVisible(m_hasData && r.observed.defined);
    if (r.observed.defined) {
        m_observed->setXValue(r.observed.value);
        m_observed->setLabel(QwtText(tr("observed %1").arg(r.observed.value, 0, 'g', 6)));
    }
    replot();
}

QByteArray NullHistogramView::toCsv() const
{
    if (!m_hasData)
        return {};
    QByteArray csv = "which,value\n";
    csv +=
        "observed," + (m_result.observed.defined ? csvNumber(m_result.observed.value) : QByteArray()) + '\n';
    for (std::size_t i = 0; i < m_result.nullValues.size(); ++i) {
        const MeasureValue& v = m_result.nullValues[i];
        csv += "surrogate " + QByteArray::number(static_cast<qulonglong>(i)) + ',' +
               (v.defined ? csvNumber(v.value) : QByteArray()) + '\n';
    }
    return csv;
}

} // namespace nd
