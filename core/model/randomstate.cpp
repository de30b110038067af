#include "model/randomstate.h"

#include <random>

namespace nd {

std::vector<double> randomState(int dimension, std::uint64_t seed, double from, double to)
{
    std::mt19937_64 rng(seed);
    std::vector<double> x(static_cast<std::size_t>(dimension > 0 ? dimension : 0));
    for (double& v : x)
        v = from + (to - from) * (static_cast<double>(rng() >> 11) * 0x1.0p-53);
    return x;
}

} // namespace nd
