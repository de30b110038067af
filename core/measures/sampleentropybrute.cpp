// The O(N^2) sample entropy pair count: the test oracle and the benchmark baseline.
#include "measures/sampleentropydetail.h"

namespace nd {

using namespace sampen_detail;

namespace {

template <bool Strict>
void countBrute(std::span<const double> x, const SampleEntropyOptions& o, const Prepared& p, SampleEntropyResult& res)
{
    const std::size_t lag = static_cast<std::size_t>(o.lag);
    for (std::size_t i = 0; i < p.startsB; ++i)
        for (std::size_t j = i + 1; j < p.startsB; ++j) {
            bool ok = true;
            for (int k = 0; k < o.m && ok; ++k)
                ok = within<Strict>(x[i + k * lag], x[j + k * lag], p.r);
            if (!ok)
                continue;
            ++res.b;
            if (j < p.startsA && within<Strict>(x[i + o.m * lag], x[j + o.m * lag], p.r))
                ++res.a;
        }
}

} // namespace

SampleEntropyResult sampleEntropyBruteForce(std::span<const double> series, const SampleEntropyOptions& options)
{
    SampleEntropyResult res;
    const Prepared p = prepare(series, options, res);
    if (p.r > 0.0) {
        if (options.rule == MatchRule::Less)
            countBrute<true>(series, options, p, res);
        else
            countBrute<false>(series, options, p, res);
    }
    finish(res);
    return res;
}

} // namespace nd
