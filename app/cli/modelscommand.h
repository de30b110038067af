// `neurodyn-cli models [NAME]`: the models of the registry (core/model) with the texts of the
// GUI's model editor (widgets/editors/modeltexts.h): one line per model, or for one model its
// variables, parameters (default, valid and typical range, description) and structural
// settings (default, choices, description). Main thread.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "models". Returns the process exit code.
int runModels(const QStringList& arguments);

} // namespace nd::cli
