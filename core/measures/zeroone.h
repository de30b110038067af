// The 0-1 test for chaos (Gottwald & Melbourne, correlation method) with every intermediate a
// referee asks for. The mean-square displacement M_c(n) costs O(N log N) per c (FFT
// autocorrelation + prefix sums); the direct O(N n_cut) sum is kept as the test oracle.
// Any thread may call; pass threads = 1 when already inside a parallel scan.
#pragma once

#include "common/outcome.h"
#include "measures/measurecommon.h"

#include <cstdint>
#include <numbers>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct ZeroOneOptions {
    std::uint64_t seed = 1;              // seeds the c draw (reproducible on every platform)
    int cCount = 100;                    // number of c values drawn uniformly in (cMin, cMax)
    double cMin = std::numbers::pi / 5;
    double cMax = 4 * std::numbers::pi / 5;
    std::vector<double> cValues;         // if not empty: used instead of the draw
    std::size_t nCut = 0;                // 0: N / 10
    bool keepMsd = true;                 // keep M_c(n) for every c (cCount * nCut doubles)
    int threads = 0;                     // <= 0: nd::defaultThreadCount()

    bool operator==(const ZeroOneOptions&) const = default;
};

struct ZeroOneResult {
    bool defined = false;
    double k = 0.0;                      // median of the defined K_c
    std::string reason;                  // why K is undefined
    Outcome outcome = Outcome::Completed;
    std::vector<double> c;               // every c ...
    std::vector<double> kc;              // ... with its K_c (0 where undefined)
    std::vector<unsigned char> kcDefined;
    std::size_t nCut = 0;
    std::vector<std::vector<double>> msd; // msd[ci][n-1] = M_c(n), n = 1..nCut (if keepMsd)
    std::size_t displayIndex = 0;        // the (first) c whose K_c is closest to the median ...
    std::vector<double> p, q;            // ... and its trajectory p_c(n), q_c(n), n = 1..N
    double oversamplingRatio = 0.0;      // (max - min) / mean |x_{n+1} - x_n|
    bool oversampled = false;            // ratio > 10: K is unreliable (subsample first)
    std::string warning;
    std::string conventions;
};

// Throws InputError for fewer than 50 samples, a non-finite sample, cCount < 1, an empty or
// invalid c range, c outside (0, 2 pi), or nCut outside [3, N - 1].
ZeroOneResult zeroOneTest(std::span<const double> series, const ZeroOneOptions& options = {},
                          Progress* progress = nullptr);

// M_c(n) for n = 1..nCut, mean over j = 1..N-n of |z(j+n) - z(j)|^2 with z = p + i q.
std::vector<double> zeroOneMsdFft(std::span<const double> series, double c, std::size_t nCut);
std::vector<double> zeroOneMsdDirect(std::span<const double> series, double c, std::size_t nCut);

// The c values a seed draws (deterministic, independent of the standard library).
std::vector<double> zeroOneDrawC(std::uint64_t seed, int count, double cMin, double cMax);

// Scalar entry point for parameter scans: K with the default c draw, single-threaded.
MeasureValue zeroOneK(std::span<const double> series, std::uint64_t seed = 1);

} // namespace nd
