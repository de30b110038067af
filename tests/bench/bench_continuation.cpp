// Continuation of the fixed point of the 6-dimensional Chialvo-Rulkov-Chialvo chain ("chain")
// in the Rulkov input r_sigma with special-point location: 2000 adaptive pseudo-arclength
// points against the same stretch of branch followed with a fixed small step (no adaptivity).
#include "benchregistry.h"

#include "continuation/cyclecontinuation.h"
#include "model/registry.h"

#include <cmath>

ND_BENCHMARK("continuation")
{
    using namespace nd;
    const auto model = createModel("chain");
    // Start guess: uncoupled node fixed points (Chialvo (0.0680655, 2.1741882); Rulkov
    // (sigma, sigma - alpha/(1 + sigma^2)) at sigma = -1, alpha = 4.1); Newton corrects for the coupling.
    const std::vector<double> guess{0.0680655, 2.1741882, -1.0, -1.0 - 4.1 / 2.0, 0.0680655, 2.1741882};
    ContinuationOptions o;
    o.parameter = "r_sigma";
    o.startValue = -1.0;
    o.maximum = 1e3;
    o.maxPoints = 2000;
    o.initialStep = 1e-3;
    o.maxStep = 0.05;
    Branch adaptive;
    const bench::Timing t = bench::measure([&] { adaptive = continueCycle(*model, guess, 1, o); });
    // Baseline: the same stretch with the fixed initial step.
    ContinuationOptions f = o;
    f.minStep = f.maxStep = f.initialStep;
    f.maximum = adaptive.points.empty() ? o.startValue : adaptive.points.back().parameters[0];
    f.maxPoints = 10'000'000;
    Branch fixed;
    const bench::Timing tb = bench::measure([&] { fixed = continueCycle(*model, guess, 1, f); }, 1);
    const int points = static_cast<int>(adaptive.points.size());
    return {bench::Result::time("continuation/chain6/fixed-point/" + std::to_string(points) + "pts", t, 1)
                .against("fixed-step-1e-3/" + std::to_string(fixed.points.size()) + "pts", 1.0, tb, 1)
                .withGoal("2000 points <= 0.5 s", [points](const bench::Result& r, bool cpu) {
                    return points >= 2000 && r.value(cpu) <= 0.5;
                })};
}
