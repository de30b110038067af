#include "cli/measuresignificance.h"

#include "cli/embeddingoptions.h"

#include "cli/clicommon.h"
#include "cli/progressbar.h"
#include "cli/significancejson.h"

#include "common/errors.h"
#include "measures/significance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureSignificance".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureSignificance)
};

const QString kSurrogates = QStringLiteral("surrogates");
const QString kCount = QStringLiteral("surrogate-count"); // also --count unless the measure has one
const QString kSeed = QStringLiteral("surrogate-seed");   // also --seed unless the measure has its own
const QString kTail = QStringLiteral("tail");
const QString kTolerance = QStringLiteral("iaaft-tolerance");
const QString kIterations = QStringLiteral("iaaft-max-iterations");
const QString kScalar = QStringLiteral("scalar");

// The scalars --scalar may name: the measure's default first, then its other choices.
QStringList scalarsOf(const MeasureSpec& spec)
{
    QStringList all{QLatin1String(spec.scalarKey)};
    if (spec.otherScalars)
        all += QString::fromLatin1(spec.otherScalars).split(QLatin1Char(','));
    return all;
}

// The scalar `key` of a measure's result: a number, or undefined with the result's reason
// ("<key>_reason" where the measure names one per value, else "reason").
MeasureValue scalarOf(const QJsonObject& result, const char* key)
{
    const QJsonValue v = result.value(QLatin1String(key));
    if (v.isDouble())
        return MeasureValue::of(v.toDouble());
    QString why = result.value(QLatin1String(key) + QStringLiteral("_reason")).toString();
    if (why.isEmpty())
        why = result.value(QStringLiteral("reason")).toString();
    if (why.isEmpty())
        why = QStringLiteral("%1 is not a number").arg(QLatin1String(key));
    return MeasureValue::undefined(why.toStdString());
}

// The options' values; false with `error` for a bad one.
bool parseOptions(const QCommandLineParser& p, const MeasureSpec& spec, SignificanceOptions& o,
                  QString& error)
{
    const QString kind = p.value(kSurrogates);
    if (!surrogateKindFromName(kind.toStdString(), o.surrogates.kind))
        return error = Text::tr("unknown surrogate kind '%1' (known: shuffle, ft, aaft, iaaft)").arg(kind),
               false;
    long count = 0, seed = 0, iterations = 0;
    if (!parseLong(p.value(kCount), 1, 1000000, count))
        return error = Text::tr("--surrogate-count must be a whole number from 1 to 1000000"), false;
    if (!parseLong(p.value(kSeed), 0, std::numeric_limits<long>::max(), seed))
        return error = Text::tr("--surrogate-seed must be a whole number >= 0"), false;
    if (!tailFromName(p.value(kTail).toStdString(), o.tail))
        return error = Text::tr("--tail must be greater, less or two-sided"), false;
    if (!parseDouble(p.value(kTolerance), o.surrogates.iaaftTolerance) || o.surrogates.iaaftTolerance < 0.0)
        return error = Text::tr("--iaaft-tolerance must be a number >= 0"), false;
    if (!parseLong(p.value(kIterations), 1, 1000000, iterations))
        return error = Text::tr("--iaaft-max-iterations must be a whole number from 1 to 1000000"), false;
    if (p.isSet(kScalar) && !scalarsOf(spec).contains(p.value(kScalar)))
        return error = Text::tr("--scalar must be one of %1 for measure '%2'")
                           .arg(scalarsOf(spec).join(QStringLiteral(", ")), QLatin1String(spec.name)),
               false;
    o.count = static_cast<std::size_t>(count);
    o.surrogates.seed = static_cast<std::uint64_t>(seed);
    o.surrogates.iaaftMaxIterations = static_cast<int>(iterations);
    return true;
}

} // namespace

