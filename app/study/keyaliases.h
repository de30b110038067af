// Old spellings of study-file keys that NeuroDyn still reads. Each idea has one name, used
// alike in study files, neurodyn-cli's options (kebab-case of the key) and its JSON (the table
// in app/cli/README.md); a key renamed for that keeps its old spelling here, so files written
// before still open. The reader renames an old key to the new one before it reads the section
// and returns a note for each (the CLI prints it on stderr, the GUI in its status bar); the
// writer writes the new key only. Independent of the schema version. Any thread.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nd {

struct StudyKeyAlias {
    const char* section; // dotted path of the object that holds the key, e.g. "analyses.mfdfa"
    const char* oldKey;
    const char* key;
};

inline constexpr StudyKeyAlias kStudyKeyAliases[] = {
    {"analyses.orbit_diagram", "columns", "count"},
    {"analyses.parameter_scan", "tolerance", "period_tolerance"},
    {"analyses.fixed_points", "seeds", "seed_count"},
    {"analyses.fixed_points", "max_iterations", "max_newton_iterations"},
    {"analyses.mfdfa", "min_scale", "scale_min"},
    {"analyses.mfdfa", "max_scale", "scale_max"},
    {"analyses.mfdfa", "scales", "scale_list"},
};

// Renames every old key of kStudyKeyAliases found in root to its new key and appends a note
// per rename ("analyses.mfdfa.min_scale is deprecated, use analyses.mfdfa.scale_min").
// False with `error` when an object holds both spellings (which one was meant is unknown).
bool applyStudyKeyAliases(QJsonObject& root, QStringList& notes, QString& error);

} // namespace nd
