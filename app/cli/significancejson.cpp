#include "cli/significancejson.h"

#include "cli/clicommon.h"

#include <QJsonArray>

#include <algorithm>

namespace nd::cli {

namespace {

QJsonValue valueOrNull(const MeasureValue& v)
{
    return v.defined ? jsonNumber(v.value) : QJsonValue();
}

} // namespace

QJsonObject significanceJson(const SignificanceResult& s, const SignificanceOptions& o, const QString& scalar,
                             bool multivariate, const QString& measuredHow)
{
    QJsonObject out{{"kind", QLatin1String(surrogateKindName(o.surrogates.kind))},
                    {"count", static_cast<double>(o.count)},
                    {"seed", static_cast<double>(o.surrogates.seed)},
                    {"tail", QLatin1String(tailName(o.tail))},
                    {"scalar", scalar},
                    {"multivariate", multivariate},
                    {"observed", valueOrNull(s.observed)},
                    {"p_value", s.pDefined ? jsonNumber(s.pValue) : QJsonValue()}};
    if (!s.pDefined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(s.reason));
    const bool any = s.null.defined > 0;
    const auto stat = [any](double v) { return any ? jsonNumber(v) : QJsonValue(); };
    out.insert(QStringLiteral("null"), QJsonObject{{"mean", stat(s.null.mean)},
                                                   {"sd", stat(s.null.sd)},
                                                   {"min", stat(s.null.min)},
                                                   {"max", stat(s.null.max)},
                                                   {"median", stat(s.null.median)},
                                                   {"defined", static_cast<double>(s.null.defined)},
                                                   {"undefined", static_cast<double>(s.null.undefined)}});
    QJsonArray values;
    for (const MeasureValue& v : s.nullValues)
        values.append(valueOrNull(v));
    out.insert(QStringLiteral("surrogate_values"), values);
    if (o.surrogates.kind == SurrogateKind::Iaaft && !s.surrogateInfo.empty()) {
        int most = 0, converged = 0;
        double iterations = 0.0, worst = 0.0;
        for (const SurrogateInfo& i : s.surrogateInfo) {
            most = std::max(most, i.iterations);
            iterations += i.iterations;
            converged += i.converged;
            worst = std::max(worst, i.spectrumError);
        }
        out.insert(QStringLiteral("iaaft"),
                   QJsonObject{{"tolerance", o.surrogates.iaaftTolerance},
                               {"max_iterations", o.surrogates.iaaftMaxIterations},
                               {"iterations_mean", iterations / static_cast<double>(s.surrogateInfo.size())},
                               {"iterations_max", most},
                               {"converged", converged},
                               {"spectrum_error_max", jsonNumber(worst)}});
    }
    out.insert(QStringLiteral("conventions"),
               QString::fromStdString(s.conventions) + QStringLiteral("; ") + measuredHow);
    return out;
}

} // namespace nd::cli
