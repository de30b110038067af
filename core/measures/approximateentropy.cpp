#include "measures/approximateentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>
#include <vector>

namespace nd {

namespace {

// Per-template match counts for lengths m and m + 1 at once. The templates are visited in the
// order of their first coordinate, and only those whose first coordinate lies within r are
// compared further: exact (the window bounds use the match predicate itself) and far below
// N^2 comparisons unless r spans most of the range.
template <bool Strict>
void countMatches(std::span<const double> x, int m, double r, std::vector<double>& cm,
                  std::vector<double>& cm1)
{
    const std::size_t nm = x.size() - static_cast<std::size_t>(m) + 1; // templates of length m
    const std::size_t nm1 = nm - 1;                                    // of length m + 1
    std::vector<std::size_t> order(nm);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    cm.assign(nm, 0.0);
    cm1.assign(nm1, 0.0);
    for (std::size_t a = 0; a < nm; ++a) {
        const std::size_t i = order[a];
        // Pairs (i, j) with j after i in the order: each counted once for both templates.
        for (std::size_t b = a; b < nm && sampen_detail::within<Strict>(x[order[b]], x[i], r); ++b) {
            const std::size_t j = order[b];
            bool ok = true;
            for (int k = 1; k < m && ok; ++k)
                ok = sampen_detail::within<Strict>(x[i + k], x[j + k], r);
            if (!ok)
                continue;
            cm[i] += 1.0;
            if (j != i)
                cm[j] += 1.0;
            const std::size_t last = static_cast<std::size_t>(m);
            if (i < nm1 && j < nm1 && sampen_detail::within<Strict>(x[i + last], x[j + last], r)) {
                cm1[i] += 1.0;
                if (j != i)
                    cm1[j] += 1.0;
            }
        }
    }
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
