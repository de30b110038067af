// Approximate entropy (Pincus 1991) of one series: ApEn = Phi_m - Phi_{m+1}, with Phi_k the
// mean over the N - k + 1 templates of length k of ln(C_i), C_i the fraction of templates within
// r of template i, self-match included (as Pincus defines it, so no logarithm is of 0).
// Tolerance rule and match rule as sample entropy's. Any thread may call; a call only reads its
// input.
#pragma once

#include "measures/sampleentropy.h"

#include <cstddef>
#include <span>
#include <string>

namespace nd {

struct ApproximateEntropyOptions {
    int m = 2;      // template length, >= 1
    double r = 0.2; // tolerance: absolute, or a fraction of the standard deviation
    ToleranceKind toleranceKind = ToleranceKind::FractionOfStdDev;
    int ddof = 0; // standard deviation divisor N - ddof (0 or 1)
    MatchRule rule = MatchRule::LessOrEqual;

    bool operator==(const ApproximateEntropyOptions&) const = default;
};

struct ApproximateEntropyResult {
    double phiM = 0.0;           // Phi_m
    double phiM1 = 0.0;          // Phi_{m+1}
    std::size_t templatesM = 0;  // N - m + 1
    std::size_t templatesM1 = 0; // N - m
    double toleranceUsed = 0.0;  // absolute r actually applied
    double stdDev = 0.0;         // of the series, with the chosen ddof
    bool defined = false;
    double value = 0.0; // Phi_m - Phi_{m+1} when defined
    std::string reason; // why undefined
    std::string conventions;
};

// Throws InputError for m < 1, r <= 0 or non-finite, ddof not 0/1, a series shorter than m + 2
// samples (two templates of length m + 1) or a non-finite sample. A series constant to rounding
// under the relative tolerance is undefined (as sample entropy's).
ApproximateEntropyResult approximateEntropy(std::span<const double> series,
                                            const ApproximateEntropyOptions& options = {});

} // namespace nd
