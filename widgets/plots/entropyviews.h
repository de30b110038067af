// Views of the entropy family. MultiscaleEntropyView: sample entropy against the coarse-graining
// scale (Costa or refined composite), undefined scales marked on the axis, and under surrogate
// significance the surrogates' mean +- one SD per scale as a band with its mean as a dashed line.
// EntropyTableView: permutation or approximate entropy as a compact table (value, the counts
// behind it, every convention that decides it), like SampleEntropyView. Both export and copy
// like every other plot. GUI thread only.
#pragma once

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"
#include "plots/plotdata.h"
#include "plots/sampleentropyview.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;
class QwtPlotIntervalCurve;
class QwtPlotTextLabel;

namespace nd {

class MultiscaleEntropyView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    // The surrogates at one scale: mean and SD of their defined values (defined: how many).
    struct NullScale {
        int scale = 1;
        std::size_t defined = 0;
        double mean = 0.0, sd = 0.0;
    };

    explicit MultiscaleEntropyView(QWidget* parent = nullptr);

    // `band` is empty without significance, else one entry per scale of the result.
    void setResult(const MultiscaleEntropyResult& result, const MultiscaleEntropyOptions& options,
                   const std::vector<NullScale>& band = {});
    void setMessage(const QString& message);

    // Number of scales drawn (defined or not) and of points of the observed curve.
    std::size_t scaleCount() const { return m_result.scales.size(); }
    std::size_t curvePoints() const;
    bool hasBand() const { return !m_band.empty(); }

    QByteArray toCsv() const override; // scale,sample_entropy[,null_mean,null_sd]
    bool hasData() const override { return !m_result.scales.empty(); }

private:
    void render();

    QwtPlotCurve* m_curve;
    QwtPlotCurve* m_undefined; // undefined scales, on the axis
    QwtPlotCurve* m_nullMean;
    QwtPlotIntervalCurve* m_nullBand;
    MultiscaleEntropyResult m_result;
    MultiscaleEntropyOptions m_options;
    std::vector<NullScale> m_band;
};

class EntropyTableView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    using Row = QuantityRow;

    explicit EntropyTableView(QWidget* parent = nullptr);

    // embedding: the choice of the embedding rules, when they chose the order, delay or m.
    void setPermutationEntropy(const PermutationEntropyResult& result,
                               const PermutationEntropyOptions& options,
                               const EmbeddingChoice* embedding = nullptr);
    void setApproximateEntropy(const ApproximateEntropyResult& result,
                               const ApproximateEntropyOptions& options,
                               const EmbeddingChoice* embedding = nullptr);
    void setMessage(const QString& message);
    const std::vector<Row>& rows() const { return m_rows; }
    // The shown text of the row with this CSV key (empty when absent).
    QString valueOf(const QByteArray& key) const;

    QByteArray toCsv() const override; // quantity,value
    bool hasData() const override { return !m_rows.empty(); }

private:
    void render();

    QwtPlotTextLabel* m_table;
    std::vector<Row> m_rows;
    int m_kind = 0; // 0 none, 1 permutation, 2 approximate: which title to show
};

} // namespace nd
