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
        s.transient = steps; // and the one sample is the state after them
        s.threads = 1;
        const bench::Timing t =
            bench::measure([&] { bench::keep(runRingStarEnsemble(spec, m, {init}, s).values[0]); });
        RingStarNetwork net({{"N", "100"}, {"R", "10"}, {"triangles", "none"}});
        const int scalarMembers = 4;
        const bench::Timing ts = bench::measure([&] {
            std::vector<double> x = init, next(x.size());
            for (int k = 0; k < scalarMembers; ++k)
                for (long i = 0; i < steps; ++i) {
                    net.evaluate(x.data(), next.data());
                    x.swap(next);
                }
            bench::keep(x[0]);
        });
        results.push_back(bench::Result::rate("engine/ringstar-ensemble/N=100/R=10", "node-updates/s",
                                              double(members) * steps * n, t, 1)
                              .against("MapNetwork-scalar", double(scalarMembers) * steps * n, ts, 1)
                              .withGoal(">= 2e8 /s and >= 5x", [](const bench::Result& r, bool cpu) {
                                  return r.value(cpu) >= 2e8 && r.ratio(cpu) >= 5.0;
                              }));

        // The same with the triadic term on every triangle of the graph (hub and ring), against
        // the scalar network with the same triangles; and the exact (std::exp) mode.
        spec.triangles = RingStarTriangles::All;
        for (auto& member : m)
            member.sigma2 = 0.001;
        const bench::Timing tt =
            bench::measure([&] { bench::keep(runRingStarEnsemble(spec, m, {init}, s).values[0]); });
        RingStarNetwork tri({{"N", "100"}, {"R", "10"}, {"triangles", "all"}});
        tri.setParameter("sigma2", 0.001);
        const bench::Timing tts = bench::measure([&] {
            std::vector<double> x = init, next(x.size());
            for (long i = 0; i < steps; ++i) {
                tri.evaluate(x.data(), next.data());
                x.swap(next);
            }
            bench::keep(x[0]);
        });
        results.push_back(bench::Result::rate("engine/ringstar-ensemble/N=100/R=10/triadic-all",
                                              "node-updates/s", double(members) * steps * n, tt, 1)
                              .against("MapNetwork-scalar", double(steps) * n, tts, 1));
        spec.triangles = RingStarTriangles::None;
        s.exp = ExpMode::Exact;
        const bench::Timing te =
            bench::measure([&] { bench::keep(runRingStarEnsemble(spec, m, {init}, s).values[0]); });
        results.push_back(bench::Result::rate("engine/ringstar-ensemble/N=100/R=10/exact-exp",
                                              "node-updates/s", double(members) * steps * n, te, 1)
                              .against("MapNetwork-scalar", double(scalarMembers) * steps * n, ts, 1));
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
        const bench::Timing t = bench::measure([&] {
            bench::keep(runChialvoEnsemble(m, {{0.5, 2.0}}, ChialvoObservable::X, s).values[0]);
        });
        const int scalarMembers = 512;
        const bench::Timing ts = bench::measure([&] {
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
        results.push_back(
            bench::Result::rate("engine/chialvo-ensemble/K=4096", "iterations/s", double(members) * steps, t,
                                1)
                .against("scalar-loop", double(scalarMembers) * steps, ts, 1)
                .withGoal(">= 3e8 /s", [](const bench::Result& r, bool cpu) { return r.value(cpu) >= 3e8; }));
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
        const bench::Timing tRk4 = bench::measure([&] { bench::keep(simulateFlow(net, init, o).values[0]); });
        const bench::Timing t = bench::measure([&] { // the right-hand side alone, as often as RK4 calls it
            std::vector<double> d(static_cast<std::size_t>(n));
            for (long i = 0; i < 4 * steps; ++i)
                net.evaluate(init.data(), d.data());
            bench::keep(d[0]);
        });
        const auto omega = net.frequencies();
        const bench::Timing ts = bench::measure([&] { // the same RHS count, scalar sin/cos, Euler updates
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
        // ns per oscillator per right-hand side: seconds / (4 steps n) * 1e9.
        const double rhs = 4.0 * steps * n;
        results.push_back(
            bench::Result::time("engine/kuramoto-meanfield/N=1e5/rk4", t, 1, "ns/osc/rhs", rhs, 1e9)
                .against("scalar-sincos-loop", rhs, ts, 1)
                .withGoal("<= 5 ns", [](const bench::Result& r, bool cpu) { return r.value(cpu) <= 5.0; }));
        // The whole RK4 integration (odeint's vector algebra and escape checks included).
        results.push_back(bench::Result::time("engine/kuramoto-meanfield/N=1e5/rk4-integration", tRk4, 1,
                                              "ns/osc/rhs", rhs, 1e9)
                              .against("scalar-sincos-loop", rhs, ts, 1));
    }
    return results;
}
