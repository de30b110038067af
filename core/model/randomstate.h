// The random initial state of a study: the GUI's initial-state editor ("Random") and
// `neurodyn-cli simulate --random-initial` draw it here, so one seed gives one state everywhere.
// Any thread may call.
#pragma once

#include <cstdint>
#include <vector>

namespace nd {

// dimension values uniform in [from, to) from a 64-bit Mersenne twister seeded with seed: the
// top 53 bits of each output (the standard fixes mt19937_64's sequence), not
// std::uniform_real_distribution, whose algorithm differs between standard libraries.
std::vector<double> randomState(int dimension, std::uint64_t seed, double from, double to);

} // namespace nd
