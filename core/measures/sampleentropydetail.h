// Internal pieces shared by the fast and brute-force sample entropy counts (validation,
// conventions text, the match predicate, the extra B pairs of the AllTemplates convention).
// Not part of the public API; any thread may call.
#pragma once

#include "measures/sampleentropy.h"

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace nd::sampen_detail {

struct Prepared {
    std::size_t startsA = 0; // N - m*lag
    std::size_t startsB = 0; // SharedStarts: startsA; AllTemplates: N - (m-1)*lag
    double r = 0.0;
    double sd = 0.0;
};

// The tolerance rule every entropy of the family shares (sample, multiscale, approximate): an
// absolute r as given, or r times the series' SD (ddof); a series constant to rounding gets
// r = 0 under the relative rule (its SD is rounding noise), which the callers report as undefined.
double toleranceFor(std::span<const double> x, double r, ToleranceKind kind, double sd);

// Validates the options and series (throws InputError) and fills the result's conventions.
Prepared prepare(std::span<const double> x, const SampleEntropyOptions& o, SampleEntropyResult& res);
// Turns the counts into the value, or "undefined" with the reason.
void finish(SampleEntropyResult& res);

template <bool Strict> inline bool within(double a, double b, double r)
{
    const double d = std::fabs(a - b);
    return Strict ? d < r : d <= r;
}

// The distinct templates of length m + 1 (coordinates x[s], x[s + lag], ..., x[s + m lag] of
// the SharedStarts starts s), sorted lexicographically, each with its multiplicity.
struct Templates {
    int dims = 0;                           // m + 1
    std::vector<std::vector<double>> coord; // coord[k][i]: coordinate k of distinct template i
    std::vector<std::uint64_t> weight;
    bool unitWeights = true;
    std::size_t size() const { return weight.size(); }
};

// Pair counts over distinct templates i < j, weighted by weight[i] * weight[j] (pairs of
// copies of one template are the caller's). All are exact: windows are found with the match
// predicate itself, which is monotone in either argument because rounding is.
// Pairs matching on coordinate 0 (the templates' own order is by coordinate 0).
template <bool Strict> std::uint64_t pairsWithin1(const Templates& t, double r);
// Pairs matching on coordinates 0 and 1: cells along coordinate 0, sweeps with a Fenwick tree
// over coordinate 1; O(N log N). False when cancelled.
template <bool Strict>
bool pairsWithin2(const Templates& t, double r, int threads, Progress* progress, std::uint64_t& out);
// Pairs matching on coordinates 0 .. dB-1 (b, when dB >= 3) and 0 .. dA-1 (a), dA >= 3:
// candidates from a grid on coordinates 0 and 1 and windows along coordinate 2, so the work
// grows with the number of pairs matching on three coordinates. False when cancelled.
template <bool Strict>
bool pairsGrid(const Templates& t, double r, int dB, int dA, int threads, Progress* progress,
               std::uint64_t& b, std::uint64_t& a);

// Greedy cells along a sorted sequence: a cell starts at the first value not within r of the
// current cell's first value. Members of one cell all match each other; members of cells two
// or more apart never do (exactly, in floating point). Returns the cell starts plus n.
template <bool Strict> std::vector<std::size_t> greedyCells(const double* sorted, std::size_t n, double r)
{
    std::vector<std::size_t> start{0};
    for (std::size_t i = 1; i < n; ++i)
        if (!within<Strict>(sorted[i], sorted[start.back()], r))
            start.push_back(i);
    start.push_back(n);
    return start;
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
