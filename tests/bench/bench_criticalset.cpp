// The critical set of a network on a 2-D slice (issue 21.5): a 100-node Chialvo ring-star
// (200 state variables) at resolution 400, det J by the low-rank update of a factorised J0,
// against the full n x n LU at every vertex in the same process (the way it was done before).
#include "benchregistry.h"

#include "analysis/criticalset.h"
#include "common/parallel.h"
#include "model/registry.h"

#include <memory>

ND_BENCHMARK("analysis/critical-set")
{
    using namespace nd;
    std::vector<bench::Result> out;
    const int threads = defaultThreadCount();
    std::unique_ptr<Model> net = createModel("ring-star", {{"N", "100"}, {"R", "2"}, {"node", "chialvo"}});
    CriticalSetOptions o;
    o.slice = {0, 2}; // the hub's x and the first ring node's x
    o.boxMin = {-2.0, -2.0};
    o.boxMax = {6.0, 6.0};
    o.resolution = 400;
    o.threads = threads;
    const bench::Timing t = bench::measure([&] { bench::keep(findCriticalSet(*net, o).points.size()); }, 1);
    // Baseline: the full LU, one thread, at resolution 100 scaled by the vertex count (401^2 /
    // 101^2); the bisections grow only linearly with the resolution, so this slightly
    // overstates the baseline's bisection share (the grid is most of its time).
    CriticalSetOptions full = o;
    full.determinant = CriticalSetOptions::Determinant::FullLU;
    full.resolution = 100;
    full.threads = 1;
    const double scale = (401.0 * 401.0) / (101.0 * 101.0);
    const bench::Timing base =
        bench::measure([&] { bench::keep(findCriticalSet(*net, full).points.size()); }, 1).scaled(scale);
    out.push_back(bench::Result::time("analysis/critical-set/ring-star-100", t, threads)
                      .against("full LU per vertex, 1 thread, res 100 x15.8", 1.0, base, 1)
                      .withGoal("<= 10 s on 2 cores",
                                [](const bench::Result& res, bool cpu) { return res.value(cpu) <= 10.0; }));
    return out;
}
