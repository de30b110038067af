#include "measures/linearfit.h"

#include "measures/spectrum.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

namespace {

// Residual sum of squares of the least-squares line through (x, y).
double residualSumOfSquares(std::span<const double> x, std::span<const double> y, const LineFit& fit)
{
    double rss = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double r = y[i] - (fit.intercept + fit.slope * x[i]);
        rss += r * r;
    }
    return rss;
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

CrossoverReport crossoverTest(std::span<const double> x, std::span<const double> y, const CrossoverOptions& o)
{
    CrossoverReport rep;
    const std::size_t n = x.size(), m = std::max<std::size_t>(o.minSegmentPoints, 2);
    if (n != y.size() || n < 2 * m)
        return rep;
    double my = 0.0;
    for (double v : y)
        my += v;
    my /= static_cast<double>(n);
    double syy = 0.0;
    for (double v : y)
        syy += (v - my) * (v - my);
    // Round-off floor: without it two exact lines would compare ln of rounding noise.
    const double floor = std::max(1e-14 * syy, 1e-300);
    const LineFit one = fitLine(x, y);
    rep.tested = true;
    rep.bicOne = bic(std::max(residualSumOfSquares(x, y, one), floor), n, 2);
    double bestRss = -1.0;
    LineFit bestBelow, bestAbove;
    for (std::size_t k = m; k + m <= n; ++k) {
        const LineFit below = fitLine(x.first(k), y.first(k));
        const LineFit above = fitLine(x.subspan(k), y.subspan(k));
        const double rss = residualSumOfSquares(x.first(k), y.first(k), below) +
                           residualSumOfSquares(x.subspan(k), y.subspan(k), above);
        if (bestRss < 0.0 || rss < bestRss) {
            bestRss = rss;
            bestBelow = below;
            bestAbove = above;
            rep.pointsBelow = k;
        }
    }
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
