// `neurodyn-cli measure embedding`: the delay (first minimum of the mutual information, or first
// zero of the autocorrelation, or given) and the dimension (false nearest neighbours and Cao's
// E1/E2) for embedding one column. It reports choices, not a quantity of the dynamics, so it
// names no scalar for --surrogates: a chosen dimension is a small integer whose surrogate values
// mostly tie with it, and the question "is there determinism" is answered by Cao's E2 and the
// false-neighbour fractions it prints.
#include "cli/clicommon.h"
#include "cli/measurespec.h"
#include "cli/recurrencejson.h"


#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureEmbedding".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureEmbedding)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"delay",
                 Text::tr("ami: the first minimum of the average mutual information (default); acf: the "
                          "first zero of the autocorrelation; or a whole number tau >= 1."),
                 Text::tr("ami|acf|TAU"), QStringLiteral("ami")});
    p.addOption({"max-lag", Text::tr("Largest lag for the delay choice; 0: min(N/4, 1000) (default)."),
                 Text::tr("LAGS"), QStringLiteral("0")});
    p.addOption(
        {"bins",
         Text::tr("Bins per axis of the mutual information's histogram (B-spline weights); 0: Sturges' "
                  "ceil(log2 N) + 1, at most 64 (default)."),
         Text::tr("B"), QStringLiteral("0")});
    p.addOption({"max-dimension", Text::tr("Dimensions 1..M are tested, M from 1 to 30 (default 10)."),
                 Text::tr("M"), QStringLiteral("10")});
    p.addOption({"theiler",
                 Text::tr("Theiler window: neighbours closer in time than this are skipped (default 0)."),
                 Text::tr("W"), QStringLiteral("0")});
    p.addOption({"rtol",
                 Text::tr("Kennel's R_tol: distance growth that makes a neighbour false (default 10)."),
                 Text::tr("R"), QStringLiteral("10")});
    p.addOption({"atol", Text::tr("Kennel's A_tol: new distance over the standard deviation (default 2)."),
                 Text::tr("A"), QStringLiteral("2")});
    p.addOption(
        {"fnn-threshold",
         Text::tr("The chosen dimension is the first whose false fraction is below this (default 0.01)."),
         Text::tr("F"), QStringLiteral("0.01")});
    p.addOption({"cao-threshold",
                 Text::tr("Cao's chosen dimension is the first d with E1(d) at or above this (default 0.9)."),
                 Text::tr("E"), QStringLiteral("0.9")});
    p.addOption({"cao-plateau",
                 Text::tr("Cao's dimension is also chosen where E1 stops changing: E1(d) >= 0.5 and it moves "
                          "by at most this to d + 1 and d + 2 (default 0.05; 0: threshold only)."),
                 Text::tr("P"), QStringLiteral("0.05")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    EmbeddingSettings o;
    DelayOptions& d = o.delayOptions;
    long maxLag = 0, bins = 0, maxDimension = 0, theiler = 0, fixedDelay = 0;
    const QString delay = p.value(QStringLiteral("delay"));
    const bool given = delay != QLatin1String("ami") && delay != QLatin1String("acf");
    if (given && !parseLong(delay, 1, 1000000, fixedDelay))
        return error =
                   Text::tr("--delay must be ami, acf or a whole number from 1 to 1e6, not '%1'").arg(delay),
               false;
    o.delayRule = given                           ? DelayRule::Given
                  : delay == QLatin1String("acf") ? DelayRule::Autocorrelation
                                                  : DelayRule::MutualInformation;
    d.method = delay == QLatin1String("acf") ? DelayMethod::Autocorrelation : DelayMethod::MutualInformation;
    if (!parseLong(p.value(QStringLiteral("max-lag")), 0, 1000000, maxLag))
        return error = Text::tr("--max-lag must be a whole number from 0 to 1e6"), false;
    if (!parseLong(p.value(QStringLiteral("bins")), 0, 1024, bins) || bins == 1 || bins == 2)
        return error = Text::tr("--bins must be 0 or a whole number from 3 to 1024"), false;
    if (!parseLong(p.value(QStringLiteral("max-dimension")), 1, 30, maxDimension))
        return error = Text::tr("--max-dimension must be a whole number from 1 to 30"), false;
    if (!parseLong(p.value(QStringLiteral("theiler")), 0, 1000000, theiler))
        return error = Text::tr("--theiler must be a whole number from 0 to 1e6"), false;
    const auto positive = [&p](const char* name, double& value) {
        return parseDouble(p.value(QString::fromLatin1(name)), value) && value > 0;
    };
    if (!positive("rtol", o.rTol) || !positive("atol", o.aTol))
        return error = Text::tr("--rtol and --atol must be numbers > 0"), false;
    if (!positive("fnn-threshold", o.fnnThreshold) || !positive("cao-threshold", o.caoThreshold))
        return error = Text::tr("--fnn-threshold and --cao-threshold must be numbers > 0"), false;
    if (!parseDouble(p.value(QStringLiteral("cao-plateau")), o.caoPlateau) || o.caoPlateau < 0.0 ||
        o.caoPlateau > 1.0)
        return error = Text::tr("--cao-plateau must be a number from 0 (off) to 1"), false;
    d.maxLag = static_cast<int>(maxLag);
    d.bins = static_cast<int>(bins);
    o.maxDimension = static_cast<int>(maxDimension);
    o.theilerWindow = static_cast<int>(theiler);
    o.delay = given ? static_cast<int>(fixedDelay) : 1;
    // The same computation and JSON as `run`'s embedding.json (app/cli/recurrencejson.h).
    insertEmbedding(compute::embeddingOfSeries(table.columns[static_cast<std::size_t>(columns.front())], o), out);
    return true;
}

} // namespace

MeasureSpec embeddingSpec()
{
    return {"embedding",
            QT_TRANSLATE_NOOP(
                "MeasureCommand",
                "delay and dimension for embedding one column {delay, fnn, cao: chosen values and curves}"),
            MeasureInput::Series,
            &addOptions,
            &run,
            nullptr,
            nullptr};
}

} // namespace nd::cli
