// Typed node maps in networks (issue 18.5/18.6): the orbit diagram of a 100-node ring-star whose
// nodes are the Chialvo map typed in the model language, against the built-in Chialvo ring-star
// (its vectorised ensemble kernel) in the same run. Goal: at least half the built-in's
// throughput.
#include "benchregistry.h"

#include "analysis/orbitdiagram.h"
#include "common/parallel.h"
#include "model/registry.h"

#include <memory>

namespace {

using namespace nd;

const char* kTypedChialvo = R"(map
var x = 0.5, y = 2
par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10], c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

OrbitDiagramRequest ringStarRequest(const Model& net, int threads)
{
    OrbitDiagramRequest r;
    r.axis = {"sigma", -1, 0.0, 0.1, 500};
    r.transient = 2000;
    r.samples = 1000;
    r.threads = threads;
    r.observable = Observable::meanOf(nodeVariableIndices(net, "x"));
    return r;
}

} // namespace

ND_BENCHMARK("typed-network")
{
    std::vector<bench::Result> out;
    const int threads = defaultThreadCount();
    const Settings ring{{"N", "100"}, {"R", "2"}};
    Settings builtInSettings = ring, typedSettings = ring;
    builtInSettings["node"] = "chialvo";
    typedSettings["node"] = "typed";
    typedSettings["node-definition"] = kTypedChialvo;
    const std::unique_ptr<Model> builtIn = createModel("ring-star", builtInSettings);
    const std::unique_ptr<Model> typed = createModel("ring-star", typedSettings);
    const OrbitDiagramRequest rb = ringStarRequest(*builtIn, threads);
    const OrbitDiagramRequest rt = ringStarRequest(*typed, threads);
    const double updates = 500.0 * 3000.0 * 100.0;
    const bench::Timing tb =
        bench::measure([&] { bench::keep(computeOrbitDiagram(*builtIn, rb).counts[0]); }, 1);
    const bench::Timing tt =
        bench::measure([&] { bench::keep(computeOrbitDiagram(*typed, rt).counts[0]); }, 1);
    out.push_back(bench::Result::rate("orbit/typed-ring-star-N100/500x(2000+1000)", "node-updates/s", updates,
                                      tt, threads)
                      .against("built-in chialvo ring-star", updates, tb, threads)
                      .withGoal(">= 50 % of the built-in's throughput",
                                [](const bench::Result& res, bool cpu) { return res.ratio(cpu) >= 0.5; }));
    return out;
}
