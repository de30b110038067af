#include "analysis/orbitlanes.h"

#include "common/progress.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"

#include <cmath>

namespace nd {

namespace {

constexpr int L = LaneRunner::kLanes;

// Each Kernel has D state components per lane, stored as x[d][lane], and a step that is the
// model's evaluate() expression applied lane by lane.
struct LogisticKernel {
    static constexpr int D = 1;
    double r[L];
    void set(const Model& m, int index, int lane, double p) { r[lane] = index == 0 ? p : m.parameters()[0]; }
    void step(double (&x)[D][L]) const
    {
        for (int l = 0; l < L; ++l)
            x[0][l] = r[l] * x[0][l] * (1.0 - x[0][l]);
    }
};

struct HenonKernel {
    static constexpr int D = 2;
    double a[L], b[L];
    void set(const Model& m, int index, int lane, double p)
    {
        a[lane] = index == 0 ? p : m.parameters()[0];
        b[lane] = index == 1 ? p : m.parameters()[1];
    }
    void step(double (&x)[D][L]) const
    {
        for (int l = 0; l < L; ++l) {
            const double xn = 1.0 - a[l] * x[0][l] * x[0][l] + x[1][l];
            x[1][l] = b[l] * x[0][l];
            x[0][l] = xn;
        }
    }
};

struct ChialvoKernel {
    static constexpr int D = 2;
    ChialvoParameters q[L];
    void set(const Model& m, int index, int lane, double p)
    {
        const auto v = m.parameters();
        double w[4] = {v[0], v[1], v[2], v[3]};
        w[index] = p;
        q[lane] = ChialvoParameters{w[0], w[1], w[2], w[3]};
    }
    void step(double (&x)[D][L]) const
    {
        for (int l = 0; l < L; ++l)
            chialvoStep(q[l], x[0][l], x[1][l], x[0][l], x[1][l]);
    }
};

template <class Kernel>
class KernelRunner : public LaneRunner {
public:
    KernelRunner(const Model& model, const OrbitRunSettings& s) : m_model(model.clone()), m_s(s) {}

    Outcome run(int lanes, const double* p, const std::vector<double>* x0, std::vector<double>* const* out,
                const Progress* progress) override
    {
        constexpr int D = Kernel::D;
        Kernel k;
        double x[D][L];
        for (int l = 0; l < L; ++l) {
            // Unused lanes repeat lane 0: harmless work, no escapes of their own.
            const int src = l < lanes ? l : 0;
            k.set(*m_model, m_s.parameterIndex, l, p[src]);
            for (int d = 0; d < D; ++d)
                x[d][l] = x0[src][static_cast<std::size_t>(d)];
        }
        const int var = m_s.observable.indices[0];
        const double bound = m_s.escapeBound;
        auto escaped = [&]() {
            bool any = false;
            for (int d = 0; d < D; ++d)
                for (int l = 0; l < L; ++l)
                    any |= !(std::fabs(x[d][l]) <= bound);
            return any;
        };
        constexpr long kPoll = 1024;
        for (long s = 0; s < m_s.transient; ++s) {
            k.step(x);
            if (escaped())
                return Outcome::SomeEscaped;
            if (s % kPoll == kPoll - 1 && progress && progress->isCanceled())
                return Outcome::Canceled;
        }
        for (int l = 0; l < lanes; ++l)
            m_series[l].clear();
        for (long s = 0; s < m_s.samples; ++s) {
            if (s > 0) {
                k.step(x);
                if (escaped())
                    return Outcome::SomeEscaped;
                if (s % kPoll == kPoll - 1 && progress && progress->isCanceled())
                    return Outcome::Canceled;
            }
            for (int l = 0; l < lanes; ++l)
                m_series[l].push_back(x[var][l]);
        }
        for (int l = 0; l < lanes; ++l) {
            if (m_s.observable.section == Section::None) {
                out[l]->insert(out[l]->end(), m_series[l].begin(), m_series[l].end());
            } else {
                const std::vector<double> sec = applySection(m_series[l], m_s.observable, 1.0);
                out[l]->insert(out[l]->end(), sec.begin(), sec.end());
            }
        }
        return Outcome::Done;
    }

private:
    std::unique_ptr<Model> m_model;
    OrbitRunSettings m_s;
    std::vector<double> m_series[L];
};

} // namespace

std::unique_ptr<LaneRunner> LaneRunner::create(const Model& model, const OrbitRunSettings& s)
{
    // Only a single-variable observable has the same arithmetic as the generic path (a mean
    // would be summed in the same order too, but is not worth a second code path here).
    if (model.timeKind() != TimeKind::Map || s.observable.indices.size() != 1)
        return nullptr;
    if (dynamic_cast<const LogisticMap*>(&model))
        return std::make_unique<KernelRunner<LogisticKernel>>(model, s);
    if (dynamic_cast<const HenonMap*>(&model))
        return std::make_unique<KernelRunner<HenonKernel>>(model, s);
    if (dynamic_cast<const ChialvoMap*>(&model))
        return std::make_unique<KernelRunner<ChialvoKernel>>(model, s);
    return nullptr;
}

} // namespace nd
