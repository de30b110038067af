// The files `neurodyn-cli run` writes into its output folder: each result as CSV plus a JSON
// twin holding the study summary (model, parameters, settings), the conventions used and the
// app version. Output is deterministic (no timestamps), so runs can be compared byte by byte.
#pragma once

#include "study/study.h"

#include <QDir>
#include <QJsonObject>
#include <QString>

namespace nd::cli {

// Model type, structural settings, parameter values and initial state of the study.
QJsonObject studySummaryJson(const Study& study);

// Writes DIR/BASE.csv and DIR/BASE.json (the twin gets "csv": "BASE.csv" added).
bool writeResult(const QDir& dir, const QString& base, const QByteArray& csv, QJsonObject twin, QString& error);

// The trajectory of the study's simulation settings: trajectory.csv + trajectory.json.
// Returns false with `error` when a file cannot be written; throws InputError for a study
// the engine refuses.
bool writeTrajectoryResult(const QDir& dir, const Study& study, QString& error);

} // namespace nd::cli
