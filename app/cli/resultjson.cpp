#include "cli/resultjson.h"

#include "cli/clicommon.h"

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"

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
}

void insertNetworkSpectrum(QJsonObject& out, const NetworkSpectrumResult& r)
{
    insertReasonAndWarning(out, r);
    out.insert(QStringLiteral("radii_used"), jsonArray(r.radii));
    out.insert(QStringLiteral("diameter"), jsonNumber(r.diameter));
    out.insert(QStringLiteral("min_r_squared"), jsonNumber(r.minRSquared));
    out.insert(QStringLiteral("min_r_squared_q"), jsonNumber(r.minRSquaredQ));
}

} // namespace nd::cli
