#include "measures/linearfit.h"

#include "measures/spectrum.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

namespace {

// Weighted least-squares line (w empty: unweighted) and its weighted residual sum of squares.
struct WeightedLine {
    double slope = 0.0, intercept = 0.0, rss = 0.0;
};

WeightedLine weightedLine(std::span<const double> x, std::span<const double> y, std::span<const double> w)
{
    auto weight = [&](std::size_t i) { return w.empty() ? 1.0 : w[i]; };
    double sw = 0.0, mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sw += weight(i);
        mx += weight(i) * x[i];
        my += weight(i) * y[i];
    }
    mx /= sw;
    my /= sw;
    double sxx = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += weight(i) * (x[i] - mx) * (x[i] - mx);
        sxy += weight(i) * (x[i] - mx) * (y[i] - my);
    }
    WeightedLine l;
    l.slope = sxx > 0.0 ? sxy / sxx : 0.0;
    l.intercept = my - l.slope * mx;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double r = y[i] - (l.intercept + l.slope * x[i]);
        l.rss += weight(i) * r * r;
    }
    return l;
}

double bic(double rss, std::size_t n, int parameters)
{
    const double nn = static_cast<double>(n);
    return nn * std::log(rss / nn) + parameters * std::log(nn);
}

} // namespace

FitReport fitReport(std::span<const double> x, std::span<const double> y)
{
    const LineFit fit = fitLine(x, y); // validates the input
    FitReport r;
    r.slope = fit.slope;
    r.intercept = fit.intercept;
    r.points = x.size();
    r.rSquared = fit.rSquared;
    r.slopeStdErr = fit.slopeStdErr;
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    r.xMin = *lo;
    r.xMax = *hi;
    return r;
}

CrossoverReport crossoverTest(std::span<const double> x, std::span<const double> y, const CrossoverOptions& o,
                              std::span<const double> weights)
{
    CrossoverReport rep;
    const std::size_t n = x.size(), m = std::max<std::size_t>(o.minSegmentPoints, 2);
    if (n != y.size() || n < 2 * m || (!weights.empty() && weights.size() != n))
        return rep;
    const auto sub = [&](std::size_t from, std::size_t count) {
        return weights.empty() ? weights : weights.subspan(from, count);
    };
    const WeightedLine one = weightedLine(x, y, weights);
    // Total weighted sum of squares: the one line's RSS plus what its slope explains.
    double syy = 0.0, sw = 0.0, my = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double wi = weights.empty() ? 1.0 : weights[i];
        sw += wi;
        my += wi * y[i];
    }
    my /= sw;
    for (std::size_t i = 0; i < n; ++i)
        syy += (weights.empty() ? 1.0 : weights[i]) * (y[i] - my) * (y[i] - my);
    // Round-off floor: without it two exact lines would compare ln of rounding noise.
    const double floor = std::max(1e-14 * syy, 1e-300);
    bool found = false;
    double bestRss = 0.0;
    WeightedLine bestBelow, bestAbove;
    for (std::size_t k = m; k + m <= n; ++k) {
        if (x[k - 1] - x[0] < o.minSegmentSpan || x[n - 1] - x[k] < o.minSegmentSpan)
            continue;
        const WeightedLine below = weightedLine(x.first(k), y.first(k), sub(0, k));
        const WeightedLine above = weightedLine(x.subspan(k), y.subspan(k), sub(k, n - k));
        if (!found || below.rss + above.rss < bestRss) {
            found = true;
            bestRss = below.rss + above.rss;
            bestBelow = below;
            bestAbove = above;
            rep.pointsBelow = k;
        }
    }
    if (!found)
        return rep;
    rep.tested = true;
    rep.bicOne = bic(std::max(one.rss, floor), n, 2);
    rep.bicTwo = bic(std::max(bestRss, floor), n, 5);
    rep.slopeBelow = bestBelow.slope;
    rep.slopeAbove = bestAbove.slope;
    const double gapLo = x[rep.pointsBelow - 1], gapHi = x[rep.pointsBelow];
    double cross = 0.5 * (gapLo + gapHi);
    if (bestBelow.slope != bestAbove.slope)
        cross = (bestAbove.intercept - bestBelow.intercept) / (bestBelow.slope - bestAbove.slope);
    rep.breakX = std::clamp(std::isfinite(cross) ? cross : 0.5 * (gapLo + gapHi), gapLo, gapHi);
    rep.detected = rep.bicOne - rep.bicTwo > o.minBicGain &&
                   std::fabs(rep.slopeAbove - rep.slopeBelow) >= o.minSlopeChange;
    return rep;
}

void appendFitWarnings(std::vector<FitWarning>& out, double q, const FitReport& fit,
                       const CrossoverReport& crossover, double minRSquared, const char* scaleWord)
{
    if (fit.rSquared < minRSquared) {
        std::ostringstream m;
        m << "poor fit at q = " << q << ": R^2 = " << fit.rSquared << " below " << minRSquared
          << ", the slope is not a clean scaling exponent over this " << scaleWord << " range";
        out.push_back({"low_r_squared", true, q, fit.rSquared, m.str()});
    }
    if (crossover.detected) {
        const double at = std::exp(crossover.breakX);
        std::ostringstream m;
        m << "crossover at q = " << q << ": two ranges fit better than one (BIC lower by "
          << crossover.bicOne - crossover.bicTwo << "), slope " << crossover.slopeBelow << " below and "
          << crossover.slopeAbove << " above " << scaleWord << " " << at
          << "; fit each range separately rather than trust one exponent";
        out.push_back({"crossover", true, q, at, m.str()});
    }
}

} // namespace nd
