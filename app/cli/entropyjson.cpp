#include "cli/entropyjson.h"

#include "cli/clicommon.h"

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nd::cli {

void insertMultiscaleEntropy(QJsonObject& out, const MultiscaleEntropyResult& r)
{
    QJsonArray values, perScale;
    for (const MultiscaleEntropyScale& s : r.scales) {
        const QJsonValue value = s.defined ? jsonNumber(s.value) : QJsonValue();
        values.append(value);
        QJsonObject one{{"scale", s.scale},
                        {"value", value},
                        {"A", static_cast<double>(s.a)},
                        {"B", static_cast<double>(s.b)},
                        {"length", static_cast<double>(s.length)},
                        {"series", s.series},
                        {"r_used", jsonNumber(s.toleranceUsed)}};
        if (!s.defined)
            one.insert(QStringLiteral("reason"), QString::fromStdString(s.reason));
        perScale.append(one);
    }
    out.insert(QStringLiteral("values"), values);
    out.insert(QStringLiteral("scales"), perScale);
    out.insert(QStringLiteral("complexity_index"),
               r.complexityDefined ? jsonNumber(r.complexityIndex) : QJsonValue());
    if (!r.complexityDefined)
        out.insert(
            QStringLiteral("reason"),
            QCoreApplication::translate("MeasureMse", "the complexity index needs every scale defined"));
    out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
}

void insertPermutationEntropy(QJsonObject& out, const PermutationEntropyResult& r)
{
    out.insert(QStringLiteral("value"), r.defined ? jsonNumber(r.value) : QJsonValue());
    if (!r.defined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    out.insert(QStringLiteral("windows"), static_cast<double>(r.windows));
    out.insert(QStringLiteral("patterns_seen"), static_cast<double>(r.patternsSeen));
    out.insert(QStringLiteral("patterns_missing"), static_cast<double>(r.patternsMissing));
    out.insert(QStringLiteral("max_entropy"), jsonNumber(r.maxEntropy));
    out.insert(QStringLiteral("finite_size_bias"), jsonNumber(r.finiteSizeBias));
    if (!r.warning.empty())
        out.insert(QStringLiteral("warning"), QString::fromStdString(r.warning));
    out.insert(QStringLiteral("frequencies"), jsonArray(r.frequencies));
}

void insertApproximateEntropy(QJsonObject& out, const ApproximateEntropyResult& r)
{
    out.insert(QStringLiteral("value"), r.defined ? jsonNumber(r.value) : QJsonValue());
    if (!r.defined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    out.insert(QStringLiteral("phi_m"), r.defined ? jsonNumber(r.phiM) : QJsonValue());
    out.insert(QStringLiteral("phi_m1"), r.defined ? jsonNumber(r.phiM1) : QJsonValue());
    out.insert(QStringLiteral("templates_m"), static_cast<double>(r.templatesM));
    out.insert(QStringLiteral("templates_m1"), static_cast<double>(r.templatesM1));
    out.insert(QStringLiteral("r_used"), jsonNumber(r.toleranceUsed));
    out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
}

} // namespace nd::cli
