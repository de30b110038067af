// `neurodyn-cli simulate`: simulate a model (maps iterated, flows integrated as `run` does) and
// print the trajectory as CSV. Main thread.
#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace nd::cli {

// arguments: everything after "simulate". Returns the process exit code.
int runSimulate(const QStringList& arguments);

} // namespace nd::cli
