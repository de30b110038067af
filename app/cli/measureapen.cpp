// `neurodyn-cli measure apen`: approximate entropy (Pincus 1991) with sample entropy's tolerance
// and match options.
#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"
#include "cli/entropyjson.h"
#include "cli/measurespec.h"
#include "cli/measuretolerance.h"

#include "measures/approximateentropy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    addToleranceOptions(p);
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    ApproximateEntropyOptions o;
    ToleranceChoice t;
    if (!readToleranceOptions(p, t, error))
        return false;
    o.m = t.m;
    o.r = t.r;
    o.ddof = t.ddof;
    o.toleranceKind = t.kind;
    o.rule = t.rule;
    const QString& mode = t.mode;
    const QString& match = t.match;

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    EmbeddingChoice e;
    if (!chooseEmbeddingInto(series, {DelayRule::Given, 1, t.mRule, o.m, 1, 1000, "delay", "m"}, "value", e,
                             out))
        return true;
    o.m = e.dimension;
    const ApproximateEntropyResult r = approximateEntropy(series, o);
    insertApproximateEntropy(out, r);
    out.insert(QStringLiteral("settings"),
               QJsonObject{{"m", o.m}, {"r", o.r}, {"r_mode", mode}, {"ddof", o.ddof}, {"match", match}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec approximateEntropySpec()
{
    return {"apen",
            QT_TRANSLATE_NOOP("MeasureCommand", "approximate entropy of one column {value, Phi_m, Phi_m+1}"),
            MeasureInput::Series,
            &addOptions,
            &run,
            nullptr,
            "value"};
}

} // namespace nd::cli
