// `neurodyn-cli simulate`: simulate a model (maps iterated, flows integrated as `run` does) and
// print the trajectory as CSV. Main thread.
#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace nd::cli {

// arguments: everything after "simulate". Returns the process exit code.
int runSimulate(const QStringList& arguments);

// A random initial state of `dimension` values uniform in [from, to), drawn from `seed` as the
// GUI's initial-state editor draws it, so the same seed gives the same state everywhere.
std::vector<double> randomInitialState(int dimension, std::uint64_t seed, double from, double to);

} // namespace nd::cli
