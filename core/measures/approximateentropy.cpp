#include "measures/approximateentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>
#include <vector>

namespace nd {

namespace {

// Per-template match counts for lengths m and m + 1 at once, in the order of the templates'
// first coordinate (Phi only sums over templates, so the order does not matter). Only templates
// within r on the first coordinate (m = 1) or on the first two (a grid, m >= 2) are compared
// further: exact (cells and windows are found with the match predicate itself, which is monotone
// because rounding is) and far below N^2 comparisons unless r spans most of the range. The
// coordinates are copied into that order so the windows read nearby memory; the last
// length-m template has no (m+1)-th coordinate, NaN there matches nothing, and it is left out of
// Phi_(m+1) (countsM1 holds the N - m others).
template <bool Strict>
void countMatches(std::span<const double> x, int m, double r, std::vector<double>& countsM,
                  std::vector<double>& countsM1)
{
    const std::size_t nm = x.size() - static_cast<std::size_t>(m) + 1; // templates of length m
    std::vector<std::size_t> order(nm);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    const std::size_t dims = static_cast<std::size_t>(m) + 1;
    std::vector<std::vector<double>> c(dims, std::vector<double>(nm));
    for (std::size_t a = 0; a < nm; ++a)
        for (std::size_t k = 0; k < dims; ++k)
            c[k][a] = order[a] + k < x.size() ? x[order[a] + k] : std::numeric_limits<double>::quiet_NaN();
    std::vector<double> cm(nm, 0.0), cm1(nm, 0.0);
    const double* c0 = c[0].data();
    const double* cl = c[dims - 1].data();
    // One matching pair (a, b), a != b, counted for both templates.
    auto pair = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = 0; k + 1 < dims; ++k)
            if (!sampen_detail::within<Strict>(c[k][b], c[k][a], r))
                return;
        cm[a] += 1.0;
        cm[b] += 1.0;
        if (sampen_detail::within<Strict>(cl[b], cl[a], r)) {
            cm1[a] += 1.0;
            cm1[b] += 1.0;
        }
    };
    for (std::size_t a = 0; a < nm; ++a) { // self-matches; the NaN coordinate matches nothing
        cm[a] = 1.0;
        cm1[a] = std::isnan(cl[a]) ? 0.0 : 1.0;
    }
    if (m == 1) {
        // The first coordinate is the whole length-m template: every pair in the window matches.
        for (std::size_t a = 0; a < nm; ++a)
            for (std::size_t b = a + 1; b < nm && sampen_detail::within<Strict>(c0[b], c0[a], r); ++b)
                pair(a, b);
    } else {
        // Cells along the first coordinate (members of one cell match on it, of cells two apart
        // never), each cell's templates ordered by the second coordinate: a pair is looked at
        // only when it matches on the second coordinate and its cells are equal or adjacent.
        const std::vector<std::size_t> cells = sampen_detail::greedyCells<Strict>(c0, nm, r);
        const double* c1 = c[1].data();
        std::vector<std::size_t> byC1(nm);
        std::iota(byC1.begin(), byC1.end(), std::size_t{0});
        for (std::size_t g = 0; g + 1 < cells.size(); ++g)
            std::sort(byC1.begin() + static_cast<std::ptrdiff_t>(cells[g]),
                      byC1.begin() + static_cast<std::ptrdiff_t>(cells[g + 1]),
                      [&](std::size_t a, std::size_t b) { return c1[a] < c1[b]; });
        for (std::size_t g = 0; g + 1 < cells.size(); ++g) {
            const std::size_t begin = cells[g], end = cells[g + 1];
            for (std::size_t i = begin; i < end; ++i)
                for (std::size_t j = i + 1;
                     j < end && sampen_detail::within<Strict>(c1[byC1[j]], c1[byC1[i]], r); ++j)
                    pair(byC1[i], byC1[j]);
            if (g + 2 >= cells.size())
                continue;
            // The next cell: a window along the second coordinate that only moves forward.
            const std::size_t nextEnd = cells[g + 2];
            std::size_t lo = end;
            for (std::size_t i = begin; i < end; ++i) {
                const double v = c1[byC1[i]];
                while (lo < nextEnd && c1[byC1[lo]] < v && !sampen_detail::within<Strict>(c1[byC1[lo]], v, r))
                    ++lo;
                for (std::size_t j = lo; j < nextEnd && sampen_detail::within<Strict>(c1[byC1[j]], v, r); ++j)
                    pair(byC1[i], byC1[j]);
            }
        }
    }
    countsM = std::move(cm);
    countsM1.clear();
    countsM1.reserve(nm - 1);
    for (std::size_t a = 0; a < nm; ++a)
        if (!std::isnan(cl[a]))
            countsM1.push_back(cm1[a]);
}

double phi(const std::vector<double>& counts)
{
    const double n = static_cast<double>(counts.size());
    double sum = 0.0;
    for (double c : counts)
        sum += std::log(c / n);
    return sum / n;
}

} // namespace

ApproximateEntropyResult approximateEntropy(std::span<const double> series,
                                            const ApproximateEntropyOptions& o)
{
    if (o.m < 1)
        throw InputError("approximate entropy: m (template length) must be >= 1 (got " + std::to_string(o.m) +
                         ")");
    if (o.ddof != 0 && o.ddof != 1)
        throw InputError("approximate entropy: ddof must be 0 or 1 (got " + std::to_string(o.ddof) + ")");
    requireFinite(o.r, "approximate entropy: r");
    if (o.r <= 0.0) {
        std::ostringstream os;
        os << "approximate entropy: r must be > 0 (got " << o.r << ")";
        throw InputError(os.str());
    }
    requireSeries(series, static_cast<std::size_t>(o.m) + 2,
                  "approximate entropy: series (m + 2 samples give two templates of length m + 1)");
    ApproximateEntropyResult res;
    res.stdDev = seriesStdDev(series, o.ddof);
    res.toleranceUsed = sampen_detail::toleranceFor(series, o.r, o.toleranceKind, res.stdDev);
    res.templatesM = series.size() - static_cast<std::size_t>(o.m) + 1;
    res.templatesM1 = res.templatesM - 1;
    std::ostringstream c;
    c << "Pincus 1991: ApEn = Phi_m - Phi_(m+1), Phi_k = mean over the N-k+1 length-k templates of ln C_i, "
         "C_i = (templates within r of template i, itself included) / (N-k+1); m="
      << o.m << ", lag=1, r=";
    if (o.toleranceKind == ToleranceKind::Absolute)
        c << res.toleranceUsed << " (absolute)";
    else
        c << o.r << "*SD(ddof=" << o.ddof << ") = " << res.toleranceUsed;
    c << ", match Chebyshev distance " << (o.rule == MatchRule::LessOrEqual ? "<= r" : "< r")
      << ", self-matches included, " << res.templatesM << " and " << res.templatesM1 << " templates";
    res.conventions = c.str();
    if (res.toleranceUsed <= 0.0) {
        res.reason = "tolerance r is 0: " + constantSeriesReason();
        return res;
    }
    std::vector<double> cm, cm1;
    if (o.rule == MatchRule::Less)
        countMatches<true>(series, o.m, res.toleranceUsed, cm, cm1);
    else
        countMatches<false>(series, o.m, res.toleranceUsed, cm, cm1);
    res.phiM = phi(cm);
    res.phiM1 = phi(cm1);
    res.value = res.phiM - res.phiM1;
    res.defined = true;
    return res;
}

} // namespace nd
