// Engine figures of issue 3, each against a plain scalar loop in the same run (1 thread):
//   ring-star Chialvo N = 100, R = 10: ensemble kernel (fast exp) vs MapNetwork::evaluate
//     member after member; goal >= 2e8 node-updates/s per core and >= 5x the scalar loop;
//   single Chialvo map over 4096 parameter values: goal >= 3e8 iterations/s per core;
//   Kuramoto mean field N = 1e5, RK4: ns per oscillator per right-hand side, goal <= 5 ns,
//     against a scalar mean-field loop with std::sin/std::cos.
#include "benchregistry.h"

#include "ensemble/chialvoensemble.h"
#include "network/ringstar.h"
#include "oscillators/kuramoto.h"
#include "simulate/flowtrajectory.h"

#include <cmath>
#include <vector>

ND_BENCHMARK("engine")
{
    using namespace nd;
    std::vector<bench::Result> results;

    { // Ring-star ensemble.
        const int n = 100, members = 64;
        const long steps = 200;
        RingStarEnsembleSpec spec;
        spec.nodes = n;
        spec.range = 10;
        std::vector<RingStarMember> m;
        for (int i = 0; i < members; ++i)
            m.push_back({{0.89, 0.18, 0.28, 0.03}, 0.001 * i, 0.01});
        std::vector<double> init;
        for (int v = 0; v < 2 * n; ++v)
            init.push_back(v % 2 ? 2.0 : 0.01 * v);
        EnsembleSchedule s;
        s.transient = steps - 1;
        s.threads = 1;
        const double t = bench::bestSeconds([&] { bench::keep(runRingStarEnsemble(spec, m, {init}, s).values[0]); });
        RingStarNetwork net({{"N", "100"}, {"R", "10"}, {"triangles", "none"}});
        const int scalarMembers = 4;
        const double ts = bench::bestSeconds([&] {
            std::vector<double> x = init, next(x.size());
            for (int k = 0; k < scalarMembers; ++k)
                for (long i = 0; i < steps; ++i) {
                    net.evaluate(x.data(), next.data());
                    x.swap(next);
                }
            bench::keep(x[0]);
        });
        const double rate = members * steps * n / t;
        const double baseRate = scalarMembers * steps * n / ts;
        results.push_back(bench::Result::rate("engine/ringstar-ensemble/N=100/R=10", rate, "node-updates/s",
                                              "MapNetwork-scalar", baseRate, 1)
                              .withGoal(">= 2e8 /s and >= 5x", rate >= 2e8 && rate >= 5 * baseRate));
    }

    { // Single Chialvo map over 4096 parameter values.
        const int members = 4096;
        const long steps = 1000;
        std::vector<ChialvoParameters> m;
        for (int i = 0; i < members; ++i)
            m.push_back({0.89, 0.1 + 0.5 * i / members, 0.28, 0.03});
        EnsembleSchedule s;
        s.transient = steps - 1;
        s.threads = 1;
        s.block = 512;
        const double t = bench::bestSeconds(
            [&] { bench::keep(runChialvoEnsemble(m, {{0.5, 2.0}}, ChialvoObservable::X, s).values[0]); });
        const int scalarMembers = 512;
        const double ts = bench::bestSeconds([&] {
            double acc = 0.0;
            for (int k = 0; k < scalarMembers; ++k) {
                double x = 0.5, y = 2.0;
                for (long i = 0; i < steps; ++i) {
                    double xn, yn;
                    chialvoStep(m[static_cast<std::size_t>(k)], x, y, xn, yn);
                    x = xn;
                    y = yn;
                }
                acc += x;
            }
            bench::keep(acc);
        });
        const double rate = static_cast<double>(members) * steps / t;
        const double baseRate = static_cast<double>(scalarMembers) * steps / ts;
        results.push_back(bench::Result::rate("engine/chialvo-ensemble/K=4096", rate, "iterations/s", "scalar-loop",
                                              baseRate, 1)
                              .withGoal(">= 3e8 /s", rate >= 3e8));
    }

    { // Kuramoto mean field, N = 1e5, RK4 (4 right-hand sides per step).
        const int n = 100000;
        const long steps = 20;
        KuramotoNetwork net({{"N", std::to_string(n)}, {"sampling", "quantile"}});
        net.setParameter("K", 3.0);
        net.setParameter("alpha", 0.2);
        const auto init = net.defaultInitialState();
        FlowOptions o;
        o.dt = 0.01;
        o.transient = steps;
        o.samples = 1;
        const double tRk4 = bench::bestSeconds([&] { bench::keep(simulateFlow(net, init, o).values[0]); });
        const double t = bench::bestSeconds([&] { // the right-hand side alone, as often as RK4 calls it
            std::vector<double> d(static_cast<std::size_t>(n));
            for (long i = 0; i < 4 * steps; ++i)
                net.evaluate(init.data(), d.data());
            bench::keep(d[0]);
        });
        const auto omega = net.frequencies();
        const double ts = bench::bestSeconds([&] { // the same RHS count, scalar sin/cos, Euler updates
            std::vector<double> x = init, d(static_cast<std::size_t>(n));
            for (long i = 0; i < 4 * steps; ++i) {
                double zs = 0.0, zc = 0.0;
                for (double v : x) {
                    zs += std::sin(v);
                    zc += std::cos(v);
                }
                for (std::size_t j = 0; j < x.size(); ++j)
                    d[j] = omega[j] + 3.0 / n * (zs * std::cos(x[j] + 0.2) - zc * std::sin(x[j] + 0.2));
                for (std::size_t j = 0; j < x.size(); ++j)
                    x[j] += 0.0025 * d[j];
            }
            bench::keep(x[0]);
        });
        const double perRhs = 1e9 * t / (4.0 * steps * n), basePerRhs = 1e9 * ts / (4.0 * steps * n);
        auto r = bench::Result::time("engine/kuramoto-meanfield/N=1e5/rk4", perRhs, "scalar-sincos-loop", basePerRhs, 1);
        r.unit = "ns/osc/rhs";
        results.push_back(r.withGoal("<= 5 ns", perRhs <= 5.0));
        // The whole RK4 integration (odeint's vector algebra and escape checks included).
        auto whole = bench::Result::time("engine/kuramoto-meanfield/N=1e5/rk4-integration", 1e9 * tRk4 / (4.0 * steps * n),
                                         "scalar-sincos-loop", basePerRhs, 1);
        whole.unit = "ns/osc/rhs";
        results.push_back(whole);
    }
    return results;
}
