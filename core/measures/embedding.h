// Choosing a delay embedding of one scalar series: the delay tau by the first minimum of the
// average mutual information (Fraser & Swinney 1986, histogram estimator) or by the first zero
// of the autocorrelation, and the dimension m by false nearest neighbours (Kennel, Brown &
// Abarbanel 1992) and by Cao's E1/E2 (Cao 1997). Nearest neighbours come from a k-d tree, so a
// dimension costs about N log N distance evaluations, not N^2. Any thread may call; a call only
// reads its input.
//
// Measures that embed a series (permutation entropy, recurrence quantification) call
// chooseDelay() for their tau and, for m, chooseDimension() with that tau.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

enum class DelayMethod {
    MutualInformation, // first minimum of the average mutual information
    Autocorrelation,   // first lag where the autocorrelation is <= 0
};

struct DelayOptions {
    DelayMethod method = DelayMethod::MutualInformation;
    // Largest lag examined; 0: min(N / 4, 1000).
    int maxLag = 0;
    // Bins per axis of the joint histogram, over [min, max] of the whole series, each sample
    // spread over 3 adjacent bins by quadratic B-spline weights (Daub et al. 2004); 0: Sturges'
    // count ceil(log2 N) + 1, at most 64.
    int bins = 0;

    bool operator==(const DelayOptions&) const = default;
};

struct DelayResult {
    std::vector<double> mutualInformation; // I(tau) in nats, tau = 0..maxLag (index = lag)
    std::vector<double> autocorrelation;   // r(tau), tau = 0..maxLag
    int maxLag = 0;
    int bins = 0;
    bool defined = false;
    int delay = 0;      // the chosen tau (>= 1) when defined
    std::string rule;   // which rule gave it: "first minimum", "1/e fallback", "first zero"
    std::string reason; // why undefined
    std::string conventions;
};

// Throws InputError for fewer than 16 samples, a non-finite sample, maxLag < 0, maxLag >= N - 1
// or bins outside 0 or 3..1024. A constant series is undefined.
DelayResult chooseDelay(std::span<const double> series, const DelayOptions& options = {});

struct DimensionOptions {
    int delay = 1;              // tau, >= 1
    int maxDimension = 10;      // m = 1..maxDimension are tested (Cao needs maxDimension + 1 coordinates)
    int theilerWindow = 0;      // neighbours j with |i - j| <= w are excluded
    double rTol = 10.0;         // Kennel's R_tol: |x_{i+m tau} - x_{j+m tau}| / R_m(i) > R_tol is false
    double aTol = 2.0;          // Kennel's A_tol: R_{m+1}(i) / sd > A_tol is false
    double fnnThreshold = 0.01; // chosen m = the first whose FNN fraction is below this
    double caoThreshold = 0.9;  // chosen d = the first whose E1(d) is at or above this
    // Sample values closer than this times the standard deviation are one value (each value
    // takes the smallest value of its run, a run starting wherever the sorted values step by
    // more than that from the run's first), so vectors that repeat up to rounding are duplicates
    // at distance 0, not neighbours: an exactly periodic series (a sine of 20 samples per
    // period) repeats its samples to within 1e-13 or so, and Kennel's ratio of two rounding
    // errors, or Cao's, is an arbitrary number (it chose m = 10 for a sine). 0: exact equality.
    double identicalTolerance = 1e-9;

    bool operator==(const DimensionOptions&) const = default;
};

struct DimensionResult {
    // Index k holds dimension m = k + 1.
    std::vector<double> fnnFraction; // false / counted points, NaN when no point was counted
    std::vector<std::size_t> fnnCounted;
    std::vector<double> caoE1; // E(d+1) / E(d), maximum norm
    std::vector<double> caoE2; // E*(d+1) / E*(d)
    bool fnnDefined = false;
    int fnnDimension = 0;
    std::string fnnReason;
    bool caoDefined = false;
    int caoDimension = 0;
    std::string caoReason;
    // Distance evaluations of every neighbour search in the call: the k-d tree's work, which
    // the tests compare with the N^2 / 2 of a brute-force search.
    std::uint64_t distanceEvaluations = 0;
    double sd = 0.0; // population standard deviation, Kennel's R_A
    std::string conventions;
};

// Throws InputError for a non-finite sample, delay < 1, maxDimension outside 1..30, a negative
// Theiler window, non-positive or non-finite tolerances or thresholds (identicalTolerance may be 0,
// not negative, at most 1e-3), or fewer than
// (maxDimension + 1) delay + 2 (theilerWindow + 1) + 1 samples (Cao's E(maxDimension + 1) needs
// vectors with maxDimension + 2 coordinates, each with a neighbour outside its window). A
// constant series has no defined choice. Cost: a k-d tree over the distinct vectors of each
// dimension, about N log N distance evaluations per search (identical vectors are merged, so a
// series of few distinct values does not make every query walk through its duplicates).
DimensionResult chooseDimension(std::span<const double> series, const DimensionOptions& options = {});

} // namespace nd
