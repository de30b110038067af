// Creates models by their type name (as stored in study files and given on the command line).
// Any thread may call these functions.
#pragma once

#include "model/model.h"

#include <memory>
#include <string>
#include <vector>

namespace nd {

// Builds a model of a registered type with structural settings (missing keys take their
// defaults). Throws InputError naming the known types when typeName is unknown, and for an
// unknown setting key or a value the model cannot use.
std::unique_ptr<Model> createModel(const std::string& typeName, const Settings& settings = {});
std::vector<std::string> modelTypeNames();

} // namespace nd
