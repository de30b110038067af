// The entropy family of issue 20 against in-process baselines: multiscale sample entropy
// (scales 1..20) against the O(N^2) pair count on every coarse-grained series, and permutation
// entropy (order 5) against a straightforward per-window argsort with the patterns kept in a map,
// approximate entropy against Pincus' formula summed directly (O(N^2)).
// Baselines that would take minutes are timed on a smaller problem and scaled by their known
// complexity; the kernel name says so.
#include "benchregistry.h"
#include "benchseries.h"

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

namespace {

// MSE as a first implementation would compute it: coarse-grain, then count pairs directly.
double naiveMse(const std::vector<double>& x, int scales)
{
    nd::SampleEntropyOptions o;
    o.toleranceKind = nd::ToleranceKind::Absolute;
    o.r = 0.2 * nd::seriesStdDev(x, 0);
    double sum = 0.0;
    for (int s = 1; s <= scales; ++s)
        sum += nd::sampleEntropyBruteForce(nd::coarseGrain(x, s), o).value;
    return sum;
}

// Permutation entropy as a first implementation would compute it: sort each window's indices
// (stable, so ties rank by time like the library) and count the permutations in a map.
double naivePermutationEntropy(const std::vector<double>& x, int d)
{
    std::map<std::vector<int>, std::size_t> counts;
    std::vector<int> idx(static_cast<std::size_t>(d));
    const std::size_t windows = x.size() - static_cast<std::size_t>(d - 1);
    for (std::size_t t = 0; t < windows; ++t) {
        std::iota(idx.begin(), idx.end(), 0);
        std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return x[t + a] < x[t + b]; });
        ++counts[idx];
    }
    double h = 0.0;
    for (const auto& [pattern, c] : counts) {
        const double p = static_cast<double>(c) / static_cast<double>(windows);
        h -= p * std::log(p);
    }
    return h / std::log(std::tgamma(d + 1.0));
}

// ApEn as Pincus writes it: for every template, count the templates within r (itself too).
double naiveApEn(const std::vector<double>& x, int m, double r)
{
    auto phi = [&](int k) {
        const std::size_t n = x.size() - static_cast<std::size_t>(k) + 1;
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t c = 0;
            for (std::size_t j = 0; j < n; ++j) {
                bool ok = true;
                for (int l = 0; l < k && ok; ++l)
                    ok = std::fabs(x[i + l] - x[j + l]) <= r;
                c += ok;
            }
            sum += std::log(static_cast<double>(c) / static_cast<double>(n));
        }
        return sum / static_cast<double>(n);
    };
    return phi(m) - phi(m + 1);
}

} // namespace

ND_BENCHMARK("entropy")
{
    using namespace nd;
    using bench::Result;
    std::vector<Result> results;
    const int threads = 2;

    // Multiscale sample entropy (Costa), scales 1..20, m = 2, r = 0.2 SD, Gaussian noise.
    {
        const std::size_t small = 20000, n = 100000;
        const auto xs = bench::gaussianNoise(small, 3);
        const bench::Timing naive = bench::measure([&] { bench::keep(naiveMse(xs, 20)); }, 1);
        const auto x = bench::gaussianNoise(n, 1);
        MultiscaleEntropyOptions o;
        o.threads = threads;
        const bench::Timing fast =
            bench::measure([&] { bench::keep(multiscaleEntropy(x, o).complexityIndex); }, 3);
        const double scale =
            static_cast<double>(n) * static_cast<double>(n) / (double(small) * double(small));
        results.push_back(
            Result::time("mse/N=1e5/scales=1..20/m=2/r=0.2SD", fast, threads)
                .against("O(N^2) pair count per scale timed at N=2e4, scaled by N^2", 1.0,
                         naive.scaled(scale), 1)
                .withGoal("<= 0.5 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.5; }));
        o.method = MseMethod::RefinedComposite;
        const bench::Timing rc =
            bench::measure([&] { bench::keep(multiscaleEntropy(x, o).complexityIndex); }, 1);
        results.push_back(Result::time("rcmse/N=1e5/scales=1..20/m=2/r=0.2SD", rc, threads)
                              .against("O(N^2) pair count per scale timed at N=2e4, scaled by N^2", 1.0,
                                       naive.scaled(scale), 1));
    }

    // Permutation entropy, order 5, delay 1, N = 1e6.
    {
        const std::size_t small = 100000, n = 1000000;
        const auto xs = bench::gaussianNoise(small, 4);
        const bench::Timing naive = bench::measure([&] { bench::keep(naivePermutationEntropy(xs, 5)); }, 1);
        const auto x = bench::gaussianNoise(n, 2);
        PermutationEntropyOptions o;
        o.order = 5;
        const bench::Timing fast = bench::measure([&] { bench::keep(permutationEntropy(x, o).value); }, 3);
        results.push_back(
            Result::time("permutation-entropy/N=1e6/d=5", fast, 1)
                .against("per-window argsort and a map, timed at N=1e5, x10", 1.0,
                         naive.scaled(static_cast<double>(n) / small), 1)
                .withGoal("<= 0.05 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.05; }));
        o.weighted = true;
        const bench::Timing weighted =
            bench::measure([&] { bench::keep(permutationEntropy(x, o).value); }, 3);
        results.push_back(Result::time("permutation-entropy/N=1e6/d=5/weighted", weighted, 1)
                              .against("per-window argsort and a map, timed at N=1e5, x10", 1.0,
                                       naive.scaled(static_cast<double>(n) / small), 1));
    }

    // Approximate entropy, m = 2, r = 0.2 SD, N = 1e5 (single-threaded; no goal in the issue).
    {
        const std::size_t small = 5000, n = 100000;
        const auto xs = bench::gaussianNoise(small, 6);
        const double rs = 0.2 * seriesStdDev(xs, 0);
        const bench::Timing naive = bench::measure([&] { bench::keep(naiveApEn(xs, 2, rs)); }, 1);
        const auto x = bench::gaussianNoise(n, 7);
        const bench::Timing fast =
            bench::measure([&] { bench::keep(approximateEntropy(x, ApproximateEntropyOptions{}).value); }, 1);
        const double scale =
            static_cast<double>(n) * static_cast<double>(n) / (double(small) * double(small));
        results.push_back(
            Result::time("apen/N=1e5/m=2/r=0.2SD", fast, 1)
                .against("direct O(N^2) sum timed at N=5e3, scaled by N^2", 1.0, naive.scaled(scale), 1));
    }
    return results;
}
