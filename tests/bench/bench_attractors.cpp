// The attractor atlas (issue 19 point 7): finding attractors on a 1000 x 1000 Henon grid against
// today's fingerprint basins (computeBasins) on the same grid, and the global continuation of
// the heterogeneous chain (Chialvo - Rulkov - Chialvo, all four couplings linked as sigma) over
// 100 values x 10^4 random states against a plain per-state loop (each state iterated as long as
// a fingerprint basin cell is: transient 2000 + window 256, through the Model interface, one thread).
#include "benchregistry.h"

#include "analysis/attractors.h"
#include "analysis/basins.h"
#include "common/parallel.h"
#include "maps/referencemaps.h"
#include "model/registry.h"

#include <chrono>
#include <ctime>
#include <memory>

namespace {

using namespace nd;

double processCpu()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// One timed run (the continuation takes about a minute: bench::measure's three regions and its
// calibration run would take four).
bench::Timing once(const std::function<void()>& fn)
{
    const double c0 = processCpu();
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return {wall, processCpu() - c0, wall, 1, 1};
}

} // namespace

ND_BENCHMARK("attractors")
{
    std::vector<bench::Result> out;
    const int threads = defaultThreadCount();
    {
        HenonMap henon;
        AttractorRequest r;
        r.sampling.kind = AttractorSampling::Grid;
        r.sampling.x = {0, -2.0, 2.0, 1000};
        r.sampling.y = {1, -2.0, 2.0, 1000};
        r.threads = threads;
        const bench::Timing t =
            bench::measure([&] { bench::keep(findAttractors(henon, r).escapedFraction); }, 3);
        // Baseline: the fingerprint basins of the same grid at their defaults, on 250 x 250 x16.
        BasinRequest b;
        b.x = {0, -2.0, 2.0, 250};
        b.y = {1, -2.0, 2.0, 250};
        b.threads = threads;
        const bench::Timing base =
            bench::measure([&] { bench::keep(computeBasins(henon, b).escapedFraction); }, 1).scaled(16.0);
        out.push_back(bench::Result::time("attractors/henon/1000x1000", t, threads)
                          .against("computeBasins 250x250 x16", 1.0, base, threads)
                          .withGoal("<= 2 s on 2 cores", [](const bench::Result& res, bool cpu) {
                              return res.value(cpu) <= 2.0;
                          }));
    }
    {
        std::unique_ptr<Model> chain = createModel("chain");
        chain->setLinks({{"sigma", {{"sigma_12"}, {"sigma_21"}, {"sigma_23"}, {"sigma_32"}}}});
        AttractorContinuationRequest r;
        r.axis = {"sigma", -1, 0.005, 0.22, 100};
        r.search.sampling.kind = AttractorSampling::Random;
        r.search.sampling.count = 10000;
        // Around the attractors (x, y of each node; the Rulkov node's slow y drifts at mu = 0.001,
        // so a box far from its range costs thousands of transient steps per state).
        r.search.sampling.boxMin = {-2.0, -4.0, -4.0, -4.3, -2.0, -4.0};
        r.search.sampling.boxMax = {10.0, 3.0, 1.5, -3.7, 10.0, 3.0};
        // 6-D chaotic attractors: 20 cells per extent (docs/attractors.md, choosing the cells).
        r.search.cellsPerExtent = 20;
        r.search.threads = threads;
        r.tolerance = 1e-3;
        AttractorContinuation result;
        const bench::Timing t = once([&] { result = continueAttractors(*chain, r); });
        bench::keep(static_cast<double>(result.attractors.size()));
        // Baseline: 1000 states at one value, x1000.
        const bench::Timing base = once([&] {
                                       std::unique_ptr<Model> m = chain->clone();
                                       m->setParameter("sigma", 0.1);
                                       AttractorRequest one = r.search;
                                       one.sampling.count = 1000;
                                       const int n = m->dimension();
                                       std::vector<double> next(static_cast<std::size_t>(n));
                                       double sink = 0.0;
                                       for (long i = 0; i < 1000; ++i) {
                                           std::vector<double> x = attractorInitialState(*m, one, i);
                                           for (int s = 0; s < 2256; ++s) {
                                               m->evaluate(x.data(), next.data());
                                               x.swap(next);
                                           }
                                           sink += x[0];
                                       }
                                       bench::keep(sink);
                                   }).scaled(1000.0);
        out.push_back(bench::Result::time("attractors/chain-continuation/100x1e4", t, threads)
                          .against("plain per-state loop 2256 steps, 1 thread, 1e3 x1000", 1.0, base, 1)
                          .withGoal("<= 60 s on 2 cores", [](const bench::Result& res, bool cpu) {
                              return res.value(cpu) <= 60.0;
                          }));
    }
    return out;
}
