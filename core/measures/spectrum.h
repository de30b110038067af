// Numerical pieces shared by the multifractal analyses: a least-squares line with its quality,
// and the Legendre transform of tau(q) on a (possibly non-uniform) q grid. Pure functions.
#pragma once

#include <span>
#include <vector>

namespace nd {

struct LineFit {
    double slope = 0.0, intercept = 0.0;
    double rSquared = 1.0;    // 1 when y is constant (a perfect fit)
    double slopeStdErr = 0.0; // 0 with two points
};
// Throws InputError for fewer than two points, a size mismatch, or constant x.
LineFit fitLine(std::span<const double> x, std::span<const double> y);

struct LegendreSpectrum {
    bool defined = false;     // needs at least two q values
    std::vector<double> alpha; // d tau / d q: second-order differences inside, one-sided at the ends
    std::vector<double> f;     // q alpha - tau
    double width = 0.0;        // max alpha - min alpha
    double alpha0 = 0.0;       // alpha where f is largest (first such q)
};
// q must be strictly increasing.
LegendreSpectrum legendreSpectrum(std::span<const double> q, std::span<const double> tau);

// Sorts a copy of a q grid and throws InputError naming `field` for an empty grid, a
// non-finite value or a duplicate.
std::vector<double> sortedQGrid(std::span<const double> q, const char* field);

} // namespace nd
