#include "cli/resultfiles.h"

#include "cli/clicommon.h"

#include "simulate/trajectory.h"

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
    return QJsonObject{{"title", study.title},
                       {"model", QString::fromStdString(study.modelType)},
                       {"model_settings", settings},
                       {"parameters", parameters},
                       {"initial_state", jsonArray(study.initialState)}};
}

bool writeResult(const QDir& dir, const QString& base, const QByteArray& csv, QJsonObject twin, QString& error)
{
    twin.insert(QStringLiteral("csv"), base + QStringLiteral(".csv"));
    twin.insert(QStringLiteral("app_version"), QStringLiteral(NEURODYN_VERSION));
    return writeOutput(dir.filePath(base + QStringLiteral(".csv")), csv, &error) &&
           writeOutput(dir.filePath(base + QStringLiteral(".json")), toJsonBytes(twin), &error);
}

bool writeTrajectoryResult(const QDir& dir, const Study& study, QString& error)
{
    const auto model = study.createModel();
    const Trajectory t = simulateMap(*model, study.initialState, study.simulation);
    QByteArray csv = "step";
    for (const auto& name : t.names)
        csv += ',' + QByteArray::fromStdString(name);
    csv += '\n';
    for (std::size_t r = 0; r < t.rows(); ++r) {
        csv += QByteArray::number(static_cast<qlonglong>(t.firstStep + static_cast<long>(r) * t.stride));
        for (std::size_t c = 0; c < t.columns(); ++c)
            csv += ',' + realText(t.at(r, c)).toLatin1();
        csv += '\n';
    }
    QJsonArray names;
    for (const auto& n : t.names)
        names.append(QString::fromStdString(n));
    const SimulationOptions& s = study.simulation;
    QJsonObject twin{
        {"analysis", "trajectory"},
        {"study", studySummaryJson(study)},
        {"settings", QJsonObject{{"transient", static_cast<double>(s.transient)},
                                 {"samples", static_cast<double>(s.samples)},
                                 {"stride", static_cast<double>(s.stride)},
                                 {"escape_bound", jsonNumber(s.escapeBound)}}},
        {"conventions", "row k is the state after transient + k * stride steps from the initial state; "
                        "the first row is the state after the transient; a state counts as escaped when a "
                        "component is non-finite or beyond escape_bound in magnitude"},
        {"columns", names},
        {"rows", static_cast<double>(t.rows())},
        {"escaped", t.escaped},
        {"escape_step", t.escaped ? QJsonValue(static_cast<double>(t.escapeStep)) : QJsonValue()},
        {"escape_reason", t.escaped ? QJsonValue(QString::fromStdString(t.escapeReason)) : QJsonValue()}};
    return writeResult(dir, QStringLiteral("trajectory"), csv, twin, error);
}

} // namespace nd::cli
