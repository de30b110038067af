// Recurrence quantification analysis (Marwan et al. 2007) of one series: the time-delay
// embedding (m, tau), a bit-packed recurrence matrix (fixed threshold or fixed recurrence rate,
// Theiler window, max or Euclidean norm) and the measures of its diagonal and vertical lines
// (RR, DET, L_max, L_mean, ENTR, LAM, TT, V_max), for the whole series or in sliding windows.
// Any thread may call; a call only reads its input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

// The largest matrix one call builds: 5e4 vectors, 312 MB of bits. Longer series go in windows.
inline constexpr std::size_t kMaxRecurrencePoints = 50000;

enum class RecurrenceNorm { Max, Euclidean };

enum class RecurrenceThreshold {
    Absolute,         // eps = threshold
    FractionOfStdDev, // eps = threshold * (population) standard deviation of the whole series
    FixedRate,        // eps = the distance at which the recurrence rate reaches threshold (0 < RR <= 1)
};

struct RecurrenceOptions {
    int dimension = 1; // embedding dimension m >= 1 (1: the series' own values)
    int delay = 1;     // embedding delay tau >= 1, in samples
    RecurrenceNorm norm = RecurrenceNorm::Max;
    RecurrenceThreshold thresholdKind = RecurrenceThreshold::FractionOfStdDev;
    double threshold = 0.1;
    // Theiler window w >= 0: pairs with |i - j| < w are excluded from the matrix, from the rate's
    // denominator and so from every line. w = 1 (default) removes the main diagonal only; w = 0
    // keeps it (it then counts as one diagonal line of length N).
    int theiler = 1;
    int minDiagonal = 2; // l_min >= 1: the shortest diagonal line DET, L_mean and ENTR count
    int minVertical = 2; // v_min >= 1: the shortest vertical line LAM and TT count

    bool operator==(const RecurrenceOptions&) const = default;
};

// N x N bits, row-major, each row padded to whole 64-bit words: N = 1e4 takes 12.5 MB.
class RecurrenceMatrix {
public:
    RecurrenceMatrix() = default;
    explicit RecurrenceMatrix(std::size_t n);
    std::size_t size() const { return n_; }
    std::size_t wordsPerRow() const { return words_; }
    bool at(std::size_t i, std::size_t j) const { return (row(i)[j >> 6] >> (j & 63)) & 1u; }
    const std::uint64_t* row(std::size_t i) const { return bits_.data() + i * words_; }
    std::uint64_t* row(std::size_t i) { return bits_.data() + i * words_; }
    std::size_t bytes() const { return bits_.size() * sizeof(std::uint64_t); }

private:
    std::size_t n_ = 0;
    std::size_t words_ = 0;
    std::vector<std::uint64_t> bits_;
};

struct RqaResult {
    std::size_t points = 0;          // embedded vectors N = samples - (m - 1) tau
    double epsilon = 0.0;            // the threshold used, in the series' units
    double stdDev = 0.0;             // population standard deviation of the whole series
    std::size_t recurrences = 0;     // recurrent ordered pairs (i, j) outside the Theiler window
    std::size_t admissiblePairs = 0; // ordered pairs outside the Theiler window
    // Line-length histograms over the whole (symmetric) matrix: [l] = number of lines of length l
    // (index 0 unused). Each line off the main diagonal appears twice, once in each triangle.
    std::vector<std::size_t> diagonalLines;
    std::vector<std::size_t> verticalLines;

    bool defined = false;
    std::string reason; // why RR and the rest are undefined
    double rr = 0.0;    // recurrences / admissiblePairs
    // A measure that divides by zero (no recurrences, or no line of the minimum length) is
    // undefined: its flag is false and its reason names the empty count.
    bool detDefined = false, lineDefined = false, lamDefined = false, ttDefined = false;
    std::string detReason, lineReason, lamReason, ttReason;
    double det = 0.0;     // points on diagonal lines >= l_min / all recurrent points
    double lMean = 0.0;   // mean length of diagonal lines >= l_min
    std::size_t lMax = 0; // longest diagonal line (0: none)
    double entr = 0.0;    // Shannon entropy (nats) of the diagonal lengths >= l_min
    double lam = 0.0;     // points on vertical lines >= v_min / all recurrent points
    double tt = 0.0;      // mean length of vertical lines >= v_min (trapping time)
    std::size_t vMax = 0; // longest vertical line
    std::string conventions;
};

// The recurrence matrix of the embedded series and the threshold used (the eps of the
// options, resolved). Throws like recurrenceQuantification; a constant series has no matrix
// (it throws InputError too, so call recurrenceQuantification for the undefined result).
RecurrenceMatrix recurrenceMatrix(std::span<const double> series, const RecurrenceOptions& options,
                                  double* epsilonUsed = nullptr);

// Throws InputError for m < 1, tau < 1, w < 0, l_min or v_min < 1, a threshold that is not
// positive (or a rate above 1), a non-finite sample, a series without two embedded vectors
// outside the Theiler window or with more than kMaxRecurrencePoints vectors. A constant series is undefined
// (every pair would recur).
RqaResult recurrenceQuantification(std::span<const double> series, const RecurrenceOptions& options = {});

struct WindowedRqaResult {
    std::vector<std::size_t> starts; // first sample of each window
    std::vector<RqaResult> windows;
};

// RQA of the windows [start, start + window) for start = 0, step, 2 step, ... while the window
// fits. A threshold given as a fraction of the standard deviation uses the whole series' SD, so
// the windows share one eps; a fixed rate is reached in each window on its own. Throws
// InputError for window < 2 or step < 1 or a window longer than the series, and as above.
WindowedRqaResult windowedRecurrenceQuantification(std::span<const double> series, std::size_t window,
                                                   std::size_t step, const RecurrenceOptions& options = {});

} // namespace nd
