// Recurrence quantification (issue 20 point 4) against a first implementation in the same run:
// a dense byte matrix filled pair by pair, every diagonal and column walked cell by cell. The
// dense baseline of N = 1e4 would hold 100 MB, so it is timed at N = 3e3 and scaled by N^2.
#include "benchregistry.h"
#include "benchseries.h"

#include "measures/measurecommon.h"
#include "measures/recurrence.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// DET of the max-norm recurrence plot of an (m, tau = 1) embedding, written plainly.
double denseDet(const std::vector<double>& x, int m, double eps)
{
    const std::size_t n = x.size() - static_cast<std::size_t>(m - 1);
    std::vector<char> r(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            double d = 0.0;
            for (int k = 0; k < m; ++k)
                d = std::max(
                    d, std::fabs(x[i + static_cast<std::size_t>(k)] - x[j + static_cast<std::size_t>(k)]));
            r[i * n + j] = i != j && d <= eps;
        }
    std::size_t ones = 0, onLines = 0;
    for (std::size_t k = 1; k < n; ++k) {
        std::size_t run = 0;
        for (std::size_t i = 0; i + k <= n; ++i) {
            const bool set = i + k < n && r[i * n + i + k];
            ones += set;
            if (set) {
                ++run;
            } else {
                onLines += run >= 2 ? run : 0;
                run = 0;
            }
        }
    }
    // Vertical lines too, as an RQA computes them.
    std::size_t vertical = 0;
    for (std::size_t j = 0; j < n; ++j) {
        std::size_t run = 0;
        for (std::size_t i = 0; i <= n; ++i) {
            if (i < n && r[i * n + j]) {
                ++run;
            } else {
                vertical += run >= 2 ? run : 0;
                run = 0;
            }
        }
    }
    return ones ? double(onLines) / double(ones) + 1e-30 * double(vertical) : 0.0;
}

} // namespace

ND_BENCHMARK("recurrence")
{
    using namespace nd;
    using bench::Result;
    std::vector<Result> results;
    const std::size_t small = 3000, n = 10000;
    const auto xs = bench::logisticSeries(3.9, small);
    const auto x = bench::logisticSeries(3.9, n);
    RecurrenceOptions o;
    o.dimension = 3;
    o.thresholdKind = RecurrenceThreshold::FractionOfStdDev;
    o.threshold = 0.1;
    const double epsSmall = 0.1 * seriesStdDev(xs, 0);
    const bench::Timing naive = bench::measure([&] { bench::keep(denseDet(xs, 3, epsSmall)); }, 1);
    const double scale = double(n) * double(n) / (double(small) * double(small));
    const bench::Timing fast = bench::measure([&] { bench::keep(recurrenceQuantification(x, o).det); }, 3);
    results.push_back(
        Result::time("rqa/N=1e4/m=3/eps=0.1SD/max-norm", fast, 1)
            .against("dense byte matrix, lines walked cell by cell, timed at N=3e3, scaled by N^2", 1.0,
                     naive.scaled(scale), 1)
            .withGoal("<= 0.5 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.5; }));
    o.thresholdKind = RecurrenceThreshold::FixedRate;
    o.threshold = 0.05;
    const bench::Timing rate = bench::measure([&] { bench::keep(recurrenceQuantification(x, o).det); }, 1);
    results.push_back(
        Result::time("rqa/N=1e4/m=3/RR=0.05/max-norm", rate, 1)
            .against("dense byte matrix, lines walked cell by cell, timed at N=3e3, scaled by N^2", 1.0,
                     naive.scaled(scale), 1));
    return results;
}
