// The AKOrN grid (issue 22, point 6): a 64 x 64 grid with n = 4 (C = 4: one oscillator per
// pixel), a 5 x 5 conv kernel and T = 200 steps, the run the AKOrN view computes, must stay
// interactive (goal <= 1 s); against a 1 x 1 kernel, which costs the update alone, so the ratio
// shows what the convolution adds. A 16 x 16 grid with attention (every pixel attends to every
// other: O((HW)^2) per step) shows the cost of the state-dependent coupling.
#include "benchregistry.h"

#include "oscillators/akorngrid.h"
#include "oscillators/akornrun.h"

ND_BENCHMARK("akorn")
{
    using namespace nd;
    auto runTime = [](const Settings& s, long steps) {
        AkornGrid m(s);
        const auto x0 = m.defaultInitialState();
        AkornRunOptions o;
        o.steps = steps;
        return bench::measure([&] {
            const AkornRunResult r = runAkorn(m, x0, o);
            bench::keep(r.energy.back());
        });
    };
    const Settings conv{{"H", "64"}, {"W", "64"}, {"C", "4"}, {"n", "4"}, {"kernel-size", "5"}, {"mask", "fish"}};
    Settings point = conv;
    point["kernel-size"] = "1";
    const long steps = 200;
    const bench::Timing k5 = runTime(conv, steps), k1 = runTime(point, steps);
    const Settings attention{{"H", "16"}, {"W", "16"}, {"C", "4"}, {"n", "4"}, {"coupling", "attention"},
                             {"mask", "fish"}};
    const bench::Timing attn = runTime(attention, steps), attnConv = runTime(
        Settings{{"H", "16"}, {"W", "16"}, {"C", "4"}, {"n", "4"}, {"kernel-size", "5"}, {"mask", "fish"}}, steps);
    return {bench::Result::time("akorn/grid64x64/n=4/k=5/T=200", k5, 1)
                .against("k=1", 1.0, k1, 1)
                .withGoal("<= 1 s", [](const bench::Result& r, bool cpu) { return r.value(cpu) <= 1.0; }),
            bench::Result::time("akorn/grid16x16/n=4/attention/T=200", attn, 1).against("conv k=5", 1.0, attnConv, 1)};
}
