// Dynamics analyses (issue 4): orbit diagrams, a 2-D Lyapunov scan and the Lyapunov spectrum of
// the chain along its coupling (issue 21.6), each against an
// in-process baseline: the same work done by a plain single-threaded loop through the generic
// Model interface (no tiles, no framework), or for the scan the measure's scalar path cell by
// cell, so the ratio shows what the lockstep kernels, tiling and threads buy.
#include "benchregistry.h"

#include "analysis/lyapunov.h"
#include "analysis/orbitdiagram.h"
#include "analysis/scan.h"
#include "analysis/scanmeasures.h"
#include "common/parallel.h"
#include "common/rasterarray.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "model/registry.h"

#include <memory>

namespace {

using namespace nd;

// The baseline: columns x (transient + samples) steps of the generic interface, one thread.
bench::Timing plainLoop(const Model& model, int parameter, double from, double to, int columns, long steps)
{
    return bench::measure(
        [&] {
            std::unique_ptr<Model> m = model.clone();
            const int n = m->dimension();
            std::vector<double> x(static_cast<std::size_t>(n)), y(static_cast<std::size_t>(n));
            double sink = 0.0;
            for (int c = 0; c < columns; ++c) {
                m->setParameter(parameter, from + (to - from) * c / std::max(1, columns - 1));
                x = m->defaultInitialState();
                for (long s = 0; s < steps; ++s) {
                    m->evaluate(x.data(), y.data());
                    x.swap(y);
                    sink += x[0];
                }
            }
            bench::keep(sink);
        },
        1);
}

// The Chialvo map behind another type: scans then take the cell-by-cell scalar path of the
// measure (largestLyapunov per cell), which is the baseline of the lockstep kernel.
class OpaqueChialvo : public Model {
public:
    explicit OpaqueChialvo(const ChialvoMap& m) : Model(m.parameterSpecs()), m_inner(m)
    {
        for (int i = 0; i < parameterCount(); ++i)
            setParameter(i, m.parameter(i));
    }
    std::string typeName() const override { return "opaque-chialvo"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return m_inner.variableNames(); }
    std::vector<double> defaultInitialState() const override { return m_inner.defaultInitialState(); }
    void evaluate(const double* x, double* out) const override { m_inner.evaluate(x, out); }
    void jacobian(const double* x, double* j) const override { m_inner.jacobian(x, j); }
    std::unique_ptr<Model> clone() const override { return std::make_unique<OpaqueChialvo>(*this); }

protected:
    void parametersChanged() override
    {
        for (int i = 0; i < parameterCount(); ++i)
            m_inner.setParameter(i, parameter(i));
    }

private:
    ChialvoMap m_inner;
};

} // namespace

