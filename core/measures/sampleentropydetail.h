// Internal pieces shared by the fast and brute-force sample entropy counts (validation,
// conventions text, the match predicate, the extra B pairs of the AllTemplates convention).
// Not part of the public API; any thread may call.
#pragma once

#include "measures/sampleentropy.h"

#include <cmath>
#include <cstdint>
#include <span>

namespace nd::sampen_detail {

struct Prepared {
    std::size_t startsA = 0; // N - m*lag
    std::size_t startsB = 0; // SharedStarts: startsA; AllTemplates: N - (m-1)*lag
    double r = 0.0;
    double sd = 0.0;
};

// Validates the options and series (throws InputError) and fills the result's conventions.
Prepared prepare(std::span<const double> x, const SampleEntropyOptions& o, SampleEntropyResult& res);
// Turns the counts into the value, or "undefined" with the reason.
void finish(SampleEntropyResult& res);

template <bool Strict>
inline bool within(double a, double b, double r)
{
    const double d = std::fabs(a - b);
    return Strict ? d < r : d <= r;
}

// Pairs (t, u), u < t, where t is one of the extra length-m templates of the AllTemplates
// convention (they have no (m+1)-th coordinate, so they only add to B).
template <bool Strict>
std::uint64_t extraPairsB(std::span<const double> x, const SampleEntropyOptions& o, const Prepared& p)
{
    std::uint64_t b = 0;
    const std::size_t lag = static_cast<std::size_t>(o.lag);
    for (std::size_t t = p.startsA; t < p.startsB; ++t)
        for (std::size_t u = 0; u < t; ++u) {
            bool ok = true;
            for (int k = 0; k < o.m && ok; ++k)
                ok = within<Strict>(x[t + k * lag], x[u + k * lag], p.r);
            b += ok;
        }
    return b;
}

} // namespace nd::sampen_detail
