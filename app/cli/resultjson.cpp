#include "cli/resultjson.h"

#include "cli/clicommon.h"

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <QJsonArray>

#include <cmath>

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

// The fitting reports' warnings: kind, message, q (for one q's fit) and the number that shows it.
QJsonArray fitWarningsJson(const std::vector<FitWarning>& warnings, const char* breakKey)
{
    QJsonArray list;
    for (const FitWarning& w : warnings) {
        QJsonObject o{{"kind", QString::fromStdString(w.kind)},
                      {"message", QString::fromStdString(w.message)}};
        if (w.hasQ)
            o.insert(QStringLiteral("q"), jsonNumber(w.q));
        if (w.kind == "low_r_squared")
            o.insert(QStringLiteral("r_squared"), jsonNumber(w.value));
        else if (w.kind == "crossover")
            o.insert(QString::fromLatin1(breakKey), jsonNumber(w.value));
        else if (w.kind == "flat_segments")
            o.insert(QStringLiteral("segments"), jsonNumber(w.value));
        list.append(o);
    }
    return list;
}

// Per q: where one line gave way to two (exp of the break in the fit's x, times `unit`), null
// where no crossover was detected.
QJsonArray crossoverJson(const std::vector<CrossoverReport>& reports, double unit)
{
    QJsonArray list;
    for (const CrossoverReport& c : reports)
        list.append(c.detected ? jsonNumber(std::exp(c.breakX) * unit) : QJsonValue());
    return list;
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
    // h(2), the generalised Hurst exponent (the significance tests' other scalar).
    const MeasureValue h2 = mfdfaH(r, 2.0);
    out.insert(QStringLiteral("h2"), h2.defined ? jsonNumber(h2.value) : QJsonValue());
    if (!h2.defined)
        out.insert(QStringLiteral("h2_reason"), QString::fromStdString(h2.reason));
    out.insert(QStringLiteral("h_stderr"), jsonArray(r.hStdErr));
    out.insert(QStringLiteral("fit_scale_min"), static_cast<double>(r.fitScaleMin));
    out.insert(QStringLiteral("fit_scale_max"), static_cast<double>(r.fitScaleMax));
    out.insert(QStringLiteral("fit_points"), static_cast<double>(r.fitPoints));
    out.insert(QStringLiteral("near_zero_segments"), jsonCounts(r.nearZeroSegments));
    out.insert(QStringLiteral("crossover_scale"), crossoverJson(r.crossovers, 1.0));
    out.insert(QStringLiteral("warnings"), fitWarningsJson(r.warnings, "break_scale"));
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
    out.insert(QStringLiteral("tau_stderr"), jsonArray(r.tauStdErr));
    const bool fitted = !r.fits.empty();
    out.insert(QStringLiteral("fit_radius_min"), fitted ? jsonNumber(r.radii.front()) : QJsonValue());
    out.insert(QStringLiteral("fit_radius_max"), fitted ? jsonNumber(r.radii.back()) : QJsonValue());
    out.insert(QStringLiteral("fit_points"), fitted ? static_cast<double>(r.fits.front().points) : 0.0);
    out.insert(QStringLiteral("crossover_radius"), crossoverJson(r.crossovers, r.diameter));
    out.insert(QStringLiteral("warnings"), fitWarningsJson(r.warnings, "break_radius"));
    out.insert(QStringLiteral("method"), QString::fromLatin1(networkSpectrumMethodName(r.method)));
    out.insert(QStringLiteral("nodes_used"), static_cast<double>(r.nodesUsed));
    out.insert(QStringLiteral("d_q"), jsonArray(r.dq)); // null at q = 1 where D(q) = tau/(q-1) is 0/0
    out.insert(QStringLiteral("alpha_q"), jsonArray(r.alphaQ));
    out.insert(QStringLiteral("passes_filter"), r.passesFilter);
    out.insert(QStringLiteral("filter_reason"), QString::fromStdString(r.filterReason));
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
