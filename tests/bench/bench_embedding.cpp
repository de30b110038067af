// Embedding choices (issue 20 point 5): false nearest neighbours and Cao's E1/E2 for N = 1e4
// (dimensions 1..5, both norms: 11 neighbour searches over the whole series) through the k-d
// tree, against a brute-force nearest-neighbour scan of one dimension timed at N = 2e3 and
// scaled by N^2 and by the 11 searches. The mutual-information delay choice is timed alone.
#include "benchregistry.h"
#include "benchseries.h"

#include "measures/embedding.h"

#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace {

// Every vector's nearest neighbour (Euclidean, dimension 3, delay 1) by scanning all others.
double bruteForceNeighbours(const std::vector<double>& x)
{
    const std::size_t count = x.size() - 3;
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < count; ++j) {
            if (j == i)
                continue;
            double d = 0.0;
            for (std::size_t k = 0; k < 3; ++k)
                d += (x[i + k] - x[j + k]) * (x[i + k] - x[j + k]);
            if (d > 0.0 && d < best)
                best = d;
        }
        sum += std::sqrt(best);
    }
    return sum;
}

std::vector<double> henonX(std::size_t n)
{
    double x = 0.1, y = 0.1;
    std::vector<double> out;
    for (std::size_t i = 0; i < n + 1000; ++i) {
        const double nx = 1.0 - 1.4 * x * x + y;
        y = 0.3 * x;
        x = nx;
        if (i >= 1000)
            out.push_back(x);
    }
    return out;
}

} // namespace

ND_BENCHMARK("embedding")
{
    using namespace nd;
    using bench::Result;
    std::vector<Result> results;
    const std::size_t small = 2000, n = 10000;
    const auto xs = henonX(small);
    const bench::Timing naive = bench::measure([&] { bench::keep(bruteForceNeighbours(xs)); }, 1);
    const auto x = henonX(n);
    DimensionOptions o;
    o.maxDimension = 5;
    const bench::Timing fast = bench::measure([&] { bench::keep(chooseDimension(x, o).caoE1[0]); }, 3);
    const double scale =
        11.0 * static_cast<double>(n) * static_cast<double>(n) / (double(small) * double(small));
    results.push_back(
        Result::time("embedding-dimension/henon/N=1e4/m=1..5", fast, 1)
            .against("brute-force neighbour scan timed at N=2e3, x 25 (N^2) x 11 searches", 1.0,
                     naive.scaled(scale), 1)
            .withGoal("<= 0.5 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.5; }));
    const auto noise = bench::gaussianNoise(100000, 9);
    const bench::Timing delay = bench::measure([&] { bench::keep(chooseDelay(noise).maxLag); }, 1);
    results.push_back(Result::time("embedding-delay/ami/N=1e5/lags=0..1000", delay, 1));
    return results;
}
