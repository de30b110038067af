#include "plots/entropyviews.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <QPen>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_intervalcurve.h>
#include <qwt_plot_textlabel.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>

namespace nd {

namespace {

QByteArray count(std::uint64_t n)
{
    return QByteArray::number(static_cast<qulonglong>(n));
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QwtPlotCurve* newCurve(QwtPlot* plot, const QPen& pen, QwtSymbol* symbol)
{
    auto* c = new QwtPlotCurve;
    c->setPen(pen);
    if (symbol)
        c->setSymbol(symbol);
    c->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    c->attach(plot);
    return c;
}

} // namespace

MultiscaleEntropyView::MultiscaleEntropyView(QWidget* parent)
    : QwtPlot(parent),
      m_curve(
          newCurve(this, QPen(QColor(20, 60, 160), 2),
                   new QwtSymbol(QwtSymbol::Ellipse, QBrush(QColor(20, 60, 160)), Qt::NoPen, QSize(7, 7)))),
      m_undefined(
          newCurve(this, QPen(Qt::NoPen),
                   new QwtSymbol(QwtSymbol::XCross, QBrush(), QPen(QColor(200, 60, 30), 2), QSize(9, 9)))),
      m_nullMean(newCurve(this, QPen(QColor(110, 110, 110), 1.5, Qt::DashLine), nullptr)),
      m_nullBand(new QwtPlotIntervalCurve)
{
    applyPlotStyle(this);
    m_undefined->setStyle(QwtPlotCurve::NoCurve);
    m_nullBand->setBrush(QColor(110, 110, 110, 60));
    m_nullBand->setPen(QPen(Qt::NoPen));
    m_nullBand->attach(this);
    m_nullBand->setZ(m_curve->z() - 1);
    insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    retranslateWith(this, [this] {
        setAxisTitle(QwtAxis::XBottom, tr("scale"));
        setAxisTitle(QwtAxis::YLeft, tr("sample entropy"));
        m_curve->setTitle(tr("series"));
        m_undefined->setTitle(tr("undefined scale"));
        m_nullMean->setTitle(tr("surrogates: mean"));
        m_nullBand->setTitle(tr("surrogates: mean +- SD"));
        setToolTip(tr("Multiscale entropy: the sample entropy of the coarse-grained series at each scale s "
                      "(means of s consecutive samples; refined composite: the A and B counts of the s "
                      "shifted coarse-grained series summed). White noise falls with the scale, 1/f noise "
                      "stays roughly level (Costa et al. 2002)"));
        if (hasData())
            render();
        else
            setTitle(wrappedText(tr("Multiscale entropy")));
    });
}

std::size_t MultiscaleEntropyView::curvePoints() const
{
    return m_curve->dataSize();
}

void MultiscaleEntropyView::setMessage(const QString& message)
{
    m_result = {};
    m_band.clear();
    render();
    setPlotMessage(this, message);
}

void MultiscaleEntropyView::setResult(const MultiscaleEntropyResult& result,
                                      const MultiscaleEntropyOptions& options,
                                      const std::vector<NullScale>& band)
{
    setPlotMessage(this, {});
    m_result = result;
    m_options = options;
    m_band = band;
    render();
}

void MultiscaleEntropyView::render()
{
    QVector<QPointF> observed, undefined, mean;
    QVector<QwtIntervalSample> spread;
    for (const MultiscaleEntropyScale& s : m_result.scales)
        if (s.defined)
            observed << QPointF(s.scale, s.value);
        else
            undefined << QPointF(s.scale, 0.0);
    for (const NullScale& n : m_band)
        if (n.defined > 0) {
            mean << QPointF(n.scale, n.mean);
            spread << QwtIntervalSample(n.scale, n.mean - n.sd, n.mean + n.sd);
        }
    m_curve->setSamples(observed);
    m_undefined->setSamples(undefined);
    m_nullMean->setSamples(mean);
    m_nullBand->setSamples(spread);
    m_undefined->setItemAttribute(QwtPlotItem::Legend, !undefined.isEmpty());
    m_nullMean->setItemAttribute(QwtPlotItem::Legend, !mean.isEmpty());
    m_nullBand->setItemAttribute(QwtPlotItem::Legend, !spread.isEmpty());
    if (m_result.scales.empty())
        setTitle(wrappedText(tr("Multiscale entropy")));
    else
        setTitle(wrappedText(
            tr("Multiscale entropy (%1, m = %2, r = %3): complexity index %4")
                .arg(m_options.method == MseMethod::Costa ? tr("Costa") : tr("refined composite"))
                .arg(m_options.m)
                .arg(m_options.toleranceKind == ToleranceKind::FractionOfStdDev
                         ? tr("%1 SD").arg(number(m_options.r))
                         : number(m_options.r))
                .arg(m_result.complexityDefined ? number(m_result.complexityIndex) : tr("undefined"))));
    replot();
}

QByteArray MultiscaleEntropyView::toCsv() const
{
    const bool band = !m_band.empty();
    QByteArray out = band ? "scale,sample_entropy,null_mean,null_sd\n" : "scale,sample_entropy\n";
    for (std::size_t i = 0; i < m_result.scales.size(); ++i) {
        const MultiscaleEntropyScale& s = m_result.scales[i];
        out += QByteArray::number(s.scale) + ',' + (s.defined ? csvNumber(s.value) : QByteArray());
        if (band && i < m_band.size())
            out += ',' + (m_band[i].defined ? csvNumber(m_band[i].mean) : QByteArray()) + ',' +
                   (m_band[i].defined > 1 ? csvNumber(m_band[i].sd) : QByteArray());
        out += '\n';
    }
    return out;
}

EntropyTableView::EntropyTableView(QWidget* parent) : QwtPlot(parent), m_table(new QwtPlotTextLabel)
{
    setCanvasBackground(Qt::white);
    for (int axis : {QwtAxis::XBottom, QwtAxis::YLeft, QwtAxis::XTop, QwtAxis::YRight})
        setAxisVisible(axis, false);
    m_table->attach(this);
    retranslateWith(this, [this] {
        setTitle(wrappedText(m_kind == 2 ? tr("Approximate entropy") : tr("Permutation entropy")));
    });
}

void EntropyTableView::setMessage(const QString& message)
{
    m_rows.clear();
    render();
    setPlotMessage(this, message);
}

void EntropyTableView::setPermutationEntropy(const PermutationEntropyResult& r,
                                             const PermutationEntropyOptions& o,
                                             const EmbeddingChoice* embedding)
{
    setPlotMessage(this, {});
    m_kind = 1;
    setTitle(wrappedText(tr("Permutation entropy")));
    setToolTip(
        tr("Permutation entropy (Bandt and Pompe 2002): the Shannon entropy of the ordinal patterns of "
           "d samples tau apart; ties rank the earlier sample as the smaller"));
    const QString reason = QString::fromStdString(r.reason);
    m_rows = {
        {"permutation_entropy", tr("Permutation entropy"),
         r.defined ? (o.normalised ? tr("%1 (fraction of ln d!)") : tr("%1 nats")).arg(number(r.value))
                   : tr("undefined: %1").arg(reason),
         r.defined ? csvNumber(r.value) : QByteArray()},
        {"reason", tr("Reason"), r.defined ? QString() : reason, r.reason.c_str()},
        {"order", tr("Order d"), QString::number(o.order), QByteArray::number(o.order)},
        {"delay", tr("Delay tau"), QString::number(o.delay), QByteArray::number(o.delay)},
        {"weighted", tr("Weighting"),
         o.weighted ? tr("each window by its variance (Fadlallah et al. 2013)")
                    : tr("none: every window once"),
         o.weighted ? "variance" : "none"},
        {"normalised", tr("Normalised"), o.normalised ? tr("yes: divided by ln d!") : tr("no: nats"),
         o.normalised ? "yes" : "no"},
        {"ties", tr("Ties"), tr("the earlier sample ranks as the smaller"), "earlier-smaller"},
        {"windows", tr("Windows"), QString::number(r.windows), count(r.windows)},
        {"patterns_seen", tr("Patterns seen"), QString::number(r.patternsSeen), count(r.patternsSeen)},
        {"patterns_missing", tr("Patterns missing"), QString::number(r.patternsMissing),
         count(r.patternsMissing)},
        {"max_entropy", tr("ln d! (nats)"), number(r.maxEntropy), csvNumber(r.maxEntropy)},
        {"finite_size_bias", tr("Expected finite-size bias"), number(r.finiteSizeBias),
         csvNumber(r.finiteSizeBias)},
    };
    if (r.defined)
        m_rows.erase(m_rows.begin() + 1);
    // Under the value, where it is read with it; short, as the table does not wrap (the windows
    // are a row below, and the CSV keeps the engine's whole message with its remedy).
    if (!r.warning.empty())
        m_rows.insert(m_rows.begin() + 1, {"warning", tr("Warning"),
                                           tr("biased low: fewer than %1 windows per possible pattern (d!)")
                                               .arg(kPermutationWindowsPerPattern),
                                           r.warning.c_str()});
    markEmbeddingChoice(m_rows, embedding, "order", "delay");
    render();
}

void EntropyTableView::setApproximateEntropy(const ApproximateEntropyResult& r,
                                             const ApproximateEntropyOptions& o,
                                             const EmbeddingChoice* embedding)
{
    setPlotMessage(this, {});
    m_kind = 2;
    setTitle(wrappedText(tr("Approximate entropy")));
    setToolTip(tr("Approximate entropy (Pincus 1991): ApEn = Phi_m - Phi_m+1, Phi_k the mean log fraction of "
                  "length-k templates within r of each template, self-match included"));
    const bool fraction = o.toleranceKind == ToleranceKind::FractionOfStdDev;
    const QString reason = QString::fromStdString(r.reason);
    m_rows = {
        {"approximate_entropy", tr("Approximate entropy"),
         r.defined ? number(r.value) : tr("undefined: %1").arg(reason),
         r.defined ? csvNumber(r.value) : QByteArray()},
        {"reason", tr("Reason"), r.defined ? QString() : reason, r.reason.c_str()},
        {"phi_m", tr("Phi_m"), r.defined ? number(r.phiM) : QString(),
         r.defined ? csvNumber(r.phiM) : QByteArray()},
        {"phi_m1", tr("Phi_m+1"), r.defined ? number(r.phiM1) : QString(),
         r.defined ? csvNumber(r.phiM1) : QByteArray()},
        {"m", tr("Template length m"), QString::number(o.m), QByteArray::number(o.m)},
        {"r_given", tr("Tolerance r as given"),
         fraction ? tr("%1 x standard deviation").arg(number(o.r)) : tr("%1 (absolute)").arg(number(o.r)),
         csvNumber(o.r)},
        {"r_absolute", tr("Tolerance r applied (absolute)"), number(r.toleranceUsed),
         csvNumber(r.toleranceUsed)},
        {"std_dev", tr("Standard deviation of the series"), number(r.stdDev), csvNumber(r.stdDev)},
        {"ddof", tr("ddof (divisor N - ddof)"), QString::number(o.ddof), QByteArray::number(o.ddof)},
        {"match_rule", tr("Match rule"),
         o.rule == MatchRule::LessOrEqual ? tr("|x_i - x_j| <= r") : tr("|x_i - x_j| < r"),
         o.rule == MatchRule::LessOrEqual ? "<=" : "<"},
        {"self_matches", tr("Self-matches"), tr("included (as Pincus defines it)"), "included"},
        {"templates_m", tr("Templates of length m"), QString::number(r.templatesM), count(r.templatesM)},
        {"templates_m1", tr("Templates of length m + 1"), QString::number(r.templatesM1),
         count(r.templatesM1)},
    };
    if (r.defined)
        m_rows.erase(m_rows.begin() + 1);
    markEmbeddingChoice(m_rows, embedding, "m", "delay");
    render();
}

void EntropyTableView::render()
{
    QwtText text(m_rows.empty() ? QString() : quantityTableHtml(m_rows), QwtText::RichText);
    text.setRenderFlags(Qt::AlignLeft | Qt::AlignTop);
    m_table->setText(text);
    replot();
}

QString EntropyTableView::valueOf(const QByteArray& key) const
{
    return quantityValue(m_rows, key);
}

QByteArray EntropyTableView::toCsv() const
{
    return quantityTableCsv(m_rows);
}

} // namespace nd
