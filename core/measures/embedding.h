// Choosing a delay embedding of one scalar series: the delay tau by the first minimum of the
// average mutual information (Fraser & Swinney 1986, histogram estimator) or by the first zero
// of the autocorrelation, and the dimension m by false nearest neighbours (Kennel, Brown &
// Abarbanel 1992) and by Cao's E1/E2 (Cao 1997). Nearest neighbours come from a k-d tree, so a
// dimension costs about N log N distance evaluations, not N^2. Any thread may call; a call only
// reads its input.
//
// Measures that embed a series (recurrence quantification, permutation entropy, sample, multiscale
// and approximate entropy) take their delay and dimension through chooseEmbedding(): given, or by
// these rules, the dimension chosen at the delay in use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
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
    // The mean I of the series against seeded random shuffles of itself (nats): the histogram
    // estimator's bias for independent samples. A minimum of I(tau) counts as the first minimum
    // only when I rises after it by more than twice this level before it falls below the minimum
    // again; smaller dips are the estimator's noise (the Henon map's I(tau) reaches the floor by
    // tau = 10 and then dips at random lags such as 13 or 23). Mutual information only.
    double independenceLevel = 0.0;
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
    double caoThreshold = 0.9;  // chosen d = the first whose E1(d) is at or above this, or
    // where E1 stops changing (Cao 1997): E1(d) >= 0.5 and E1 moves by at most caoPlateau to d + 1
    // and to d + 2, whichever comes first; 0 turns the plateau rule off.
    double caoPlateau = 0.05;
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
    std::string caoRule; // "threshold" or "plateau" when defined
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

// Where a measure's delay comes from: its given number, or a rule applied to the series.
enum class DelayRule {
    Given,             // the number in the measure's settings
    MutualInformation, // chooseDelay with DelayMethod::MutualInformation ("ami")
    Autocorrelation,   // chooseDelay with DelayMethod::Autocorrelation ("acf")
};

// Where a measure's embedding dimension (RQA's m, permutation entropy's order, the entropies'
// template length m) comes from.
enum class DimensionRule {
    Given, // the number in the measure's settings
    Fnn,   // false nearest neighbours at the delay in use
    Cao,   // Cao's E1 at the delay in use
};

// "ami", "acf", "fnn", "cao"; "given" for Given (study files write a given value as its number).
const char* delayRuleName(DelayRule rule);
const char* dimensionRuleName(DimensionRule rule);

// What a measure that embeds a series asks of the rules: each rule with the given number it
// replaces, the range of dimensions the measure accepts (permutation entropy: orders 2..8), and the
// measure's names for the two numbers, used in reasons ("order fnn chose m = 1; ...").
struct EmbeddingRequest {
    DelayRule delayRule = DelayRule::Given;
    int delay = 1;
    DimensionRule dimensionRule = DimensionRule::Given;
    int dimension = 2;
    int minDimension = 1;
    int maxDimension = 30;
    const char* delayName = "tau";
    const char* dimensionName = "m";
};

// The delay and dimension a measure uses: the rules' choices at chooseDelay's and
// chooseDimension's defaults (the dimension at the delay in use), or the given numbers.
struct EmbeddingChoice {
    bool defined = true; // false: a rule chose nothing, or a value the measure cannot use
    std::string reason;  // why not, naming the rule ("tau ami chose no delay: ...")
    int delay = 1;
    int dimension = 2;
    EmbeddingRequest request;
    std::optional<DelayResult> delayChoice;         // when the delay came from a rule
    std::optional<DimensionResult> dimensionChoice; // when the dimension came from a rule
    // The rule behind each number as a JSON output states it: "given", "ami: first minimum",
    // "ami: 1/e fallback", "acf: first zero", "fnn", "cao: threshold", "cao: plateau".
    std::string delayRuleText() const;
    std::string dimensionRuleText() const;
    // The numbers the rules chose, with their rules: "order = 4 (cao: plateau), delay = 2 (ami:
    // first minimum)"; given numbers are left out ("" when both are given).
    std::string summary() const;
};

// Applies the request's rules to the series. Never throws for a rule that finds nothing (that is
// an undefined choice with its reason); throws InputError where chooseDelay or chooseDimension
// refuse the series (too short for the rule, NaN). With both numbers given it only copies them.
EmbeddingChoice chooseEmbedding(std::span<const double> series, const EmbeddingRequest& request);

} // namespace nd
