// `neurodyn-cli measure mse`: multiscale sample entropy (Costa or refined composite) over scales
// 1..S with sample entropy's conventions as options.
#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"
#include "cli/entropyjson.h"
#include "cli/measurespec.h"
#include "cli/measuretolerance.h"

#include "measures/multiscaleentropy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureMse".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureMse)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"scales", Text::tr("Scales 1..S of the coarse-graining (default 20)."), Text::tr("S"),
                 QStringLiteral("20")});
    p.addOption({"method",
                 Text::tr("costa: one coarse-grained series per scale (default); rcmse: refined composite, "
                          "A and B summed over the s shifted coarse-grained series."),
                 Text::tr("costa|rcmse"), QStringLiteral("costa")});
    p.addOption({"tolerance",
                 Text::tr("original: r from the original series' standard deviation at every scale "
                          "(default, Costa et al.); per-scale: from each coarse-grained series."),
                 Text::tr("original|per-scale"), QStringLiteral("original")});
    addToleranceOptions(p);
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    MultiscaleEntropyOptions o;
    ToleranceChoice t;
    if (!readToleranceOptions(p, t, error))
        return false;
    long scales = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("scales")), 1, 100000, scales))
        return error = Text::tr("--scales must be a whole number from 1 to 100000"), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    const QString method = p.value(QStringLiteral("method"));
    const QString tolerance = p.value(QStringLiteral("tolerance"));
    if (method != QLatin1String("costa") && method != QLatin1String("rcmse"))
        return error = Text::tr("--method must be costa or rcmse, not '%1'").arg(method), false;
    if (tolerance != QLatin1String("original") && tolerance != QLatin1String("per-scale"))
        return error = Text::tr("--tolerance must be original or per-scale, not '%1'").arg(tolerance), false;
    o.maxScale = static_cast<int>(scales);
    o.m = t.m;
    o.r = t.r;
    o.ddof = t.ddof;
    o.threads = static_cast<int>(threads);
    o.method = method == QLatin1String("rcmse") ? MseMethod::RefinedComposite : MseMethod::Costa;
    o.tolerancePerScale = tolerance == QLatin1String("per-scale");
    o.toleranceKind = t.kind;
    o.rule = t.rule;
    const QString& mode = t.mode;
    const QString& match = t.match;

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    EmbeddingChoice e;
    if (!chooseEmbeddingInto(series, {DelayRule::Given, 1, t.mRule, o.m, 1, 1000, "delay", "m"},
                             "complexity_index", e, out))
        return true;
    o.m = e.dimension;
    const MultiscaleEntropyResult r = multiscaleEntropy(series, o);
    insertMultiscaleEntropy(out, r);
    out.insert(QStringLiteral("settings"), QJsonObject{{"scales", o.maxScale},
                                                       {"method", method},
                                                       {"tolerance", tolerance},
                                                       {"m", o.m},
                                                       {"r", o.r},
                                                       {"r_mode", mode},
                                                       {"ddof", o.ddof},
                                                       {"match", match}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec multiscaleEntropySpec()
{
    return {"mse",
            QT_TRANSLATE_NOOP(
                "MeasureCommand",
                "multiscale sample entropy of one column {values per scale, A, B, complexity_index}"),
            MeasureInput::Series,
            &addOptions,
            &run,
            nullptr,
            "complexity_index"};
}

} // namespace nd::cli
