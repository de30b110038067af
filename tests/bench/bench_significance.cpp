// Surrogate significance (issue 20): 199 IAAFT surrogates of N = 1e4 with the 0-1 test on each,
// parallel over surrogates, against a straightforward loop that makes one surrogate after another
// and runs the 0-1 test on both threads for each (timed on 20 surrogates, scaled to 199). A
// second row times the surrogates alone, to show where the time goes.
#include "benchregistry.h"

#include "measures/significance.h"
#include "measures/surrogates.h"
#include "measures/zeroone.h"

#include <vector>

namespace {

std::vector<double> logisticSeries(double r, std::size_t n)
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

} // namespace

ND_BENCHMARK("significance")
{
    using namespace nd;
    using bench::Result;
    std::vector<Result> results;
    const int threads = 2;
    const std::size_t count = 199, baselineCount = 20;
    const auto x = logisticSeries(3.9, 10000);
    SignificanceOptions o;
    o.surrogates.kind = SurrogateKind::Iaaft;
    o.count = count;
    o.threads = threads;
    const auto k = [](std::span<const double> s) { return zeroOneK(s); }; // 100 c, single-threaded

    const bench::Timing loop = bench::measure(
        [&] {
            for (std::size_t i = 0; i < baselineCount; ++i) {
                const std::vector<double> s = makeSurrogate(x, o.surrogates, i);
                ZeroOneOptions z;
                z.threads = threads;
                z.keepMsd = false;
                bench::keep(zeroOneTest(s, z).k);
            }
        },
        1);
    const bench::Timing scaledLoop =
        loop.scaled(static_cast<double>(count) / static_cast<double>(baselineCount));

    const bench::Timing fast = bench::measure([&] { bench::keep(surrogateSignificance(x, k, o).pValue); }, 1);
    results.push_back(Result::time("significance/iaaft/199/N=1e4/zeroone", fast, threads)
                          .against("one surrogate at a time, 0-1 test on 2 threads (20 timed, x199/20)", 1.0,
                                   scaledLoop, threads)
                          .withGoal("<= 3 s", [](const Result& r, bool cpu) { return r.value(cpu) <= 3.0; }));

    const bench::Timing surrogates = bench::measure(
        [&] { bench::keep(double(makeSurrogates({x}, count, o.surrogates, threads).info.size())); }, 1);
    const bench::Timing oneByOne = bench::measure(
        [&] {
            for (std::size_t i = 0; i < baselineCount; ++i)
                bench::keep(makeSurrogate(x, o.surrogates, i).front());
        },
        1);
    results.push_back(
        Result::time("surrogates/iaaft/199/N=1e4", surrogates, threads)
            .against("one at a time, 1 thread (20 timed, x199/20)", 1.0,
                     oneByOne.scaled(static_cast<double>(count) / static_cast<double>(baselineCount)), 1));
    return results;
}
