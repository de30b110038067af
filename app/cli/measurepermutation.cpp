// `neurodyn-cli measure permutation-entropy`: Bandt-Pompe permutation entropy, weighted or not,
// normalised or not.
#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"
#include "cli/entropyjson.h"
#include "cli/measurespec.h"

#include "measures/permutationentropy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasurePermutation".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasurePermutation)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"order",
                 Text::tr("Order d of the ordinal patterns, 2 to 8 (default 3), or fnn (false nearest "
                          "neighbours) or cao (Cao's E1): the embedding dimension chosen from the series."),
                 Text::tr("D|fnn|cao"), QStringLiteral("3")});
    p.addOption(
        {"delay",
         Text::tr("Delay tau between a pattern's samples (default 1), or ami (the first minimum of "
                  "the average mutual information) or acf (the first zero of the autocorrelation), as "
                  "measure embedding chooses them."),
         Text::tr("TAU|ami|acf"), QStringLiteral("1")});
    p.addOption({"normalise", Text::tr("yes: divide by ln d! (default); no: the entropy in nats."),
                 Text::tr("yes|no"), QStringLiteral("yes")});
    p.addOption({"weighted",
                 Text::tr("no: every window counts once (default); yes: each window counts with the "
                          "variance of its values (Fadlallah et al. 2013)."),
                 Text::tr("yes|no"), QStringLiteral("no")});
}

bool yesNo(const QString& text, bool& out)
{
    out = text == QLatin1String("yes");
    return out || text == QLatin1String("no");
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    PermutationEntropyOptions o;
    DimensionRule orderRule = DimensionRule::Given;
    DelayRule delayRule = DelayRule::Given;
    if (!readDimensionOption(p, "order", kMinPermutationOrder, kMaxPermutationOrder, orderRule, o.order,
                             error) ||
        !readDelayOption(p, "delay", 1, 1000000, delayRule, o.delay, error))
        return false;
    const QString normalise = p.value(QStringLiteral("normalise"));
    const QString weighted = p.value(QStringLiteral("weighted"));
    if (!yesNo(normalise, o.normalised))
        return error = Text::tr("--normalise must be yes or no, not '%1'").arg(normalise), false;
    if (!yesNo(weighted, o.weighted))
        return error = Text::tr("--weighted must be yes or no, not '%1'").arg(weighted), false;
    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    EmbeddingChoice e;
    if (!chooseEmbeddingInto(series,
                             {delayRule, o.delay, orderRule, o.order, kMinPermutationOrder,
                              kMaxPermutationOrder, "delay", "order"},
                             "value", e, out))
        return true;
    o.delay = e.delay;
    o.order = e.dimension;
    const PermutationEntropyResult r = permutationEntropy(series, o);
    insertPermutationEntropy(out, r);
    out.insert(QStringLiteral("settings"),
               QJsonObject{
                   {"order", o.order}, {"delay", o.delay}, {"normalise", normalise}, {"weighted", weighted}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec permutationEntropySpec()
{
    return {
        "permutation_entropy",
        QT_TRANSLATE_NOOP("MeasureCommand", "permutation entropy of one column {value, pattern frequencies}"),
        MeasureInput::Series,
        &addOptions,
        &run,
        nullptr,
        "value"};
}

} // namespace nd::cli
