// The files `neurodyn-cli run` writes into its output folder: each result as CSV plus a JSON
// twin holding the study summary (model, parameters, settings), the analysis's settings as the
// study file has them, the conventions used and the app version. Output is deterministic (no
// timestamps), so runs can be compared byte by byte. Called on the main thread.
#pragma once

#include "study/study.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <string_view>

namespace nd::cli {

struct RunContext;

// Model type, structural settings, parameter values and initial state of the study.
QJsonObject studySummaryJson(const Study& study);

// The start of every twin: {"analysis": key, "study": summary, "settings": the study's section
// "analyses.<key>" as written in study files}.
QJsonObject twinFor(const Study& study, const QString& key);

// Writes BASE.csv and BASE.json through the run's sink (the twin gets "csv": "BASE.csv", the
// build's provenance (buildinfo.h) and the run's (RunContext::provenance) added).
bool writeResult(const RunContext& context, const QString& base, const QByteArray& csv, QJsonObject twin,
                 QString& error);

// One CSV line from fields (numbers as realText, text as is; quotes where a field needs them).
QByteArray csvLine(const QList<QByteArray>& fields);
// A number as realText writes it (nd::writeNumber: the same bytes, without going through QString).
QByteArray csvNumber(double value);
// Large CSV files are written into an nd::TextBuffer (core/io/numbertext.h) and handed over
// without a copy: the bytes stay owned by `text`.
inline QByteArray bytesOf(std::string_view text)
{
    return QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
}

// The trajectory of the study's simulation settings (maps and flows): trajectory.csv + .json.
// Returns false with `error` when a file cannot be written; throws InputError for a study
// the engine refuses.
bool writeTrajectoryResult(const RunContext& context, QString& error);

} // namespace nd::cli
