// JSON for the optional study sections: "analyses" (analysis settings, one sub-object per
// analysis: see sectionjson.h) and "view" (what the views show). Kept apart from
// studyfile.cpp so each section's validation stays readable. Any thread.
#pragma once

#include "study/study.h"

#include <QJsonObject>
#include <QString>

namespace nd {

// The model gives the variable names the sections are written with.
QJsonObject analysesToJson(const Study& study, const Model& model);
QJsonObject viewToJson(const ViewState& view);

// Read into study (whose model is already set up); false with a message naming the field.
// Nothing of study changes unless every section reads.
bool analysesFromJson(const QJsonObject& json, const Model& model, Study& study, QString& error);
bool viewFromJson(const QJsonObject& json, const Model& model, ViewState& view, QString& error);

// The JSON of one section of the study's analyses by its key ("orbit_diagram", "lyapunov",
// ...); empty when the study has no such section. Used by result twins.
QJsonObject analysisSectionJson(const Study& study, const Model& model, const QString& key);

} // namespace nd
