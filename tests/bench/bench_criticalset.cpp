// The critical set of a network on a 2-D slice (issue 21.5): a 100-node Chialvo ring-star
// (200 state variables) at resolution 400, det J by the low-rank update of a factorised J0,
// against the full n x n LU at every evaluation (the way it was done before) in the same process.
#include "benchregistry.h"

#include "analysis/criticalset.h"
#include "common/parallel.h"
#include "model/registry.h"

#include <atomic>
#include <memory>

namespace {

using namespace nd;

// Counts the Jacobians asked for, i.e. the determinants evaluated (grid vertices, bisection
// steps, saddle centres, residuals), in an untimed run.
class CountingModel : public Model {
public:
    explicit CountingModel(const Model& inner) : Model(inner.parameterSpecs()), m_inner(inner.clone()) {}
    std::string typeName() const override { return m_inner->typeName(); }
    TimeKind timeKind() const override { return m_inner->timeKind(); }
    int dimension() const override { return m_inner->dimension(); }
    std::vector<std::string> variableNames() const override { return m_inner->variableNames(); }
    std::vector<double> defaultInitialState() const override { return m_inner->defaultInitialState(); }
    void evaluate(const double* x, double* out) const override { m_inner->evaluate(x, out); }
    void jacobian(const double* x, double* j) const override
    {
        m_count.fetch_add(1, std::memory_order_relaxed);
        m_inner->jacobian(x, j);
    }
    std::unique_ptr<Model> clone() const override { return std::make_unique<CountingModel>(*m_inner); }
    long count() const { return m_count.load(); }

private:
    std::unique_ptr<Model> m_inner;
    mutable std::atomic<long> m_count{0};
};

long evaluations(const Model& model, const CriticalSetOptions& o)
{
    CountingModel counting(model);
    findCriticalSet(counting, o);
    return counting.count();
}

} // namespace

ND_BENCHMARK("analysis/critical-set")
{
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
    // Baseline: the full LU at every evaluation, one thread. At resolution 400 it takes minutes, so
    // it runs at resolution 100 and is scaled by the ratio of determinant evaluations of the two
    // runs, counted (the bisections grow with the resolution, the grid with its square).
    CriticalSetOptions full = o;
    full.determinant = CriticalSetOptions::Determinant::FullLU;
    full.resolution = 100;
    full.threads = 1;
    const double scale =
        static_cast<double>(evaluations(*net, o)) / static_cast<double>(evaluations(*net, full));
    const bench::Timing base =
        bench::measure([&] { bench::keep(findCriticalSet(*net, full).points.size()); }, 1).scaled(scale);
    out.push_back(bench::Result::time("analysis/critical-set/ring-star-100", t, threads)
                      .against("full LU per evaluation, 1 thread (res 100, x evaluations)", 1.0, base, 1)
                      .withGoal("<= 10 s on 2 cores",
                                [](const bench::Result& res, bool cpu) { return res.value(cpu) <= 10.0; }));
    return out;
}
