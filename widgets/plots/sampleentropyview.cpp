#include "plots/sampleentropyview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <qwt_plot_textlabel.h>
#include <qwt_text.h>

namespace nd {

namespace {

QByteArray count(std::uint64_t n)
{
    return QByteArray::number(static_cast<qulonglong>(n));
}

} // namespace

SampleEntropyView::SampleEntropyView(QWidget* parent) : QwtPlot(parent), m_table(new QwtPlotTextLabel)
{
    setCanvasBackground(Qt::white);
    for (int axis : {QwtAxis::XBottom, QwtAxis::YLeft, QwtAxis::XTop, QwtAxis::YRight})
        setAxisVisible(axis, false);
    m_table->attach(this);
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Sample entropy")));
        setToolTip(tr(
            "Sample entropy SampEn = -ln(A/B): B counts pairs of length-m templates within r of each other "
            "(Chebyshev distance), A the same for length m + 1, self-matches excluded"));
    });
}

void SampleEntropyView::setMessage(const QString& message)
{
    m_rows.clear();
    render();
    setPlotMessage(this, message);
}

void SampleEntropyView::setResult(const SampleEntropyResult& r, const SampleEntropyOptions& o,
                                  const EmbeddingChoice* embedding)
{
    setPlotMessage(this, {});
    const bool fraction = o.toleranceKind == ToleranceKind::FractionOfStdDev;
    const bool shared = o.templates == TemplateCount::SharedStarts;
    const QString reason = QString::fromStdString(r.reason);
    m_rows = {
        {"sample_entropy", tr("Sample entropy"),
         r.defined ? QString::number(r.value, 'g', 10) : tr("undefined: %1").arg(reason),
         r.defined ? csvNumber(r.value) : QByteArray()},
        {"reason", tr("Reason"), r.defined ? QString() : reason, r.reason.c_str()},
        {"a", tr("A (matching pairs of length m + 1)"), QString::number(r.a), count(r.a)},
        {"b", tr("B (matching pairs of length m)"), QString::number(r.b), count(r.b)},
        {"m", tr("Template length m"), QString::number(o.m), QByteArray::number(o.m)},
        {"lag", tr("Lag"), QString::number(o.lag), QByteArray::number(o.lag)},
        {"r_given", tr("Tolerance r as given"),
         fraction ? tr("%1 x standard deviation").arg(o.r, 0, 'g', 10)
                  : tr("%1 (absolute)").arg(o.r, 0, 'g', 10),
         csvNumber(o.r)},
        {"r_kind", tr("Tolerance kind"), fraction ? tr("fraction of the standard deviation") : tr("absolute"),
         fraction ? "fraction_of_sd" : "absolute"},
        {"r_absolute", tr("Tolerance r applied (absolute)"), QString::number(r.toleranceUsed, 'g', 10),
         csvNumber(r.toleranceUsed)},
        {"std_dev", tr("Standard deviation of the series"), QString::number(r.stdDev, 'g', 10),
         csvNumber(r.stdDev)},
        {"ddof", tr("ddof (divisor N - ddof)"), QString::number(o.ddof), QByteArray::number(o.ddof)},
        {"match_rule", tr("Match rule"),
         o.rule == MatchRule::LessOrEqual ? tr("|x_i - x_j| <= r") : tr("|x_i - x_j| < r"),
         o.rule == MatchRule::LessOrEqual ? "<=" : "<"},
        {"template_count", tr("Template count"),
         shared ? tr("shared starts: A and B over the same N - m lag templates")
                : tr("all templates: B over N - (m - 1) lag, A over N - m lag"),
         shared ? "shared_starts" : "all_templates"},
        {"templates_a", tr("Templates counted for A"), QString::number(r.templatesA), count(r.templatesA)},
        {"templates_b", tr("Templates counted for B"), QString::number(r.templatesB), count(r.templatesB)},
    };
    if (r.defined)
        m_rows.erase(m_rows.begin() + 1); // no reason to give
    markEmbeddingChoice(m_rows, embedding, "m", "lag");
    render();
}

QString quantityTableHtml(const std::vector<QuantityRow>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (std::size_t i = 0; i < rows.size(); ++i)
        html +=
            QStringLiteral("<tr><td>%1</td><td>%3%2%4</td></tr>")
                .arg(rows[i].quantity.toHtmlEscaped(), rows[i].value.toHtmlEscaped(),
                     i == 0 ? QStringLiteral("<b>") : QString(), i == 0 ? QStringLiteral("</b>") : QString());
    return html + QStringLiteral("</table>");
}

QString quantityValue(const std::vector<QuantityRow>& rows, const QByteArray& key)
{
    for (const QuantityRow& row : rows)
        if (row.key == key)
            return row.value;
    return {};
}

QByteArray quantityTableCsv(const std::vector<QuantityRow>& rows)
{
    QByteArray out = "quantity,value\n";
    for (const QuantityRow& row : rows) {
        QByteArray v = row.csvValue;
        if (v.contains(',') || v.contains('"'))
            v = '"' + v.replace("\"", "\"\"") + '"';
        out += row.key + ',' + v + '\n';
    }
    return out;
}

void markEmbeddingChoice(std::vector<QuantityRow>& rows, const EmbeddingChoice* choice,
                         const QByteArray& dimensionKey, const QByteArray& delayKey)
{
    if (!choice || choice->summary().empty())
        return;
    for (QuantityRow& row : rows) {
        if (row.key == dimensionKey && choice->request.dimensionRule != DimensionRule::Given)
            row.value = SampleEntropyView::tr("%1 (chosen by %2)")
                            .arg(row.value, QString::fromStdString(choice->dimensionRuleText()));
        if (row.key == delayKey && choice->request.delayRule != DelayRule::Given)
            row.value = SampleEntropyView::tr("%1 (chosen by %2)")
                            .arg(row.value, QString::fromStdString(choice->delayRuleText()));
    }
    const QString summary = QString::fromStdString(choice->summary());
    rows.push_back({"embedding", SampleEntropyView::tr("Chosen from the series"), summary, summary.toUtf8()});
}

void SampleEntropyView::render()
{
    QwtText text(m_rows.empty() ? QString() : quantityTableHtml(m_rows), QwtText::RichText);
    text.setRenderFlags(Qt::AlignLeft | Qt::AlignTop);
    m_table->setText(text);
    replot();
}

QString SampleEntropyView::valueOf(const QByteArray& key) const
{
    return quantityValue(m_rows, key);
}

QByteArray SampleEntropyView::toCsv() const
{
    return quantityTableCsv(m_rows);
}

} // namespace nd
