// `neurodyn-cli measure permutation-entropy`: Bandt-Pompe permutation entropy, weighted or not,
// normalised or not.
#include "cli/clicommon.h"
#include "cli/entropyjson.h"
#include "cli/measurespec.h"

#include "measures/embedding.h"
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
    p.addOption({"order", Text::tr("Order d of the ordinal patterns, 2 to 8 (default 3)."), Text::tr("D"),
                 QStringLiteral("3")});
    p.addOption({"delay",
                 Text::tr("Delay tau between a pattern's samples (default 1), or ami: the first minimum of "
                          "the average mutual information (as measure embedding)."),
                 Text::tr("TAU|ami"), QStringLiteral("1")});
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
    long order = 0, delay = 0;
    if (!parseLong(p.value(QStringLiteral("order")), kMinPermutationOrder, kMaxPermutationOrder, order))
        return error = Text::tr("--order must be a whole number from 2 to 8"), false;
    const bool ami = p.value(QStringLiteral("delay")) == QLatin1String("ami");
    if (!ami && !parseLong(p.value(QStringLiteral("delay")), 1, 1000000, delay))
        return error = Text::tr("--delay must be a whole number from 1 to 1e6, or ami"), false;
    const QString normalise = p.value(QStringLiteral("normalise"));
    const QString weighted = p.value(QStringLiteral("weighted"));
    if (!yesNo(normalise, o.normalised))
        return error = Text::tr("--normalise must be yes or no, not '%1'").arg(normalise), false;
    if (!yesNo(weighted, o.weighted))
        return error = Text::tr("--weighted must be yes or no, not '%1'").arg(weighted), false;
    o.order = static_cast<int>(order);
    o.delay = static_cast<int>(delay);

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    if (ami) {
        const DelayResult chosen = chooseDelay(series);
        if (!chosen.defined) {
            out.insert(QStringLiteral("value"), QJsonValue());
            out.insert(QStringLiteral("reason"),
                       Text::tr("--delay ami chose no delay: %1").arg(QString::fromStdString(chosen.reason)));
            return true;
        }
        o.delay = chosen.delay;
        out.insert(QStringLiteral("delay_choice"),
                   QJsonObject{{"value", chosen.delay},
                               {"rule", QString::fromStdString(chosen.rule)},
                               {"conventions", QString::fromStdString(chosen.conventions)}});
    }
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
