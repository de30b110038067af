// `neurodyn-cli simulate`: iterate a model and print the trajectory as CSV.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "simulate". Returns the process exit code.
int runSimulate(const QStringList& arguments);

} // namespace nd::cli
