// Typed models (issue 18) in study files: the JSON shape of a model of type "equations"
//
//   "model": {"type": "equations", "kind": "map", "variables": ["x", "y"],
//             "parameters": {"a": {"value": 0.89, "min": 0, "max": 1, "typical_min": 0.8,
//                                  "typical_max": 0.95, "description": "..."}, "sigma": 0.1},
//             "functions": {"g(u, v)": "u*u*exp(v - u)"}, "auxiliary": {"drive": "g(x, y)"},
//             "equations": {"x": "drive + k0", "y": "a*y - b*x + c"}, "links": [...]}
//
// so that other tools can write a model without knowing the model language's line syntax (a
// tool that has the model text may instead give it as model.settings.definition, with plain
// numbers as parameter values like any model's; the writer always writes the fields). In
// memory the study holds what every other model holds: modelType "equations" and the settings
// {"definition": canonical model text, "backend": ...} (core/equations/equationsmodel.h).
//
// One owner for each value: the study's parameter values (Study::parameters) and its initial
// state. A parameter's "value" in the file IS the study's value of it, and the file's
// initial_state holds the variables' values; on reading, both also become the defaults of the
// definition (`par a = value`, `var x = initial`), since a file has only one number for each.
// A link's value is a plain number among the parameters (links are not part of the model text).
// The writer always writes typical_min and typical_max (the slider range the model uses, also
// where the text leaves it to its default around the value), so the sliders do not move when
// the saved value becomes the default.
// JSON objects have no order: parameters, functions and auxiliary definitions come back sorted
// by name; the variables keep the order of their array.
//
// Errors name the field: "model.equations.x, column 7: ..." for an error inside an expression
// (an expression is one line; the column counts from its first character). Any thread.
#pragma once

#include "study/study.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <string>

namespace nd {

inline constexpr const char* kEquationsModelType = "equations";

// The keys a typed model adds to the study file's model object.
inline constexpr const char* kEquationsModelKeys[] = {"kind", "variables", "functions", "auxiliary",
                                                      "equations"};

// Reads the typed model in `model` (the study file's model object) with the file's
// initial_state (which must then have one number per variable; anything else leaves the
// variables at 0 and the study reader reports it). On success `definition` is the canonical
// model text and `values` holds every parameter's value (the model's own and the links')
// as plain numbers, the shape the study reader takes for any other model. False with an error
// that names the field otherwise.
bool equationsFromJson(const QJsonObject& model, const QJsonValue& initialState, std::string& definition,
                       QJsonObject& values, QString& error);

// The typed model of `study` (modelType "equations") as the fields above, with the study's
// parameter values (own parameters as objects, links as numbers) and its settings other than
// the definition (the backend, when not "auto"). Throws InputError for a definition the engine
// refuses.
QJsonObject equationsToJson(const Study& study);

} // namespace nd
