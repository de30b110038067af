// Series several benchmark groups time their kernels on (any thread).
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace nd::bench {

// x_{n+1} = r x_n (1 - x_n) from x_0 = 0.3, the first 1000 iterates dropped. The Python speed
// script (tests/python/bench_python.py) computes the same expression in the same order, so
// both time the kernel on the same bits.
inline std::vector<double> logisticSeries(double r, std::size_t n)
{
    double x = 0.3;
    for (int i = 0; i < 1000; ++i)
        x = r * x * (1 - x);
    std::vector<double> out(n);
    for (auto& v : out) {
        x = r * x * (1 - x);
        v = x;
    }
    return out;
}

// Gaussian white noise (mean 0, SD 1) from a 64-bit Mersenne twister seeded with seed.
inline std::vector<double> gaussianNoise(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> dist;
    std::vector<double> x(n);
    for (auto& v : x)
        v = dist(rng);
    return x;
}

} // namespace nd::bench
