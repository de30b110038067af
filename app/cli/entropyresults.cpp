// mse, permutation_entropy and apen results of `neurodyn-cli run` (with "significance" where the
// section asks for it): the result keys through the writer `neurodyn-cli measure` uses
// (entropyjson.h), the study's section as "settings", the series' source and conventions.
#include "cli/analysisresults.h"
#include "cli/clicommon.h"
#include "cli/entropyjson.h"
#include "cli/recurrencejson.h"
#include "cli/resultfiles.h"
#include "cli/seriestwin.h"

#include "compute/entropycompute.h"

namespace nd::cli {

namespace {

// The twin's common part: series, conventions (the measure's, then where the series came from)
// and the significance.
template <class Computation>
void insertCommon(QJsonObject& twin, const Computation& c, const std::string& conventions)
{
    twin.insert(QStringLiteral("series"), seriesSourceJson(c.source));
    twin.insert(QStringLiteral("conventions"),
                QString::fromStdString(conventions) + QStringLiteral("; ") + kTrajectorySeries);
    if (c.embedding)
        insertEmbeddingChoice(*c.embedding, twin);
    insertSignificance(twin, c.significance);
}

QByteArray count(std::uint64_t n)
{
    return QByteArray::number(static_cast<qulonglong>(n));
}

} // namespace

bool writeMultiscaleEntropy(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::MultiscaleEntropyComputation c =
        compute::multiscaleEntropy(study, context.plan.threads, context.progress);
    const MultiscaleEntropyResult& r = c.result;
    // One row per scale; with significance, the surrogates' mean and SD at that scale too.
    const bool band = !c.nullBand.empty();
    QByteArray csv = "scale,sample_entropy,A,B,length,series,r_used";
    csv += band ? ",null_mean,null_sd,null_defined\n" : "\n";
    for (std::size_t i = 0; i < r.scales.size(); ++i) {
        const MultiscaleEntropyScale& s = r.scales[i];
        QList<QByteArray> row{QByteArray::number(s.scale),
                              s.defined ? csvNumber(s.value) : QByteArray(),
                              count(s.a),
                              count(s.b),
                              count(s.length),
                              QByteArray::number(s.series),
                              csvNumber(s.toleranceUsed)};
        if (band) {
            const compute::MseNullScale& n = c.nullBand[i];
            row << (n.defined ? csvNumber(n.mean) : QByteArray())
                << (n.defined > 1 ? csvNumber(n.sd) : QByteArray()) << count(n.defined);
        }
        csv += csvLine(row);
    }
    QJsonObject twin = twinFor(study, QStringLiteral("mse"));
    insertMultiscaleEntropy(twin, r);
    insertCommon(twin, c, r.conventions);
    return writeResult(context, QStringLiteral("mse"), csv, twin, error) && writeFigures(context, c, error);
}

bool writePermutationEntropy(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::PermutationEntropyComputation c =
        compute::permutationEntropy(study, context.plan.threads, context.progress);
    const PermutationEntropyResult& r = c.result;
    // The pattern frequencies by Lehmer-code index (permutationentropy.h).
    QByteArray csv = "pattern,frequency\n";
    for (std::size_t i = 0; i < r.frequencies.size(); ++i)
        csv += csvLine({count(i), csvNumber(r.frequencies[i])});
    QJsonObject twin = twinFor(study, QStringLiteral("permutation_entropy"));
    insertPermutationEntropy(twin, r);
    insertCommon(twin, c, r.conventions);
    return writeResult(context, QStringLiteral("permutation_entropy"), csv, twin, error) &&
           writeFigures(context, c, error);
}

bool writeApproximateEntropy(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::ApproximateEntropyComputation c =
        compute::approximateEntropy(study, context.plan.threads, context.progress);
    const ApproximateEntropyResult& r = c.result;
    QByteArray csv = "m,r,r_used,sd,phi_m,phi_m1,templates_m,templates_m1,approximate_entropy\n";
    csv += csvLine({QByteArray::number(c.options.m), csvNumber(c.options.r), csvNumber(r.toleranceUsed),
                    csvNumber(r.stdDev), r.defined ? csvNumber(r.phiM) : QByteArray(),
                    r.defined ? csvNumber(r.phiM1) : QByteArray(), count(r.templatesM), count(r.templatesM1),
                    r.defined ? csvNumber(r.value) : QByteArray()});
    QJsonObject twin = twinFor(study, QStringLiteral("apen"));
    insertApproximateEntropy(twin, r);
    insertCommon(twin, c, r.conventions);
    return writeResult(context, QStringLiteral("apen"), csv, twin, error) && writeFigures(context, c, error);
}

} // namespace nd::cli
