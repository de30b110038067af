// continuation results of `neurodyn-cli run`: every branch (the first, the switched ones and
// the two-parameter curves) in one CSV, and its special points in the JSON twin, with the
// criticality (normal-form coefficient and verdict) of every LP, PD and NS point.
#include "cli/analysisresults.h"
#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/continuationcompute.h"
#include "study/jsonfields.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace nd::cli {

bool writeContinuation(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::ContinuationComputation& c = context.continuation();
    const ContinuationSettings& s = *study.analyses.continuation;
    const auto names = study.createModel()->variableNames();
    const QByteArray second =
        s.curves ? QByteArray::fromStdString(s.curves->secondParameter) : "second_parameter";
    QList<QByteArray> header{"branch", "kind", "period", "index", QByteArray::fromStdString(s.parameter),
                             second};
    for (const auto& n : names)
        header << QByteArray::fromStdString(n);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const QByteArray k = QByteArray::number(static_cast<qulonglong>(i + 1));
        header << "mu" + k + "_re"
               << "mu" + k + "_im";
    }
    header << "max_abs_mu"
           << "stable"
           << "label"
           << "coefficient"
           << "verdict";
    QByteArray csv = csvLine(header);
    QJsonArray branches;
    for (std::size_t b = 0; b < c.branches.size(); ++b) {
        const Branch& br = c.branches[b].branch;
        const QByteArray kind = QByteArray::fromStdString(branchKindName(br.kind));
        for (std::size_t p = 0; p < br.points.size(); ++p) {
            const BranchPoint& pt = br.points[p];
            QByteArray label, coefficient, verdict;
            for (const SpecialPoint& sp : br.specialPoints)
                if (sp.pointIndex == p) {
                    label += (label.isEmpty() ? "" : " ") + QByteArray::fromStdString(sp.label);
                    if (sp.criticality.verdict != Verdict::NotComputed) {
                        if (std::isfinite(sp.criticality.coefficient))
                            coefficient = csvNumber(sp.criticality.coefficient);
                        verdict = QByteArray::fromStdString(verdictName(sp.criticality.verdict));
                    }
                }
            QList<QByteArray> row{QByteArray::number(static_cast<qulonglong>(b)),
                                  kind,
                                  QByteArray::number(br.period),
                                  QByteArray::number(static_cast<qulonglong>(p)),
                                  csvNumber(pt.parameters.at(0)),
                                  pt.parameters.size() > 1 ? csvNumber(pt.parameters[1]) : QByteArray()};
            double maxAbs = 0.0;
            for (double v : pt.state)
                row << csvNumber(v);
            for (std::size_t i = 0; i < names.size(); ++i) {
                const auto z = i < pt.multipliers.size() ? pt.multipliers[i] : std::complex<double>();
                row << csvNumber(z.real()) << csvNumber(z.imag());
                maxAbs = std::max(maxAbs, std::abs(z));
            }
            row << csvNumber(maxAbs) << (pt.stable ? "1" : "0") << label << coefficient << verdict;
            csv += csvLine(row);
        }
        QJsonArray special;
        for (const SpecialPoint& sp : br.specialPoints) {
            const Criticality& cr = sp.criticality;
            const bool judged = cr.verdict != Verdict::NotComputed;
            const auto text = [judged](const std::string& t) {
                return judged && !t.empty() ? QJsonValue(QString::fromStdString(t)) : QJsonValue();
            };
            special.append(QJsonObject{
                {"label", QString::fromStdString(sp.label)},
                {"description", QString::fromStdString(sp.description)},
                {"index", static_cast<double>(sp.pointIndex)},
                {"parameters", jsonArray(sp.point.parameters)},
                {"state", jsonArray(sp.point.state)},
                {"multipliers", complexArray(sp.point.multipliers)},
                {"rotation_angle", sp.rotationAngle ? jsonNumber(*sp.rotationAngle) : QJsonValue()},
                {"test_value", jsonNumber(sp.testValue)},
                {"coefficient", jsonNumber(cr.coefficient)},
                {"verdict", text(judged ? verdictName(cr.verdict) : std::string())},
                {"normal_form", text(cr.normalForm)},
                {"verdict_reason", text(cr.reason)},
                {"resonance",
                 cr.resonance ? QJsonValue(QStringLiteral("1:%1").arg(cr.resonance)) : QJsonValue()}});
        }
        branches.append(QJsonObject{{"branch", static_cast<int>(b)},
                                    {"kind", QString::fromStdString(branchKindName(br.kind))},
                                    {"period", br.period},
                                    {"parent", c.branches[b].parent},
                                    {"origin", QString::fromStdString(c.branches[b].origin)},
                                    {"parameters", textArray(br.parameterNames)},
                                    {"points", static_cast<double>(br.points.size())},
                                    {"stop_reason", QString::fromStdString(stopReasonName(br.stopReason))},
                                    {"stop_message", QString::fromStdString(br.stopMessage)},
                                    {"engine_conventions", textArray(br.conventions)},
                                    {"special_points", special}});
    }
    QJsonObject twin = twinFor(study, QStringLiteral("continuation"));
    twin.insert(QStringLiteral("start_state"), jsonArray(c.startState));
    twin.insert(QStringLiteral("variables"), textArray(names));
    twin.insert(QStringLiteral("branches"), branches);
    twin.insert(QStringLiteral("conventions"),
                QStringLiteral(
                    "pseudo-arclength continuation of fixed points of F^K from the study's value of the "
                    "parameter; multipliers are the eigenvalues of D(F^K), sorted by modulus; stable when "
                    "all lie strictly inside the unit circle; labels follow MatContM (LP fold +1, PD flip "
                    "-1, NS Neimark-Sacker, BP branch point; on curves CP, R1-R4, LPPD, LPNS, PDNS, NSNS); "
                    "LP, PD and NS points of branches carry the normal-form coefficient and its verdict "
                    "(special points: coefficient, verdict, normal_form stating the normal form and sign "
                    "convention, verdict_reason, resonance; CSV columns coefficient and verdict); "
                    "branch 0 starts at the start state, switched branches at a PD of their parent, curves "
                    "at an LP/PD/NS of their parent in both directions; a CSV row is one point, the label "
                    "column names the special points located there"));
    return writeResult(context, QStringLiteral("continuation"), csv, twin, error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
