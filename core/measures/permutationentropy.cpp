#include "measures/permutationentropy.h"

#include "common/errors.h"
#include "measures/measurecommon.h"

#include <array>
#include <cmath>
#include <sstream>
#include <utility>

namespace nd {

namespace {

constexpr std::array<std::size_t, kMaxPermutationOrder + 1> kFactorial{1, 1, 2, 6, 24, 120, 720, 5040, 40320};

// The one owner of the ordering rule (ties: the earlier sample is the smaller) and of the
// pattern numbering. Inline, so that with a constant order the loops unroll.
inline std::size_t lehmerIndex(const double* p, int order, std::size_t delay)
{
    std::size_t index = 0;
    for (int i = 0; i < order - 1; ++i) {
        const double xi = p[static_cast<std::size_t>(i) * delay];
        std::size_t c = 0;
        for (int j = i + 1; j < order; ++j)
            c += p[static_cast<std::size_t>(j) * delay] < xi;
        index += c * kFactorial[static_cast<std::size_t>(order - 1 - i)];
    }
    return index;
}

// The pattern counts for one fixed order, so the compiler unrolls the d(d-1)/2 comparisons.
template <int D>
void countPatterns(std::span<const double> x, std::size_t delay, bool weighted, std::vector<double>& w)
{
    const std::size_t windows = x.size() - (D - 1) * delay;
    for (std::size_t t = 0; t < windows; ++t) {
        const double* p = x.data() + t;
        const std::size_t index = lehmerIndex(p, D, delay);
        if (!weighted) {
            w[index] += 1.0;
            continue;
        }
        double mean = 0.0;
        for (int i = 0; i < D; ++i)
            mean += p[i * delay];
        mean /= D;
        double var = 0.0;
        for (int i = 0; i < D; ++i)
            var += (p[i * delay] - mean) * (p[i * delay] - mean);
        w[index] += var / D;
    }
}

template <int... Ds>
void countFor(int order, std::span<const double> x, std::size_t delay, bool weighted, std::vector<double>& w,
              std::integer_sequence<int, Ds...>)
{
    ((order == Ds ? countPatterns<Ds>(x, delay, weighted, w) : void()), ...);
}

} // namespace

std::size_t ordinalPatternIndex(const double* x, int order, std::size_t delay)
{
    return lehmerIndex(x, order, delay);
}

PermutationEntropyResult permutationEntropy(std::span<const double> series,
                                            const PermutationEntropyOptions& o)
{
    if (o.order < kMinPermutationOrder || o.order > kMaxPermutationOrder)
        throw InputError("permutation entropy: order must be from 2 to 8 (got " + std::to_string(o.order) +
                         ")");
    if (o.delay < 1)
        throw InputError("permutation entropy: delay must be >= 1 (got " + std::to_string(o.delay) + ")");
    const std::size_t delay = static_cast<std::size_t>(o.delay);
    const std::size_t span = static_cast<std::size_t>(o.order - 1) * delay;
    requireSeries(series, span + 1,
                  "permutation entropy: series (order " + std::to_string(o.order) + " at delay " +
                      std::to_string(o.delay) + " needs (order-1)*delay + 1 samples)");
    PermutationEntropyResult res;
    const std::size_t patterns = kFactorial[static_cast<std::size_t>(o.order)];
    res.windows = series.size() - span;
    res.maxEntropy = std::log(static_cast<double>(patterns));
    res.finiteSizeBias = static_cast<double>(patterns - 1) / (2.0 * static_cast<double>(res.windows)) /
                         (o.normalised ? res.maxEntropy : 1.0);
    std::ostringstream c;
    c << "Bandt-Pompe ordinal patterns of order d=" << o.order << " at delay tau=" << o.delay << " over "
      << res.windows << " windows, ties ranked by time (the earlier of equal values is the smaller), "
      << (o.weighted
              ? "each window weighted by the population variance of its d values (Fadlallah et al. 2013)"
              : "each window counted once")
      << ", Shannon entropy in nats" << (o.normalised ? " divided by ln d!" : "")
      << ", patterns that never occur count as p = 0 (0 ln 0 = 0)";
    res.conventions = c.str();
    if (res.windows < kPermutationWindowsPerPattern * patterns)
        res.warning = "only " + std::to_string(res.windows) + " windows for " + std::to_string(patterns) +
                      " possible patterns (d! for d=" + std::to_string(o.order) + "), fewer than " +
                      std::to_string(kPermutationWindowsPerPattern) +
                      " per pattern: the estimate is biased low (see finite_size_bias); lower the order "
                      "or use a longer series";

    res.frequencies.assign(patterns, 0.0);
    if (constantToRounding(series)) {
        res.reason = constantSeriesReason() + ": its ordinal patterns would come from the tie rule alone";
        res.patternsMissing = patterns;
        return res;
    }
    countFor(o.order, series, delay, o.weighted, res.frequencies,
             std::integer_sequence<int, 2, 3, 4, 5, 6, 7, 8>{});
    double total = 0.0;
    for (double v : res.frequencies)
        total += v;
    if (!(total > 0.0)) {
        res.reason = "every window has zero variance, so the weighted pattern distribution is empty";
        res.patternsMissing = patterns;
        return res;
    }
    double h = 0.0;
    for (double& v : res.frequencies) {
        v /= total;
        if (v > 0.0) {
            h -= v * std::log(v);
            ++res.patternsSeen;
        }
    }
    res.patternsMissing = patterns - res.patternsSeen;
    res.defined = true;
    res.value = o.normalised ? h / res.maxEntropy : h;
    // -sum p ln p of a single pattern is -0.0; report 0.
    if (res.value == 0.0)
        res.value = 0.0;
    return res;
}

} // namespace nd
