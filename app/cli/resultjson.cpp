#include "cli/resultjson.h"

#include "cli/clicommon.h"

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <QJsonArray>

namespace nd::cli {

namespace {

// The engine's reason for an undefined result, and its warning, where there are any.
template <class Result> void insertReasonAndWarning(QJsonObject& out, const Result& r)
{
    if (!r.defined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    if (!r.warning.empty())
        out.insert(QStringLiteral("warning"), QString::fromStdString(r.warning));
}

} // namespace

void insertSampleEntropy(QJsonObject& out, const SampleEntropyResult& r)
{
    out.insert(QStringLiteral("value"), r.defined ? jsonNumber(r.value) : QJsonValue());
    if (!r.defined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    out.insert(QStringLiteral("A"), static_cast<double>(r.a));
    out.insert(QStringLiteral("B"), static_cast<double>(r.b));
    out.insert(QStringLiteral("templates_A"), static_cast<double>(r.templatesA));
    out.insert(QStringLiteral("templates_B"), static_cast<double>(r.templatesB));
    out.insert(QStringLiteral("r_used"), jsonNumber(r.toleranceUsed));
    out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
}

void insertMfdfa(QJsonObject& out, const MfdfaResult& r)
{
    insertReasonAndWarning(out, r);
    out.insert(QStringLiteral("q"), jsonArray(r.q));
    out.insert(QStringLiteral("h"), jsonArray(r.h));
    out.insert(QStringLiteral("r_squared"), jsonArray(r.rSquared));
    out.insert(QStringLiteral("scales_used"), jsonCounts(r.scales));
    out.insert(QStringLiteral("segments"), jsonCounts(r.segments));
    out.insert(QStringLiteral("zero_variance_segments"), jsonCounts(r.zeroVarianceSegments));
    out.insert(QStringLiteral("log_fq"), jsonMatrix(r.logFq));
    out.insert(QStringLiteral("width"), r.defined ? jsonNumber(r.width) : QJsonValue());
}

void insertNetworkSpectrum(QJsonObject& out, const NetworkSpectrumResult& r)
{
    insertReasonAndWarning(out, r);
    out.insert(QStringLiteral("radii_used"), jsonArray(r.radii));
    out.insert(QStringLiteral("diameter"), jsonNumber(r.diameter));
    out.insert(QStringLiteral("min_r_squared"), jsonNumber(r.minRSquared));
    out.insert(QStringLiteral("min_r_squared_q"), jsonNumber(r.minRSquaredQ));
    out.insert(QStringLiteral("alpha_0"), r.defined ? jsonNumber(r.alpha0) : QJsonValue());
    out.insert(QStringLiteral("width"), r.defined ? jsonNumber(r.width) : QJsonValue());
}

void insertZeroOne(QJsonObject& out, const ZeroOneResult& r)
{
    out.insert(QStringLiteral("K"), r.defined ? jsonNumber(r.k) : QJsonValue());
    insertReasonAndWarning(out, r);
    out.insert(QStringLiteral("n_cut"), static_cast<double>(r.nCut));
    out.insert(QStringLiteral("oversampling_ratio"), jsonNumber(r.oversamplingRatio));
    out.insert(QStringLiteral("oversampled"), r.oversampled);
}

void insertCrossCorrelation(QJsonObject& out, const CrossCorrelationResult& r)
{
    QJsonArray matrix;
    for (std::size_t i = 0; i < r.nodes; ++i) {
        QJsonArray row;
        for (std::size_t j = 0; j < r.nodes; ++j)
            row.append(r.pairDefined[i * r.nodes + j] ? jsonNumber(r.matrix[i * r.nodes + j]) : QJsonValue());
        matrix.append(row);
    }
    out.insert(QStringLiteral("cross_correlation_matrix"), matrix);
    out.insert(QStringLiteral("cross_correlation_mean"), r.meanDefined ? jsonNumber(r.mean) : QJsonValue());
    out.insert(QStringLiteral("defined_pairs"), static_cast<double>(r.definedPairs));
}

void insertKuramoto(QJsonObject& out, const PhaseMatrix& phases, const KuramotoResult* order)
{
    out.insert(QStringLiteral("order_parameter_mean"), order ? jsonNumber(order->mean) : QJsonValue());
    out.insert(QStringLiteral("order_parameter_sd"), order ? jsonNumber(order->stdDev) : QJsonValue());
    if (!order)
        return;
    out.insert(QStringLiteral("phase_first_sample"), static_cast<double>(phases.firstSample));
    out.insert(QStringLiteral("phase_samples"), static_cast<double>(phases.samples));
    out.insert(QStringLiteral("local_half_width"), order->localHalfWidth);
}

} // namespace nd::cli
