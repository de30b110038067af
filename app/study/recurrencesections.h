// JSON of the study file's analyses.rqa and analyses.embedding sections (recurrencesettings.h):
// *ToJson writes every field, *FromJson reads what is present and names the field in every
// error. Also the names of the delay and dimension rules, shared with the run's JSON twins.
// Internal to app/study and app/compute; any thread.
#pragma once

#include "study/jsonfields.h"
#include "study/recurrencesettings.h"

#include <QJsonObject>

namespace nd {

// The scalars analyses.rqa.significance may test, as the run's and `measure rqa`'s JSON name
// them; DET (the first) is the default.
inline constexpr const char* kRqaScalars[] = {"DET", "RR", "LAM", "L_mean", "ENTR", "TT", "L_max"};

QJsonObject rqaToJson(const RqaSettings& s);
bool rqaFromJson(FieldReader& r, const Model& model, RqaSettings& s);
QJsonObject embeddingToJson(const EmbeddingSettings& s);
bool embeddingFromJson(FieldReader& r, const Model& model, EmbeddingSettings& s);

} // namespace nd
