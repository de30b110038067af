// Reading and writing study files: versioned JSON ("format": "neurodyn-study", an integer
// "schema_version", the writing "app_version"). Keys are written in a stable order so saved
// files diff cleanly and a save-open-save round trip is byte-identical. Any thread.
#pragma once

#include "study/study.h"

#include <QByteArray>
#include <QString>

namespace nd {

// Schema history and migrations: studymigration.h.
inline constexpr int kStudySchemaVersion = 3;
inline constexpr const char* kStudyFormatName = "neurodyn-study";

struct StudyLoadResult {
    bool ok = false;
    Study study;
    QString error; // names the field and the problem when !ok
};

// Throws InputError only for a study whose model type or settings the engine refuses.
QByteArray studyToJson(const Study& study);
StudyLoadResult studyFromJson(const QByteArray& json);

StudyLoadResult loadStudyFile(const QString& path);
// Atomic: writes through QSaveFile, so a failed save never leaves a truncated file. False with
// the reason in `error` (the app's convention: bool and a QString& that names the problem).
bool saveStudyFile(const Study& study, const QString& path, QString& error);

} // namespace nd
