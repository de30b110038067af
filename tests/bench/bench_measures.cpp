// The measures of issue 5 against in-process baselines: sample entropy against the O(N^2)
// pair count, the 0-1 test against the direct mean-square-displacement sum, and MFDFA against a
// straightforward per-segment least-squares implementation. Baselines that would take minutes
// are timed on a smaller problem and scaled by their known complexity; the kernel name says so.
#include "benchregistry.h"
#include "benchseries.h"

#include "measures/mfdfa.h"
#include "measures/sampleentropy.h"
#include "measures/zeroone.h"

#include <cmath>
#include <vector>

namespace {

// Straightforward MFDFA: per segment, fit a line by the normal equations, compute the residual
// variance in a second pass, then F_q with std::pow. Single-threaded, order 1.
std::vector<double> naiveMfdfaLogF(const std::vector<double>& x, const std::vector<std::size_t>& scales,
                                   const std::vector<double>& qs)
{
    const std::size_t n = x.size();
    double mean = 0;
    for (double v : x)
        mean += v;
    mean /= static_cast<double>(n);
    std::vector<double> y(n);
    double acc = 0;
    for (std::size_t i = 0; i < n; ++i)
        y[i] = acc += x[i] - mean;
    std::vector<double> out;
    for (std::size_t s : scales) {
        std::vector<double> f2;
        const std::size_t per = n / s;
        for (std::size_t v = 0; v < 2 * per; ++v) {
            const std::size_t start = v < per ? v * s : n - (v - per + 1) * s;
            double st = 0, stt = 0, sy = 0, sty = 0;
            for (std::size_t t = 0; t < s; ++t) {
                const double tt = static_cast<double>(t + 1), yy = y[start + t];
                st += tt;
                stt += tt * tt;
                sy += yy;
                sty += tt * yy;
            }
            const double ds = static_cast<double>(s);
            const double b = (ds * sty - st * sy) / (ds * stt - st * st), a = (sy - b * st) / ds;
            double r = 0;
            for (std::size_t t = 0; t < s; ++t) {
                const double e = y[start + t] - (a + b * static_cast<double>(t + 1));
                r += e * e;
            }
            f2.push_back(r / ds);
        }
        for (double q : qs) {
            double sum = 0;
            if (q == 0) {
                for (double f : f2)
                    sum += std::log(f);
                out.push_back(0.5 * sum / static_cast<double>(f2.size()));
            } else {
                for (double f : f2)
                    sum += std::pow(f, q / 2);
                out.push_back(std::log(sum / static_cast<double>(f2.size())) / q);
            }
        }
    }
    return out;
}

} // namespace

ND_BENCHMARK("measures")
{
    using namespace nd;
    using bench::Result;
    std::vector<Result> results;
    const int threads = 2;

    // Sample entropy, m = 2, r = 0.2 SD, Gaussian noise.
    {
        const std::size_t small = 20000;
        const auto xs = bench::gaussianNoise(small, 3);
        SampleEntropyOptions o;
        const bench::Timing brute =
            bench::measure([&] { bench::keep(sampleEntropyBruteForce(xs, o).value); }, 1);
        o.threads = threads;
        for (std::size_t n : {std::size_t(100000), std::size_t(1000000)}) {
            const auto x = bench::gaussianNoise(n, 1);
            const bench::Timing fast =
                bench::measure([&] { bench::keep(sampleEntropy(x, o).value); }, n > 100000 ? 1 : 3);
            const double scale = static_cast<double>(n) * static_cast<double>(n) / (double(small) * double(small));
            const bool big = n > 100000;
            Result r =
                Result::time(big ? "sampen/N=1e6/m=2/r=0.2SD" : "sampen/N=1e5/m=2/r=0.2SD", fast, threads)
                    .against("bruteforce O(N^2) timed at N=2e4, scaled by N^2", 1.0, brute.scaled(scale), 1);
            if (big)
                r.withGoal("<= 5 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 5.0; });
            else
                r.withGoal("<= 0.2 s and >= 30x", [](const Result& res, bool cpu) {
                    return res.value(cpu) <= 0.2 && res.ratio(cpu) >= 30.0;
                });
            results.push_back(r);
        }
    }

    // 0-1 test, N = 1e5, 100 c, n_cut = N/10.
    {
        const auto x = nd::bench::logisticSeries(3.9, 100000);
        ZeroOneOptions o;
        o.threads = threads;
        o.keepMsd = false;
        const bench::Timing fast = bench::measure([&] { bench::keep(zeroOneTest(x, o).k); }, 3);
        const bench::Timing direct =
            bench::measure([&] { bench::keep(zeroOneMsdDirect(x, 1.3, 10000).back()); }, 1);
        results.push_back(
            Result::time("zeroone/N=1e5/100c", fast, threads)
                .against("direct MSD sum, 1 c timed, x100", 1.0, direct.scaled(100.0), 1)
                .withGoal("<= 0.5 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.5; }));
    }

    // MFDFA, N = 2^20, 20 scales, 21 q, order 1.
    {
        const auto x = bench::gaussianNoise(std::size_t(1) << 20, 5);
        MfdfaOptions o;
        o.q.clear();
        for (int i = 0; i <= 20; ++i)
            o.q.push_back(-5.0 + 0.5 * i);
        o.scales = mfdfaScales(x.size(), 16, x.size() / 8, 20);
        o.threads = threads;
        const bench::Timing fast = bench::measure([&] { bench::keep(mfdfa(x, o).width); }, 3);
        const bench::Timing naive =
            bench::measure([&] { bench::keep(naiveMfdfaLogF(x, o.scales, o.q).back()); }, 1);
        results.push_back(
            Result::time("mfdfa/N=2^20/20s/21q/p=1", fast, threads)
                .against("straightforward per-segment fit, 1 thread", 1.0, naive, 1)
                .withGoal("<= 0.2 s", [](const Result& res, bool cpu) { return res.value(cpu) <= 0.2; }));
    }
    return results;
}
