// Sample entropy as a compact table: the value (or "undefined" with the reason), the match
// counts A and B, and every convention that decides them (m, lag, r as given and as applied,
// match rule, ddof, template count). Drawn as a plot without axes so it exports and copies like
// every other view; CSV holds the same quantities. GUI thread only.
#pragma once

#include "measures/embedding.h"
#include "measures/sampleentropy.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotTextLabel;

namespace nd {

// One row of the quantity tables the entropy views draw (this view and EntropyTableView).
struct QuantityRow {
    QByteArray key;   // CSV name
    QString quantity; // shown, translated
    QString value;    // shown
    QByteArray csvValue;
};
// The rows as a rich-text table, the first row's value in bold.
QString quantityTableHtml(const std::vector<QuantityRow>& rows);
// The shown value of the row named `key`; empty when there is none.
QString quantityValue(const std::vector<QuantityRow>& rows, const QByteArray& key);
// "quantity,value" CSV of the rows' keys and CSV values (quoted where they hold ',' or '"').
QByteArray quantityTableCsv(const std::vector<QuantityRow>& rows);
// The numbers an embedding rule chose, marked where they are shown: the rows `dimensionKey` and
// `delayKey` read "6 (chosen by cao: plateau)" (their CSV values stay the numbers), and a row
// "embedding" states the whole choice ("order = 6 (cao: plateau), delay = 14 (ami: first
// minimum)"). Nothing for numbers given, or without a choice.
void markEmbeddingChoice(std::vector<QuantityRow>& rows, const EmbeddingChoice* choice,
                         const QByteArray& dimensionKey, const QByteArray& delayKey);

class SampleEntropyView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    using Row = QuantityRow;

    explicit SampleEntropyView(QWidget* parent = nullptr);

    // The options are those the result was computed with (r as given, its kind, rule, ...).
    void setResult(const SampleEntropyResult& result, const SampleEntropyOptions& options,
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
};

} // namespace nd