void addSignificanceOptions(QCommandLineParser& p, const QString& command)
{
    // The short names --count and --seed only where the measure has no option (nor an old name
    // of one, kOptionAliases) of its own: the 0-1 test keeps --seed for its c draw and --count as
    // the old name of --c-count. --surrogate-count and --surrogate-seed work everywhere.
    QStringList taken = optionNamesOf(p.helpText());
    for (const OptionAlias& a : kOptionAliases)
        if (command == QLatin1String(a.command))
            taken << QStringLiteral("--") + QLatin1String(a.oldName);
    const auto names = [&taken](const QString& shortName, const QString& longName) {
        return taken.contains(QStringLiteral("--") + shortName) ? QStringList{longName}
                                                                : QStringList{shortName, longName};
    };
    p.addOption({kSurrogates,
                 Text::tr("Test the measure's scalar against surrogates of this kind: shuffle, ft, aaft or "
                          "iaaft (several columns: one permutation or phase set for all of them)."),
                 Text::tr("KIND")});
    p.addOption({names(QStringLiteral("count"), kCount), Text::tr("Number of surrogates (default 199)."),
                 Text::tr("N"), QStringLiteral("199")});
    p.addOption({names(QStringLiteral("seed"), kSeed), Text::tr("Seed of the surrogates (default 1)."),
                 Text::tr("S"), QStringLiteral("1")});
    p.addOption({kTail, Text::tr("Tail of the p-value: greater (default), less or two-sided."),
                 Text::tr("TAIL"), QStringLiteral("greater")});
    p.addOption(
        {kTolerance,
         Text::tr("IAAFT stops when its spectrum error changes by at most this fraction (default 1e-4)."),
         Text::tr("X"), QStringLiteral("1e-4")});
    p.addOption({kIterations, Text::tr("IAAFT iteration cap (default 1000)."), Text::tr("N"),
                 QStringLiteral("1000")});
    p.addOption({kScalar,
                 Text::tr("Which scalar of the result to test where a measure has several (mfdfa: width, the "
                          "default, or h2, h at q = 2)."),
                 Text::tr("KEY")});
}

bool significanceRequested(const QCommandLineParser& p, const MeasureSpec& spec, bool& requested,
                           QString& error)
{
    requested = p.isSet(kSurrogates);
    if (!requested) {
        for (const QString& o : {kCount, kSeed, kTail, kTolerance, kIterations, kScalar})
            if (p.isSet(o))
                return error = Text::tr("--%1 needs --surrogates KIND").arg(o), false;
        return true;
    }
    if (!spec.scalarKey || spec.input == MeasureInput::EdgeList)
        return error = Text::tr("measure '%1' has no scalar to test against surrogates")
                           .arg(QLatin1String(spec.name)),
               false;
    SignificanceOptions o;
    return parseOptions(p, spec, o, error);
}

bool runSignificance(const QCommandLineParser& p, const MeasureSpec& spec, const NumericTable& table,
                     const std::vector<int>& columns, QJsonObject& result, QString& error)
{
    SignificanceOptions o;
    if (!parseOptions(p, spec, o, error))
        return false;
    const QString kind = p.value(kSurrogates);
    const QString scalarKey = p.isSet(kScalar) ? p.value(kScalar) : QLatin1String(spec.scalarKey);
    const QByteArray scalarName = scalarKey.toLatin1();
    const char* scalar = scalarName.constData();
    // One surrogate after another: run() reads the shared parser, which Qt does not promise to be
    // safe from several threads, and every measure already spreads its own work over --threads.
    o.threads = 1;

    std::vector<std::vector<double>> channels;
    for (int c : columns)
        channels.push_back(table.columns[static_cast<std::size_t>(c)]);
    const MeasureValue observed = scalarOf(result, scalar);
    const auto measure = [&](const std::vector<std::vector<double>>& data) {
        if (data == channels)
            return observed;    // the input itself: its result is already at hand
        NumericTable t = table; // other columns (e.g. kuramoto_r's --y-columns) stay the input's
        for (std::size_t c = 0; c < columns.size(); ++c)
            t.columns[static_cast<std::size_t>(columns[c])] = data[c];
        QJsonObject r;
        QString why;
        try {
            if (!spec.run(p, t, columns, r, why))
                return MeasureValue::undefined(why.toStdString());
        } catch (const InputError& e) {
            return MeasureValue::undefined(e.what());
        }
        return scalarOf(r, scalar);
    };
    // The surrogates are measured at the delay and dimension the rules chose for the series.
    const FixedEmbedding fixed(result, scalar);
    ProgressBar bar(true); // draws only when stderr is a terminal
    bar.start(Text::tr("%1 %2 surrogates").arg(o.count).arg(kind));
    const SignificanceResult s = surrogateSignificance(channels, measure, o, &bar);
    bar.finish();

    result.insert(
        QStringLiteral("significance"),
        significanceJson(
            s, o, scalarKey, channels.size() > 1,
            QStringLiteral("the scalar \"%1\" of the measure's own run on each surrogate "
                           "table (only the measured columns replaced)%2")
                .arg(scalarKey, fixed.active() ? QStringLiteral(", at the delay and dimension the embedding "
                                                                "rules chose for the series (not re-applied)")
                                               : QString())));
    return true;
}

} // namespace nd::cli
