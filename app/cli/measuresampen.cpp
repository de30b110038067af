// `neurodyn-cli measure sample_entropy`: sample entropy with every convention as an option.
#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"
#include "cli/measurespec.h"
#include "cli/measuretolerance.h"
#include "cli/resultjson.h"

#include "measures/sampleentropy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureSampEn".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureSampEn)
};

void addOptions(QCommandLineParser& p)
{
    addToleranceOptions(p);
    p.addOption({"lag",
                 Text::tr("Delay between template coordinates (default 1), or ami (the first minimum of the "
                          "average mutual information) or acf (the first zero of the autocorrelation)."),
                 Text::tr("TAU|ami|acf"), QStringLiteral("1")});
    p.addOption({"templates",
                 Text::tr("shared: A and B over the same N - m starts (default); all: B over every "
                          "length-m template."),
                 Text::tr("shared|all"), QStringLiteral("shared")});
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    SampleEntropyOptions o;
    ToleranceChoice t;
    if (!readToleranceOptions(p, t, error))
        return false;
    long threads = 0;
    DelayRule lagRule = DelayRule::Given;
    int lag = 1;
    if (!readDelayOption(p, "lag", 1, 1000000, lagRule, lag, error))
        return false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    const QString templates = p.value(QStringLiteral("templates"));
    if (templates != QLatin1String("shared") && templates != QLatin1String("all"))
        return error = Text::tr("--templates must be shared or all, not '%1'").arg(templates), false;
    o.m = t.m;
    o.r = t.r;
    o.ddof = t.ddof;
    o.lag = lag;
    o.threads = static_cast<int>(threads);
    o.toleranceKind = t.kind;
    o.rule = t.rule;
    const QString& mode = t.mode;
    const QString& match = t.match;
    o.templates =
        templates == QLatin1String("all") ? TemplateCount::AllTemplates : TemplateCount::SharedStarts;

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    EmbeddingChoice e;
    if (!chooseEmbeddingInto(series, {lagRule, o.lag, t.mRule, o.m, 1, 1000, "lag", "m"}, "value", e, out))
        return true;
    o.lag = e.delay;
    o.m = e.dimension;
    const SampleEntropyResult r = sampleEntropy(series, o);
    insertSampleEntropy(out, r);
    out.insert(QStringLiteral("settings"), QJsonObject{{"m", o.m},
                                                       {"r", o.r},
                                                       {"r_mode", mode},
                                                       {"ddof", o.ddof},
                                                       {"match", match},
                                                       {"lag", o.lag},
                                                       {"templates", templates}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec sampleEntropySpec()
{
    return {"sample_entropy",
            QT_TRANSLATE_NOOP("MeasureCommand", "sample entropy of one column {value, A, B}"),
            MeasureInput::Series,
            &addOptions,
            &run,
            nullptr,
            "value"};
}

} // namespace nd::cli
