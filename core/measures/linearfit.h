// Fitting reports for the scaling exponents of the measures (MFDFA h(q), the network spectrum's
// tau(q)): a least-squares line with its range, point count, R^2 and slope standard error, and a
// crossover test that asks whether two lines with a break fit clearly better than one.
// Pure functions; any thread.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

// A straight line fitted by ordinary least squares to (x, y).
struct FitReport {
    double slope = 0.0, intercept = 0.0;
    std::size_t points = 0;
    double rSquared = 1.0;         // 1 when y is constant (a perfect fit)
    double slopeStdErr = 0.0;      // sqrt(RSS / (n - 2) / Sxx); 0 with two points
    double xMin = 0.0, xMax = 0.0; // the fitted range of x
};

// Throws InputError for fewer than two points, a size mismatch, or constant x.
FitReport fitReport(std::span<const double> x, std::span<const double> y);

// Best two-segment fit against one line, compared by the Bayesian information criterion
// BIC = n ln(RSS / n) + k ln n with k = 2 for one line and k = 5 for two (two lines and the
// break), RSS weighted when weights are given. A crossover is reported when the two-segment BIC
// is lower by more than `minBicGain` AND the two slopes differ by at least `minSlopeChange`, so
// that a curvature too small to matter for an exponent is not flagged. Each segment must hold
// minSegmentPoints points and span minSegmentSpan in x (ln 4: a factor 4 in scale), because a
// line through the last few scales, where few segments (or boxes) are averaged, is noise.
// The defaults flag about 1 in 100 white-noise MFDFA runs (any q of -5..5) and every run of
// noise plus a weak random walk (docs/conventions.md, tests/measures/tst_fitreport.cpp).
struct CrossoverOptions {
    std::size_t minSegmentPoints = 3;
    double minSegmentSpan = 1.3862943611198906; // ln 4
    double minBicGain = 20.0;
    double minSlopeChange = 0.2;

    bool operator==(const CrossoverOptions&) const = default;
};

struct CrossoverReport {
    bool tested = false; // false: too few points (or too short a range) for two segments
    bool detected = false;
    double bicOne = 0.0, bicTwo = 0.0; // BIC of one line and of the best two-segment fit
    double slopeBelow = 0.0, slopeAbove = 0.0;
    std::size_t pointsBelow = 0; // points of the lower segment (x sorted ascending)
    double breakX = 0.0;         // where the two lines cross, clamped to the gap between segments
};

// x must be strictly increasing. `weights` (empty: all 1) weight each point's squared residual,
// e.g. MFDFA's segment count per scale, since ln F_q(s) of a scale averaged over fewer segments
// scatters more. RSS below 1e-14 of y's total (weighted) sum of squares counts as that floor,
// so lines exact to rounding never show a "crossover" made of round-off.
CrossoverReport crossoverTest(std::span<const double> x, std::span<const double> y,
                              const CrossoverOptions& options = {}, std::span<const double> weights = {});

// One entry of a result's `warnings` list: what is wrong with a fit, for which q, and the
// number that shows it.
struct FitWarning {
    std::string kind;  // "low_r_squared", "crossover" or "flat_segments"
    bool hasQ = false; // the warning is about one q's fit
    double q = 0.0;
    double value = 0.0;  // low_r_squared: R^2; crossover: break scale (or radius); flat_segments: count
    std::string message; // plain English, as the engine's other warnings
};

// Appends the low-R^2 and crossover warnings of one q's fit to `out`. `x` is the log of the
// scale (or radius) and `scaleWord` names it in messages ("scale", "radius").
void appendFitWarnings(std::vector<FitWarning>& out, double q, const FitReport& fit,
                       const CrossoverReport& crossover, double minRSquared, const char* scaleWord);

} // namespace nd
