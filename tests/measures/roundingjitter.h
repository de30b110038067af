// A fixed point seen through rounding, for the tests of the measures' "constant" rule
// (measurecommon.h constantToRounding): v plus 0..3 ulps in a pseudo-random order, the spread
// an iterated map keeps after it has settled (about 1e-16 of the value).
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

namespace ndtest {

inline std::vector<double> roundingJitter(double v, std::size_t n)
{
    std::vector<double> x(n);
    std::uint32_t state = 12345;
    for (double& value : x) {
        state = state * 1664525u + 1013904223u;
        value = v;
        for (std::uint32_t k = 0; k < (state >> 30); ++k)
            value = std::nextafter(value, 2.0 * v);
    }
    return x;
}

} // namespace ndtest
