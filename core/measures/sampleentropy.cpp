#include "measures/sampleentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>
#include <utility>
#include <vector>

namespace nd {

using namespace sampen_detail;

namespace {

template <bool Strict>
void countFast(std::span<const double> x, const SampleEntropyOptions& o, const Prepared& p,
               SampleEntropyResult& res, Progress* progress)
{
    const std::size_t lag = static_cast<std::size_t>(o.lag);
    const int m = o.m;
    const double r = p.r;
    auto at = [&](std::size_t start, int k) { return x[start + static_cast<std::size_t>(k) * lag]; };

    // Sort template starts lexicographically by their m + 1 coordinates and merge identical
    // templates into one entry with a multiplicity: ties (integer data, constant stretches) then
    // cost one entry instead of a quadratic number of pairs. The order is by first coordinate.
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
    std::vector<std::size_t> rep;      // one template start per distinct template
    std::vector<std::uint64_t> weight; // its multiplicity
    for (std::size_t i = 0; i < order.size(); ++i) {
        bool same = !rep.empty();
        for (int k = 0; k <= m && same; ++k)
            same = at(order[i].second, k) == at(rep.back(), k);
        if (same) {
            ++weight.back();
        } else {
            rep.push_back(order[i].second);
            weight.push_back(1);
        }
    }
    order.clear();
    order.shrink_to_fit();
    const std::size_t n = rep.size();
    auto pairsWithin = [](std::uint64_t w) { return w * (w - 1) / 2; };

    std::uint64_t bFromWindow = 0;
    if (m == 1) {
        // B needs only the first coordinate: a two-pointer window over the sorted values is
        // exact because the rounded difference is monotone in either argument.
        std::vector<std::uint64_t> prefix(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            prefix[i + 1] = prefix[i] + weight[i];
        std::size_t hi = 0;
        for (std::size_t i = 0; i < n; ++i) {
            hi = std::max(hi, i + 1);
            while (hi < n && within<Strict>(x[rep[hi]], x[rep[i]], r))
                ++hi;
            bFromWindow += weight[i] * (prefix[hi] - prefix[i + 1]) + pairsWithin(weight[i]);
        }
    }

    // Greedy cells along the first coordinate: every member is within r (<=) of the cell's first
    // value, so two templates two or more cells apart can never match (exactly, in floating point).
    std::vector<std::size_t> cellStart{0};
    for (std::size_t i = 1; i < n; ++i)
        if (!(x[rep[i]] - x[rep[cellStart.back()]] <= r))
            cellStart.push_back(i);
    cellStart.push_back(n);
    const std::size_t cells = cellStart.size() - 1;

    // Within each cell order by the second coordinate, then lay coordinates out contiguously.
    std::vector<std::size_t> perm(n);
    std::iota(perm.begin(), perm.end(), std::size_t(0));
    std::vector<double> second(n);
    for (std::size_t i = 0; i < n; ++i)
        second[i] = at(rep[i], 1);
    for (std::size_t c = 0; c < cells; ++c)
        std::sort(perm.begin() + static_cast<std::ptrdiff_t>(cellStart[c]),
                  perm.begin() + static_cast<std::ptrdiff_t>(cellStart[c + 1]),
                  [&](std::size_t a, std::size_t b) { return second[a] < second[b]; });
    std::vector<std::vector<double>> coord(static_cast<std::size_t>(m) + 1, std::vector<double>(n));
    std::vector<std::uint64_t> w(n);
    for (std::size_t pos = 0; pos < n; ++pos) {
        for (int k = 0; k <= m; ++k)
            coord[static_cast<std::size_t>(k)][pos] = at(rep[perm[pos]], k);
        w[pos] = weight[perm[pos]];
    }

    // Tasks: slices of at most `chunk` entries of one cell.
    constexpr std::size_t chunk = 512;
    struct Task {
        std::size_t cell, begin, end;
    };
    std::vector<Task> tasks;
    for (std::size_t c = 0; c < cells; ++c)
        for (std::size_t b = cellStart[c]; b < cellStart[c + 1]; b += chunk)
            tasks.push_back({c, b, std::min(b + chunk, cellStart[c + 1])});
    std::vector<std::pair<std::uint64_t, std::uint64_t>> counts(tasks.size());

    const double* y = coord[1].data();
    const bool unitWeights = std::all_of(w.begin(), w.end(), [](std::uint64_t v) { return v == 1; });
    // Weighted matches of entry i against the candidates [lo, hi) (already within r on coordinate 1).
    auto countRange = [&](std::size_t i, std::size_t lo, std::size_t hi, std::vector<unsigned char>& mask,
                          std::uint64_t& a, std::uint64_t& b) {
        const std::size_t len = hi - lo;
        if (len == 0)
            return;
        if (unitWeights && m == 2) {
            // The benchmark's case, fused into one branch-free pass (coordinate 1 is the window).
            const double* c0 = coord[0].data() + lo;
            const double* c2 = coord[2].data() + lo;
            const double x0 = coord[0][i], x2 = coord[2][i];
            unsigned ca = 0, cb = 0;
            for (std::size_t j = 0; j < len; ++j) {
                const unsigned b0 = within<Strict>(c0[j], x0, r);
                cb += b0;
                ca += b0 & static_cast<unsigned>(within<Strict>(c2[j], x2, r));
            }
            a += ca;
            b += cb;
            return;
        }
        mask.resize(len);
        const double* c0 = coord[0].data() + lo;
        const double x0 = coord[0][i];
        for (std::size_t j = 0; j < len; ++j)
            mask[j] = within<Strict>(c0[j], x0, r);
        for (int k = 2; k < m; ++k) {
            const double* ck = coord[static_cast<std::size_t>(k)].data() + lo;
            const double xk = coord[static_cast<std::size_t>(k)][i];
            for (std::size_t j = 0; j < len; ++j)
                mask[j] &= within<Strict>(ck[j], xk, r);
        }
        const double* cm = coord[static_cast<std::size_t>(m)].data() + lo;
        const double xm = coord[static_cast<std::size_t>(m)][i];
        const std::uint64_t* wj = w.data() + lo;
        std::uint64_t aa = 0, bb = 0;
        if (unitWeights) {
            // Continuous data rarely repeats a template: plain mask sums vectorise best.
            unsigned ca = 0, cb = 0;
            if (m == 1) {
                for (std::size_t j = 0; j < len; ++j)
                    ca += mask[j];
            } else {
                for (std::size_t j = 0; j < len; ++j) {
                    cb += mask[j];
                    ca += mask[j] & static_cast<unsigned char>(within<Strict>(cm[j], xm, r));
                }
            }
            a += ca;
            b += cb;
            return;
        }
        if (m == 1) {
            // The window coordinate is the (m+1)-th one: every candidate matching on the first is an A pair.
            for (std::size_t j = 0; j < len; ++j)
                aa += mask[j] * wj[j];
        } else {
            for (std::size_t j = 0; j < len; ++j) {
                bb += mask[j] * wj[j];
                aa += (mask[j] & static_cast<unsigned char>(within<Strict>(cm[j], xm, r))) * wj[j];
            }
        }
        a += aa * w[i];
        b += bb * w[i];
    };

    const bool complete = parallelFor(tasks.size(), o.threads, [&](std::size_t t) {
        const Task& task = tasks[t];
        const std::size_t cellEnd = cellStart[task.cell + 1];
        const bool hasNext = task.cell + 1 < cells;
        const std::size_t nextBegin = hasNext ? cellStart[task.cell + 1] : 0;
        const std::size_t nextEnd = hasNext ? cellStart[task.cell + 2] : 0;
        std::vector<unsigned char> mask;
        std::uint64_t a = 0, b = 0;
        // First candidate in the next cell: below the window on the second coordinate.
        std::size_t lo = nextBegin;
        if (hasNext) {
            const double yi = y[task.begin];
            lo = static_cast<std::size_t>(std::partition_point(y + nextBegin, y + nextEnd, [&](double v) {
                                              return v < yi && !within<Strict>(v, yi, r);
                                          }) - y);
        }
        std::size_t hi = task.begin + 1, nhi = lo;
        for (std::size_t i = task.begin; i < task.end; ++i) {
            const double yi = y[i];
            // Copies of one template always match each other (r > 0).
            a += pairsWithin(w[i]);
            b += pairsWithin(w[i]);
            // Same cell, later in second-coordinate order: a contiguous run above yi.
            // Both window ends only move forward as yi grows, so the scans cost O(cell) in total.
            hi = std::max(hi, i + 1);
            while (hi < cellEnd && within<Strict>(y[hi], yi, r))
                ++hi;
            countRange(i, i + 1, hi, mask, a, b);
            if (hasNext) {
                while (lo < nextEnd && y[lo] < yi && !within<Strict>(y[lo], yi, r))
                    ++lo;
                nhi = std::max(nhi, lo);
                while (nhi < nextEnd && within<Strict>(y[nhi], yi, r))
                    ++nhi;
                countRange(i, lo, nhi, mask, a, b);
            }
        }
        counts[t] = {a, b};
    }, progress);
    if (!complete) {
        res.reason = "cancelled";
        return;
    }
    for (const auto& [a, b] : counts) {
        res.a += a;
        res.b += b;
    }
    if (m == 1)
        res.b = bFromWindow;
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
        if (res.reason == "cancelled")
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
