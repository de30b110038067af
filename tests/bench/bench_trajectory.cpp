// Single-trajectory iteration of the Chialvo map: the virtual Model interface against the
// inline step function, to show what the generic path costs.
#include "benchregistry.h"

#include "maps/chialvo.h"
#include "simulate/trajectory.h"

ND_BENCHMARK("trajectory")
{
    using namespace nd;
    const long steps = 5'000'000;
    ChialvoMap model(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
    SimulationOptions o;
    o.transient = steps;
    o.samples = 1;
    const bench::Timing generic = bench::measure([&] {
        const Trajectory t = simulateMap(model, std::vector<double>{0.5, 2.0}, o);
        bench::keep(t.at(0, 0));
    });
    const bench::Timing inlined = bench::measure([&] {
        double x = 0.5, y = 2.0;
        const ChialvoParameters p = model.values();
        for (long i = 0; i < steps; ++i) {
            double xn, yn;
            chialvoStep(p, x, y, xn, yn);
            x = xn;
            y = yn;
        }
        bench::keep(x);
    });
    return {bench::Result::rate("trajectory/chialvo/simulateMap", "steps/s", steps, generic, 1)
                .against("inline-step", steps, inlined, 1)};
}
