// Reading and writing study files: versioned JSON ("format": "neurodyn-study", an integer
// "schema_version", the writing "app_version"). Keys are written in a stable order so saved
// files diff cleanly and a save-open-save round trip is byte-identical. Any thread.
#pragma once

#include "study/study.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nd {

// Schema history and migrations: studymigration.h.
inline constexpr int kStudySchemaVersion = 4;
inline constexpr const char* kStudyFormatName = "neurodyn-study";

struct StudyLoadResult {
    bool ok = false;
    Study study;
    QString error; // names the field and the problem when !ok
    // Old spellings the file used, one line each ("analyses.mfdfa.min_scale is deprecated, use
    // analyses.mfdfa.scale_min", keyaliases.h): the study is read, and the user should be told.
    QStringList notes;
};

// Throws InputError only for a study whose model type or settings the engine refuses.
QByteArray studyToJson(const Study& study);
StudyLoadResult studyFromJson(const QByteArray& json);

StudyLoadResult loadStudyFile(const QString& path);
// Atomic: writes through QSaveFile, so a failed save never leaves a truncated file. False with
// the reason in `error` (the app's convention: bool and a QString& that names the problem).
bool saveStudyFile(const Study& study, const QString& path, QString& error);

} // namespace nd
