// The null distribution of a surrogate significance test (core/measures/significance.h): a
// histogram of the surrogates' defined values of the measure's scalar, the observed value as a
// vertical line, and the p-value with its tail, the surrogate kind and the counts written in the
// title. Shown by every measure view whose section asks for significance; a plot of its own so
// it exports and copies like the others (CSV: the observed value and every surrogate's value).
// GUI thread only.
#pragma once

#include "measures/significance.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotHistogram;
class QwtPlotMarker;

namespace nd {

class NullHistogramView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    struct Bin {
        double from = 0.0, to = 0.0; // [from, to), the last bin closed
        std::size_t count = 0;
    };

    explicit NullHistogramView(QWidget* parent = nullptr);

    // `scalar` names the tested value (its JSON key: "K", "value", "width", ...).
    void setSignificance(const SignificanceResult& result, const SignificanceOptions& options,
                         const QString& scalar);
    void setMessage(const QString& message);

    // Sturges' ceil(log2 n) + 1 equal bins over the defined surrogate values and the observed
    // one (one bin of width 1 around them when all are equal).
    const std::vector<Bin>& bins() const { return m_bins; }
    // The text beside the histogram: p, tail, kind, counts (or why p is undefined).
    QString summary() const { return m_summary; }
    const SignificanceResult& result() const { return m_result; }

    QByteArray toCsv() const override; // which,value: the observed value, then each surrogate's
    bool hasData() const override { return m_hasData; }

private:
    void render();

    QwtPlotHistogram* m_histogram;
    QwtPlotMarker* m_observed;
    SignificanceResult m_result;
    SignificanceOptions m_options;
    QString m_scalar, m_summary;
    std::vector<Bin> m_bins;
    bool m_hasData = false;
};

} // namespace nd
