// Sample entropy (Richman & Moorman 2000) with every convention explicit, computed exactly by
// a cell/window algorithm far below O(N^2) in practice, multi-threaded with nd::parallelFor;
// the O(N^2) pair count is kept as the reference. Any thread may call; a call only reads its
// input (pass threads = 1 when already inside a parallel scan).
#pragma once

#include "common/outcome.h"
#include "measures/measurecommon.h"

#include <cstdint>
#include <span>
#include <string>

namespace nd {

class Progress;

enum class MatchRule { LessOrEqual, Less }; // |x_i - x_j| <= r (default) or < r, Chebyshev distance
enum class ToleranceKind { Absolute, FractionOfStdDev };
// SharedStarts: A and B both over the same N - m*lag template starts (Richman-Moorman, default).
// AllTemplates: B over all N - (m-1)*lag length-m templates, A over its N - m*lag (some libraries).
enum class TemplateCount { SharedStarts, AllTemplates };

struct SampleEntropyOptions {
    int m = 2;                 // template length, >= 1
    double r = 0.2;            // tolerance: absolute, or a fraction of the standard deviation
    ToleranceKind toleranceKind = ToleranceKind::FractionOfStdDev;
    int ddof = 0;              // standard deviation divisor N - ddof (0 or 1)
    int lag = 1;               // delay between template coordinates, >= 1
    MatchRule rule = MatchRule::LessOrEqual;
    TemplateCount templates = TemplateCount::SharedStarts;
    int threads = 0;           // <= 0: nd::defaultThreadCount()

    bool operator==(const SampleEntropyOptions&) const = default;
};

struct SampleEntropyResult {
    std::uint64_t a = 0;          // matching pairs of length m + 1
    std::uint64_t b = 0;          // matching pairs of length m
    std::uint64_t templatesA = 0; // template starts counted for A
    std::uint64_t templatesB = 0; // and for B
    double toleranceUsed = 0.0;   // absolute r actually applied
    double stdDev = 0.0;          // of the series, with the chosen ddof
    bool defined = false;
    double value = 0.0;           // -ln(A/B) when defined
    std::string reason;           // why undefined
    Outcome outcome = Outcome::Completed;
    std::string conventions;      // human-readable summary of the options used
};

// Throws InputError for m < 1, lag < 1, r <= 0 or non-finite, ddof not 0/1, fewer than two
// templates, or a non-finite sample.
SampleEntropyResult sampleEntropy(std::span<const double> series, const SampleEntropyOptions& options = {},
                                  Progress* progress = nullptr);
// The O(N^2) pair count, same conventions and checks: the test oracle and benchmark baseline.
SampleEntropyResult sampleEntropyBruteForce(std::span<const double> series, const SampleEntropyOptions& options = {});

// Scalar entry point for parameter scans (single-threaded: scans parallelise over points).
MeasureValue sampleEntropyValue(std::span<const double> series, int m = 2, double rFraction = 0.2);

} // namespace nd
