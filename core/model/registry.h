// Creates models by their type name (as stored in study files and given on the command line).
// Any thread may call these functions.
#pragma once

#include "model/model.h"

#include <memory>
#include <string>
#include <vector>

namespace nd {

// Throws InputError naming the known types when typeName is unknown.
std::unique_ptr<Model> createModel(const std::string& typeName);
std::vector<std::string> modelTypeNames();

} // namespace nd
