// Multifractal detrended fluctuation analysis (Kantelhardt et al. 2002): two-ended
// segmentation, polynomial detrending of order p, q = 0 by the log average, fits over a chosen
// scale range, and the Legendre spectrum. Segments whose detrended variance vanishes (they make
// F_q infinite for q <= 0) are detected, excluded and reported rather than blowing up.
// Any thread may call; pass threads = 1 when already inside a parallel scan.
#pragma once

#include "common/outcome.h"
#include "measures/linearfit.h"
#include "measures/measurecommon.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct MfdfaOptions {
    std::vector<double> q = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}; // any order; duplicates are an error
    int order = 1;                    // detrending polynomial order p, 0..8
    std::vector<std::size_t> scales;  // explicit segment lengths (strictly increasing); empty: generated
    std::size_t minScale = 16;        // generated scales: scaleCount log-spaced (rounded) values ...
    std::size_t maxScale = 0;         // ... in [minScale, maxScale]; 0: N / 4
    int scaleCount = 20;
    // A segment is "zero-variance" when its residual sum of squares is below this fraction of
    // its sum of squares about its first profile value (the round-off floor of the sums used).
    double zeroVarianceTolerance = 1e-10;
    // Fitting reports (warnings only; no value changes): a fit with R^2 below minRSquared, a
    // crossover by `crossover`, and "flat" segments whose F^2 is below flatSegmentFraction of the
    // median F^2 at their scale (or zero): with q < 0 such segments dominate and diverge the
    // moments (Ihlen 2012), so they are counted and reported whenever the q grid has q < 0.
    double minRSquared = 0.98;
    CrossoverOptions crossover;
    double flatSegmentFraction = 1e-4;
    int threads = 0;                  // <= 0: nd::defaultThreadCount()

    bool operator==(const MfdfaOptions&) const = default;
};

struct MfdfaResult {
    std::vector<double> q;                        // sorted ascending
    std::vector<std::size_t> scales;
    std::vector<std::size_t> segments;            // per scale: 2 floor(N / s)
    std::vector<std::size_t> zeroVarianceSegments; // per scale: excluded segments
    std::vector<std::size_t> nearZeroSegments;     // per scale: kept, F^2 < flatSegmentFraction x median
    std::vector<unsigned char> scaleUsable;       // 0 where every segment had zero variance
    std::vector<std::vector<double>> logFq;       // [q][scale]: ln F_q(s) (0 where the scale is unusable)
    std::vector<double> h;                        // slope of ln F_q vs ln s
    std::vector<double> hStdErr;                  // standard error of that slope (0 with two scales)
    std::vector<double> rSquared;                 // fit quality per q
    std::vector<FitReport> fits;                  // per q: the full report of the h fit (x = ln s)
    std::vector<CrossoverReport> crossovers;      // per q: one line against two
    std::size_t fitScaleMin = 0, fitScaleMax = 0; // the scale range the fits used (usable scales)
    std::size_t fitPoints = 0;                    // how many scales the fits used
    std::vector<FitWarning> warnings;             // low R^2, crossovers, flat segments (q < 0)
    std::vector<double> tau;                      // q h - 1
    std::vector<double> alpha;                    // d tau / d q (finite differences on the q grid)
    std::vector<double> fAlpha;                   // q alpha - tau
    double width = 0.0;                           // max alpha - min alpha
    bool defined = false;
    std::string reason;                           // why undefined
    Outcome outcome = Outcome::Completed;
    std::string warning;                          // zero-variance report
    std::string conventions;
};

// Throws InputError for non-finite samples, an empty or duplicated q grid, non-finite q,
// order outside 0..8, scales outside [order + 2, N / 2] or not strictly increasing, fewer than
// two scales, or a series too short for the requested scales.
MfdfaResult mfdfa(std::span<const double> series, const MfdfaOptions& options = {}, Progress* progress = nullptr);

// The log-spaced scale set the defaults generate for a series of length n.
std::vector<std::size_t> mfdfaScales(std::size_t n, std::size_t minScale, std::size_t maxScale, int count);

// h(q) of a result, for q exactly in its grid (h(2) is the generalised Hurst exponent the
// significance tests offer besides the width); undefined with the reason when the spectrum is
// undefined or q is not in the grid.
MeasureValue mfdfaH(const MfdfaResult& result, double q);

// Scalar entry point for parameter scans: the spectrum width, single-threaded, default options.
MeasureValue mfdfaWidth(std::span<const double> series);

} // namespace nd
