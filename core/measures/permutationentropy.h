// Permutation entropy (Bandt & Pompe 2002) of one series: the Shannon entropy of the ordinal
// patterns of order d at delay tau, optionally weighted by each window's variance (Fadlallah et
// al. 2013) and normalised by ln d!. Ties are ranked by a stated rule (the earlier sample is the
// smaller), never at random. Any thread may call; a call only reads its input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

inline constexpr int kMinPermutationOrder = 2;
inline constexpr int kMaxPermutationOrder = 8; // 8! = 40320 patterns
// Fewer windows than this many per possible pattern (N < 5 d!, a common rule of thumb for ordinal
// patterns) leave the pattern frequencies to chance: the result then carries a warning.
inline constexpr std::size_t kPermutationWindowsPerPattern = 5;

struct PermutationEntropyOptions {
    int order = 3;          // embedding dimension d, 2..8
    int delay = 1;          // tau between the window's samples, >= 1
    bool normalised = true; // divide by ln d! (the entropy of all d! patterns equally likely)
    bool weighted = false;  // each window counts with the (population) variance of its d values

    bool operator==(const PermutationEntropyOptions&) const = default;
};

struct PermutationEntropyResult {
    std::size_t windows = 0;         // N - (d-1) tau
    std::size_t patternsSeen = 0;    // distinct patterns with nonzero weight
    std::size_t patternsMissing = 0; // d! - patternsSeen
    std::vector<double> frequencies; // d! relative frequencies, by the pattern's Lehmer-code index
    double maxEntropy = 0.0;         // ln d! (nats)
    // Expected downward bias of the plug-in estimate when all d! patterns are equally likely:
    // (d! - 1) / (2 windows) nats (Miller 1955), divided by ln d! when normalised.
    double finiteSizeBias = 0.0;
    bool defined = false;
    double value = 0.0;  // nats, or a fraction of ln d! when normalised
    std::string reason;  // why undefined
    std::string warning; // fewer than kPermutationWindowsPerPattern windows per pattern, else empty
    std::string conventions;
};

// Index of the ordinal pattern of x[0], x[delay], ..., x[(d-1) delay] among the d! patterns:
// the Lehmer code c_i = #{j > i : x_j < x_i} read as a factorial-base number. Equal values rank
// the earlier sample as the smaller, so a constant window is the identity pattern (index 0).
std::size_t ordinalPatternIndex(const double* x, int order, std::size_t delay);

// Throws InputError for an order outside 2..8, delay < 1, a series without one full window
// (fewer than (d-1) tau + 1 samples) or a non-finite sample. A constant series is undefined (its
// patterns would come from the tie rule alone), as is a weighted one whose windows all have zero
// variance.
PermutationEntropyResult permutationEntropy(std::span<const double> series,
                                            const PermutationEntropyOptions& options = {});

} // namespace nd
