// analyses.akorn: the AKOrN run behind the AKOrN view and `neurodyn-cli run`'s akorn result
// (core/oscillators/akornrun.h): T steps from the study's initial state with the energy and the
// order inside and outside the silhouette per step. Keys: steps (T, default 200) and radius
// (the local order window's half width, default 2). Only for akorn and akorn-grid models.
// Any thread.
#pragma once

#include "oscillators/akornrun.h"

#include <QJsonObject>

namespace nd {

class FieldReader;
class Model;

struct AkornViewSettings : AkornRunOptions {
    bool operator==(const AkornViewSettings&) const = default;
};

bool isAkornModel(const Model& model);
QJsonObject akornToJson(const AkornViewSettings& s);
bool akornFromJson(FieldReader& r, const Model& model, AkornViewSettings& s);

} // namespace nd