ND_BENCHMARK("analysis")
{
    std::vector<bench::Result> out;
    const int threads = defaultThreadCount();

    {
        LogisticMap m;
        OrbitDiagramRequest r;
        r.axis = {"r", -1, 2.8, 4.0, 4000};
        r.transient = 1000;
        r.samples = 1000;
        r.threads = threads;
        r.autoRange = false;
        r.rangeMin = 0.0;
        r.rangeMax = 1.0;
        const double its = 4000.0 * 2000.0;
        // The first call pays for first touching the fresh 4000 x 400 rasters (12.8 MB: page
        // faults, and the kernel clearing each page); later ones reuse the blocks the previous
        // result released (RasterArray's cache), as recomputing in the GUI does. Both are reported.
        // Emptying the cache makes every timed call a first call (its munmap of the previous
        // result's blocks, well under a millisecond, is timed with it).
        const bench::Timing first = bench::measure([&] {
            rastermemory::clearCache();
            bench::keep(computeOrbitDiagram(m, r).counts[0]);
        });
        const bench::Timing t = bench::measure([&] { bench::keep(computeOrbitDiagram(m, r).counts[0]); }, 5);
        const bench::Timing base = plainLoop(m, 0, 2.8, 4.0, 4000, 2000);
        out.push_back(bench::Result::rate("orbit/logistic/4000x(1000+1000)", "iterations/s", its, t, threads)
                          .against("plain-loop-1thread", its, base, 1)
                          .withGoal(">= 1e9 iterations/s on 2 cores", [](const bench::Result& res, bool cpu) {
                              return res.value(cpu) >= 1e9;
                          }));
        out.push_back(bench::Result::rate("orbit/logistic/4000x(1000+1000)/first-call", "iterations/s", its,
                                          first, threads)
                          .against("plain-loop-1thread", its, base, 1));
    }

    {
        std::unique_ptr<Model> net = createModel("ring-star", {{"N", "100"}, {"R", "2"}, {"node", "chialvo"}});
        OrbitDiagramRequest r;
        r.axis = {"sigma", -1, 0.0, 0.1, 500};
        r.transient = 2000;
        r.samples = 1000;
        r.threads = threads;
        r.observable = Observable::meanOf(nodeVariableIndices(*net, "x"));
        if (r.observable.indices.empty())
            r.observable = Observable::variable(0);
        const double updates = 500.0 * 3000.0 * 100.0;
        const bench::Timing t =
            bench::measure([&] { bench::keep(computeOrbitDiagram(*net, r).counts[0]); }, 1);
        // Baseline on 25 columns, scaled: the plain loop is the slow part of the table.
        const bench::Timing base =
            plainLoop(*net, net->parameterIndex("sigma"), 0.0, 0.1, 25, 3000).scaled(20.0);
        out.push_back(
            bench::Result::rate("orbit/chialvo-ring-star-N100/500x(2000+1000)", "node-updates/s", updates, t,
                                threads)
                .against("plain-loop-1thread (25 columns x20)", updates, base, 1)
                .withGoal(">= 4e8 node-updates/s on 2 cores",
                          [](const bench::Result& res, bool cpu) { return res.value(cpu) >= 4e8; }));
    }

    {
        ChialvoMap m(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
        LyapunovOptions o;
        o.transient = 0;
        o.steps = 2000;
        // Renormalising the single tangent vector every 10 steps instead of every step saves a
        // sqrt and a log per step; growth over 10 steps is far from overflow for this map.
        o.orthonormalizeEvery = 10;
        LargestLyapunovMeasure lle(o);
        ScanRequest r;
        r.x = {"b", -1, 0.1, 0.6, 256};
        r.y = ParameterAxis{"k0", -1, 0.0, 0.06, 256};
        r.threads = threads;
        const bench::Timing t = bench::measure([&] { bench::keep(computeScan(m, lle, r).values[0]); }, 1);
        // Baseline: the scalar path (largestLyapunov cell by cell through the Model interface, as
        // for any other map) on one thread, on a 64 x 64 grid, scaled x16.
        r.x.count = 64;
        r.y->count = 64;
        r.threads = 1;
        const OpaqueChialvo opaque(m);
        const bench::Timing base =
            bench::measure([&] { bench::keep(computeScan(opaque, lle, r).values[0]); }, 1).scaled(16.0);
        out.push_back(bench::Result::time("scan/chialvo-lle/256x256x2000", t, threads)
                          .against("scalar path, 1 thread, 64x64 x16", 1.0, base, 1)
                          .withGoal("< 2 s on 2 cores",
                                    [](const bench::Result& res, bool cpu) { return res.value(cpu) < 2.0; }));
    }
    {
        // The chain study's open problem: the full spectrum (6 exponents) at 101 coupling values,
        // against lyapunovSpectrum called at each value in turn on one thread.
        std::unique_ptr<Model> chain = createModel("chain");
        const int sigma = chain->parameterIndex("sigma_12");
        LyapunovOptions o;
        o.transient = 1000;
        o.steps = 20000;
        o.curvePoints = 0;
        std::vector<double> values;
        for (int i = 0; i < 101; ++i)
            values.push_back(0.2 * i / 100.0);
        const std::vector<double> x0 = chain->defaultInitialState();
        const bench::Timing t = bench::measure(
            [&] {
                bench::keep(
                    lyapunovAlong(*chain, x0, o, sigma, values, AlongStart::Fixed, threads).rows[0].sum);
            },
            1);
        const bench::Timing base = bench::measure(
            [&] {
                std::unique_ptr<Model> m = chain->clone();
                double sink = 0.0;
                for (double v : values) {
                    m->setParameter(sigma, v);
                    sink += lyapunovSpectrum(*m, x0, o).sum;
                }
                bench::keep(sink);
            },
            1);
        out.push_back(bench::Result::rate("lyapunov-along/chain-3-nodes/101x(1000+20000)", "values/s", 101.0,
                                          t, threads)
                          .against("lyapunovSpectrum per value, 1 thread", 101.0, base, 1)
                          .withGoal(">= 100 values/s on 2 cores", [](const bench::Result& res, bool cpu) {
                              return res.value(cpu) >= 100.0;
                          }));
    }
    return out;
}
