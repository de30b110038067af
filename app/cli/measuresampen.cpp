// `neurodyn-cli measure sample_entropy`: sample entropy with every convention as an option.
#include "cli/clicommon.h"
#include "cli/measurespec.h"
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
    p.addOption({"m", Text::tr("Template length m >= 1 (default 2)."), Text::tr("M"), QStringLiteral("2")});
    p.addOption({"r", Text::tr("Tolerance r > 0 (default 0.2)."), Text::tr("R"), QStringLiteral("0.2")});
    p.addOption({"r-mode",
                 Text::tr("sd: r is a fraction of the standard deviation (default); abs: absolute."),
                 Text::tr("sd|abs"), QStringLiteral("sd")});
    p.addOption({"ddof", Text::tr("Standard deviation divisor N - ddof, 0 (default) or 1."), Text::tr("0|1"),
                 QStringLiteral("0")});
    p.addOption({"match", Text::tr("Match rule: le (distance <= r, default) or lt (< r)."), Text::tr("le|lt"),
                 QStringLiteral("le")});
    p.addOption({"lag", Text::tr("Delay between template coordinates (default 1)."), Text::tr("TAU"),
                 QStringLiteral("1")});
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
    long m = 0, ddof = 0, lag = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("m")), 1, 1000, m))
        return error = Text::tr("--m must be a whole number from 1 to 1000"), false;
    if (!parseDouble(p.value(QStringLiteral("r")), o.r) || !(o.r > 0))
        return error = Text::tr("--r must be a positive number"), false;
    if (!parseLong(p.value(QStringLiteral("ddof")), 0, 1, ddof))
        return error = Text::tr("--ddof must be 0 or 1"), false;
    if (!parseLong(p.value(QStringLiteral("lag")), 1, 1000000, lag))
        return error = Text::tr("--lag must be a whole number from 1 to 1e6"), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    const QString mode = p.value(QStringLiteral("r-mode"));
    const QString match = p.value(QStringLiteral("match"));
    const QString templates = p.value(QStringLiteral("templates"));
    if (mode != QLatin1String("sd") && mode != QLatin1String("abs"))
        return error = Text::tr("--r-mode must be sd or abs, not '%1'").arg(mode), false;
    if (match != QLatin1String("le") && match != QLatin1String("lt"))
        return error = Text::tr("--match must be le or lt, not '%1'").arg(match), false;
    if (templates != QLatin1String("shared") && templates != QLatin1String("all"))
        return error = Text::tr("--templates must be shared or all, not '%1'").arg(templates), false;
    o.m = static_cast<int>(m);
    o.ddof = static_cast<int>(ddof);
    o.lag = static_cast<int>(lag);
    o.threads = static_cast<int>(threads);
    o.toleranceKind =
        mode == QLatin1String("abs") ? ToleranceKind::Absolute : ToleranceKind::FractionOfStdDev;
    o.rule = match == QLatin1String("lt") ? MatchRule::Less : MatchRule::LessOrEqual;
    o.templates =
        templates == QLatin1String("all") ? TemplateCount::AllTemplates : TemplateCount::SharedStarts;

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
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
            MeasureInput::Series, &addOptions, &run, nullptr, "value"};
}

} // namespace nd::cli
