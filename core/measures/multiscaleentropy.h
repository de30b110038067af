// Multiscale sample entropy (Costa et al. 2002) and its refined composite variant (RCMSE, Wu et
// al. 2014) over scales 1..S, on top of the sample entropy count (sampleentropy.h), so every
// convention (m, r, ddof, match rule, self-matches excluded) is the sample entropy's.
// The coarse-grained series are counted in parallel (nd::parallelFor, one task per series); any
// thread may call (pass threads = 1 when already inside a parallel scan); a call only reads its input.
#pragma once

#include "common/outcome.h"
#include "measures/sampleentropy.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

// Costa: one coarse-grained series per scale s (means of the non-overlapping windows
// x[0..s-1], x[s..2s-1], ...), SampEn of it. RefinedComposite: the s coarse-grained series
// starting at offsets 0..s-1, their A and B counts summed before the logarithm (Wu et al. 2014),
// which keeps the value defined at large scales where one short series has B or A = 0.
// Cost: each coarse-grained series takes N additions to build, so Costa's scales 1..S take S N
// and RCMSE's S^2 N / 2 (S = 20, N = 1e5: 2e7); the pair counts of RCMSE at scale s cover s
// series of N/s samples. Scales whose series are too short are skipped, not built.
enum class MseMethod { Costa, RefinedComposite };

struct MultiscaleEntropyOptions {
    int maxScale = 20; // scales 1..maxScale, >= 1
    int m = 2;         // template length, >= 1
    double r = 0.2;    // tolerance: absolute, or a fraction of the standard deviation
    ToleranceKind toleranceKind = ToleranceKind::FractionOfStdDev;
    int ddof = 0; // standard deviation divisor N - ddof (0 or 1)
    MatchRule rule = MatchRule::LessOrEqual;
    MseMethod method = MseMethod::Costa;
    // false (default, Costa et al.): r from the ORIGINAL series' SD at every scale, so the
    // decrease of the coarse-grained series' variance shows as a change of entropy. true: r from
    // each scale's coarse-grained series (offset 0) instead.
    bool tolerancePerScale = false;
    int threads = 0; // <= 0: nd::defaultThreadCount()

    bool operator==(const MultiscaleEntropyOptions&) const = default;
};

struct MultiscaleEntropyScale {
    int scale = 1;
    std::size_t length = 0;     // samples of one coarse-grained series (offset 0)
    int series = 1;             // coarse-grained series whose counts are summed (RCMSE: scale)
    std::uint64_t a = 0;        // matching pairs of length m + 1 (summed over the series)
    std::uint64_t b = 0;        // matching pairs of length m
    double toleranceUsed = 0.0; // absolute r applied at this scale
    bool defined = false;
    double value = 0.0; // -ln(A/B) when defined
    std::string reason; // why undefined
};

struct MultiscaleEntropyResult {
    std::vector<MultiscaleEntropyScale> scales; // scales 1..maxScale in order
    double stdDev = 0.0;                        // of the original series, with the chosen ddof
    // The sum of the values over the scales (the area under the MSE curve, Costa et al. 2005):
    // one number for comparisons and surrogate tests; undefined when any scale is.
    bool complexityDefined = false;
    double complexityIndex = 0.0;
    Outcome outcome = Outcome::Completed;
    std::string conventions;
};

// The coarse-grained series at `scale` starting at `offset` (0 <= offset < scale): the means of
// the windows x[offset + j*scale .. offset + (j+1)*scale - 1] that fit in the series.
std::vector<double> coarseGrain(std::span<const double> series, int scale, int offset = 0);

// Throws InputError for maxScale < 1 or more than the series has samples, m < 1, r <= 0 or
// non-finite, ddof not 0/1, a series shorter than m + 2 or a non-finite sample. A scale whose
// coarse-grained series is shorter than m + 2 samples is undefined, with that reason.
MultiscaleEntropyResult multiscaleEntropy(std::span<const double> series,
                                          const MultiscaleEntropyOptions& options = {},
                                          Progress* progress = nullptr);

} // namespace nd
