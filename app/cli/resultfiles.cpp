#include "cli/resultfiles.h"

#include "cli/buildinfo.h"
#include "cli/clicommon.h"
#include "cli/resultsink.h"
#include "cli/runplan.h"

#include "io/numbertext.h"
#include "oscillators/oscillatorphases.h"
#include "study/linkssection.h"
#include "study/studysections.h"

#include <QJsonArray>

namespace nd::cli {

QJsonObject studySummaryJson(const Study& study)
{
    QJsonObject settings;
    for (const auto& [k, v] : study.settings)
        settings.insert(QString::fromStdString(k), QString::fromStdString(v));
    QJsonObject parameters;
    for (const auto& [k, v] : study.parameters)
        parameters.insert(QString::fromStdString(k), jsonNumber(v));
    // The study file's own layout and names (model.type, model.settings, ...), so a path means
    // the same in the study and in its results.
    QJsonObject model{{"type", QString::fromStdString(study.modelType)},
                      {"settings", settings},
                      {"parameters", parameters}};
    if (!study.links.empty()) // the study's linked parameters, spelt as in the study file
        model.insert(QStringLiteral("links"), linksToJson(study.links));
    return QJsonObject{
        {"title", study.title}, {"model", model}, {"initial_state", jsonArray(study.initialState)}};
}

QJsonObject twinFor(const Study& study, const QString& key)
{
    const auto model = study.createModel();
    return QJsonObject{{"analysis", key},
                       {"study", studySummaryJson(study)},
                       {"settings", analysisSectionJson(study, *model, key)}};
}

bool writeResult(const RunContext& context, const QString& base, const QByteArray& csv, QJsonObject twin,
                 QString& error)
{
    twin.insert(QStringLiteral("csv"), base + QStringLiteral(".csv"));
    // Nothing here depends on the machine, the time or the thread count, so that a run, its
    // tiles merged and an mpirun run write the same bytes (README: reproducibility).
    const QJsonObject build = buildProvenance();
    for (auto it = build.begin(); it != build.end(); ++it)
        twin.insert(it.key(), it.value());
    for (auto it = context.provenance.begin(); it != context.provenance.end(); ++it)
        twin.insert(it.key(), it.value());
    return context.sink.result(base, csv, twin, error);
}

QByteArray csvLine(const QList<QByteArray>& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray& f = fields[i];
        if (f.contains(',') || f.contains('"') || f.contains('\n'))
            line += '"' + QByteArray(f).replace('"', "\"\"") + '"';
        else
            line += f;
    }
    return line + '\n';
}

QByteArray csvNumber(double value)
{
    char text[kMaxNumberChars];
    return QByteArray(text, static_cast<qsizetype>(writeNumber(text, value) - text));
}

namespace {

// What the figures of an oscillator network draw instead of raw angles (the views' rules,
// oscillatorphases.h), and R(n)'s summary; null for other models.
QJsonValue oscillatorsJson(const Model& model, const Trajectory& t)
{
    const OscillatorPhases osc = oscillatorPhases(model);
    if (osc.empty())
        return QJsonValue();
    const KuramotoResult order = oscillatorOrder(model, t);
    QJsonObject figures{
        {"trajectory-phase", "angle variables wrapped to (-pi, pi]"},
        {"trajectory-series", "angle variables as sin(angle)"},
        {"trajectory-space_time", "sin(phase) of every oscillator"},
        {"trajectory-oscillators",
         "every oscillator at (cos phase, sin phase) at the last row, with the mean "
         "field R e^(i psi)"},
        {"trajectory-order_parameter", "R(n) = |mean of exp(i phase)| over the oscillators, per row"}};
    return QJsonObject{
        {"count", osc.count()},
        {"phase", osc.angles.empty() ? "atan2 of each unit's components 1 and 0 (its first plane)"
                                     : "the angle variable of each oscillator"},
        {"figures", figures},
        {"order_parameter_mean", order.r.empty() ? QJsonValue() : QJsonValue(jsonNumber(order.mean))},
        {"order_parameter_sd", order.r.empty() ? QJsonValue() : QJsonValue(jsonNumber(order.stdDev))}};
}

} // namespace

bool writeTrajectoryResult(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const auto model = study.createModel();
    const Trajectory& t = context.trajectory();
    const bool flow = model->timeKind() == TimeKind::Flow;
    TextBuffer csv(t.rows() * (t.columns() + 2) * 24 + 4096);
    csv.put(flow ? "step,time" : "step");
    for (const auto& name : t.names) {
        csv.put(',');
        csv.put(name);
    }
    csv.put('\n');
    for (std::size_t r = 0; r < t.rows(); ++r) {
        const long step = t.firstStep + static_cast<long>(r) * t.stride;
        csv.integer(step);
        if (flow) {
            csv.put(',');
            csv.number(static_cast<double>(step) * study.flow.dt);
        }
        for (std::size_t c = 0; c < t.columns(); ++c) {
            csv.put(',');
            csv.number(t.at(r, c));
        }
        csv.put('\n');
    }
    QJsonArray names;
    for (const auto& n : t.names)
        names.append(QString::fromStdString(n));
    const SimulationOptions& s = study.simulation;
    QJsonObject settings{{"transient", static_cast<double>(s.transient)},
                         {"samples", static_cast<double>(s.samples)},
                         {"stride", static_cast<double>(s.stride)},
                         {"escape_bound", jsonNumber(s.escapeBound)}};
    QString conventions = QStringLiteral(
        "row k is the state after transient + k * stride steps from the initial state; the first row is the "
        "state after the transient; a state counts as escaped when a component is non-finite or beyond "
        "escape_bound in magnitude");
    if (flow) {
        settings.insert(QStringLiteral("dt"), study.flow.dt);
        settings.insert(QStringLiteral("method"), study.flow.method == FlowMethod::RungeKutta4
                                                      ? QStringLiteral("rk4")
                                                      : QStringLiteral("dormand_prince"));
        conventions +=
            QStringLiteral("; a step is dt of time (time = step * dt), integrated by classical RK4 with "
                           "step dt, or by Dormand-Prince 5(4) with the tolerances and dense output");
    }
    QJsonObject twin{
        {"analysis", "trajectory"},
        {"study", studySummaryJson(study)},
        {"settings", settings},
        {"conventions", conventions},
        {"columns", names},
        {"rows", static_cast<double>(t.rows())},
        {"escaped", t.escaped},
        {"escape_step", t.escaped ? QJsonValue(static_cast<double>(t.escapeStep)) : QJsonValue()},
        {"escape_reason", t.escaped ? QJsonValue(QString::fromStdString(t.escapeReason)) : QJsonValue()}};
    if (const QJsonValue oscillators = oscillatorsJson(*model, t); !oscillators.isNull())
        twin.insert(QStringLiteral("oscillators"), oscillators);
    return writeResult(context, QStringLiteral("trajectory"), bytesOf(csv.view()), twin, error) &&
           writeFigures(context, t, error);
}

} // namespace nd::cli
