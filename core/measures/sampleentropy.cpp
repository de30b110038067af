#include "measures/sampleentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace nd {

using namespace sampen_detail;

namespace {

// Sorts the template starts lexicographically by their m + 1 coordinates and merges identical
// templates into one entry with a multiplicity: ties (integer data, constant stretches) then
// cost one entry instead of a quadratic number of pairs.
Templates distinctTemplates(std::span<const double> x, const SampleEntropyOptions& o, const Prepared& p)
{
    const std::size_t lag = static_cast<std::size_t>(o.lag);
    const int m = o.m;
    auto at = [&](std::size_t start, int k) { return x[start + static_cast<std::size_t>(k) * lag]; };
    // The first coordinate travels with the index so most comparisons touch no other memory.
    std::vector<std::pair<double, std::size_t>> order(p.startsA);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = {x[i], i};
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        for (int k = 1; k <= m; ++k) {
            const double va = at(a.second, k), vb = at(b.second, k);
            if (va != vb)
                return va < vb;
        }
        return a.second < b.second;
    });
    Templates t;
    t.dims = m + 1;
    t.coord.assign(static_cast<std::size_t>(m) + 1, {});
    std::size_t last = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t start = order[i].second;
        bool same = i > 0;
        for (int k = 0; k <= m && same; ++k)
            same = at(start, k) == at(last, k);
        if (same) {
            ++t.weight.back();
            t.unitWeights = false;
            continue;
        }
        for (int k = 0; k <= m; ++k)
            t.coord[static_cast<std::size_t>(k)].push_back(at(start, k));
        t.weight.push_back(1);
        last = start;
    }
    return t;
}

template <bool Strict>
void countFast(std::span<const double> x, const SampleEntropyOptions& o, const Prepared& p,
               SampleEntropyResult& res, Progress* progress)
{
    const Templates t = distinctTemplates(x, o, p);
    // Copies of one template always match each other (r > 0), for A and for B.
    std::uint64_t copies = 0;
    for (std::uint64_t w : t.weight)
        copies += w * (w - 1) / 2;
    std::uint64_t a = 0, b = 0;
    bool complete = true;
    if (o.m == 1) {
        b = pairsWithin1<Strict>(t, p.r);
        complete = pairsWithin2<Strict>(t, p.r, o.threads, progress, a);
    } else if (o.m == 2) {
        complete = pairsWithin2<Strict>(t, p.r, o.threads, progress, b) &&
                   pairsGrid<Strict>(t, p.r, 0, 3, o.threads, progress, b, a);
    } else {
        complete = pairsGrid<Strict>(t, p.r, o.m, o.m + 1, o.threads, progress, b, a);
    }
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return;
    }
    res.a = a + copies;
    res.b = b + copies;
    if (p.startsB > p.startsA)
        res.b += extraPairsB<Strict>(x, o, p);
}

} // namespace

SampleEntropyResult sampleEntropy(std::span<const double> series, const SampleEntropyOptions& options, Progress* progress)
{
    SampleEntropyResult res;
    const Prepared p = prepare(series, options, res);
    if (p.r > 0.0) {
        if (options.rule == MatchRule::Less)
            countFast<true>(series, options, p, res, progress);
        else
            countFast<false>(series, options, p, res, progress);
        if (res.outcome == Outcome::Canceled)
            return res;
    }
    finish(res);
    return res;
}

MeasureValue sampleEntropyValue(std::span<const double> series, int m, double rFraction)
{
    SampleEntropyOptions o;
    o.m = m;
    o.r = rFraction;
    o.threads = 1;
    const SampleEntropyResult res = sampleEntropy(series, o);
    return res.defined ? MeasureValue::of(res.value) : MeasureValue::undefined(res.reason);
}

} // namespace nd
