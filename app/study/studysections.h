// JSON for the optional study sections: "analyses" (analysis settings) and "view" (what the
// views show). Kept apart from studyfile.cpp so each section's validation stays readable.
// Any thread.
#pragma once

#include "study/study.h"

#include <QJsonObject>
#include <QString>

namespace nd {

QJsonObject analysesToJson(const Study& study);
QJsonObject viewToJson(const ViewState& view);

// Read into study (whose model is already set up); false with a message naming the field.
bool analysesFromJson(const QJsonObject& json, const Model& model, Study& study, QString& error);
bool viewFromJson(const QJsonObject& json, const Model& model, ViewState& view, QString& error);

} // namespace nd
