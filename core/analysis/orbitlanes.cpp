// Compiled with the ensemble kernels' flags (core/CMakeLists.txt): -O3 -fopenmp-simd
// -ffp-contract=off and no fast-math, so every clone rounds like the models' evaluate().
#include "analysis/orbitlanes.h"

#include "common/progress.h"
#include "ensemble/vectorclones.h"
#include "equations/equationsmodel.h"
#include "equations/native.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

// Each kernel holds L lanes with dims() state components, stored x[d * L + lane], and a step
// that is the model's evaluate() expression applied lane by lane. set() copies one lane's
// parameters from a model whose swept parameter is already set (it may be a link: the model's
// own parameters then hold its targets' values).
template <int L> struct LogisticKernel {
    static constexpr int D = 1, Lanes = L;
    static constexpr int dims() { return D; }
    double r[L];
    void set(const Model& m, int lane) { r[lane] = m.parameters()[0]; }
    void step(double* __restrict x) const
    {
#pragma omp simd
        for (int l = 0; l < L; ++l)
            x[l] = r[l] * x[l] * (1.0 - x[l]);
    }
};

template <int L> struct HenonKernel {
    static constexpr int D = 2, Lanes = L;
    static constexpr int dims() { return D; }
    double a[L], b[L];
    void set(const Model& m, int lane)
    {
        a[lane] = m.parameters()[0];
        b[lane] = m.parameters()[1];
    }
    void step(double* __restrict x) const
    {
#pragma omp simd
        for (int l = 0; l < L; ++l) {
            const double xn = 1.0 - a[l] * x[l] * x[l] + x[L + l];
            x[L + l] = b[l] * x[l];
            x[l] = xn;
        }
    }
};

template <int L> struct ChialvoKernel {
    static constexpr int D = 2, Lanes = L;
    static constexpr int dims() { return D; }
    ChialvoParameters q[L];
    void set(const Model& m, int lane)
    {
        const auto v = m.parameters();
        q[lane] = ChialvoParameters{v[0], v[1], v[2], v[3]};
    }
    void step(double* __restrict x) const
    {
        // std::exp is a scalar call: this loop does not vectorise, but the lanes still overlap.
        for (int l = 0; l < L; ++l)
            chialvoStep(q[l], x[l], x[L + l], x[l], x[L + l]);
    }
};

// A typed model (issue 18): the step Program over all lanes at once, through the compiled
// library's stepLanes when there is one, else the interpreter's evaluateLanes. Both give the
// values of the model's evaluate() bit for bit (program.h, native.h), and the lane loops of
// the compiled kernel vectorise where the model has no transcendental calls.
template <int L> struct TypedKernel {
    static constexpr int Lanes = L;
    int dimension = 0, parameterCount = 0;
    const eq::Program* program = nullptr;
    std::shared_ptr<const eq::NativeKernels> native; // null: interpreter
    std::vector<double> params;                      // parameterCount * L, p[k * L + lane]
    mutable std::vector<double> next;                // dimension * L
    mutable std::vector<double> scratch;

    explicit TypedKernel(const eq::EquationsModel& m)
        : dimension(m.dimension()), parameterCount(m.compiled().parameterCount), program(&m.compiled().step),
          native(m.nativeKernels()), params(static_cast<std::size_t>(parameterCount) * L),
          next(static_cast<std::size_t>(dimension) * L)
    {
    }
    int dims() const { return dimension; }
    void set(const Model& m, int lane)
    {
        const auto v = m.parameters(); // own parameters first, then links (model.h)
        for (int k = 0; k < parameterCount; ++k)
            params[static_cast<std::size_t>(k * L + lane)] = v[static_cast<std::size_t>(k)];
    }
    void step(double* x) const
    {
        if (native)
            native->stepLanes(L, x, params.data(), next.data());
        else
            eq::evaluateLanes(*program, L, x, params.data(), next.data(), scratch);
        std::copy(next.begin(), next.end(), x);
    }
};

// Sticky escape flags: bad[l] becomes 1 once a component of lane l is beyond the bound or NaN.
template <class K>
inline void markEscapes(const K& k, const double* __restrict x, double bound, double* __restrict bad)
{
    constexpr int L = K::Lanes;
    for (int d = 0; d < k.dims(); ++d)
#pragma omp simd
        for (int l = 0; l < L; ++l)
            bad[l] = std::fabs(x[d * L + l]) <= bound ? bad[l] : 1.0;
}

struct Bins {
    double lo, hi;
    int bins;
};

// Adds each lane's value to its row of counts (bins + 1 slots; the last takes values outside
// [lo, hi]). The bin is binOf's expression, so direct binning equals binning the values later.
template <int L>
inline void binLanes(const double* __restrict v, const Bins& b, std::uint32_t* __restrict counts)
{
    const double width = b.hi - b.lo, scale = b.bins;
    int idx[L];
#pragma omp simd
    for (int l = 0; l < L; ++l) {
        const bool inside = (v[l] >= b.lo) & (v[l] <= b.hi);
        const double q = inside ? (v[l] - b.lo) / width * scale : 0.0;
        const int k = std::min(static_cast<int>(q), b.bins - 1);
        idx[l] = l * (b.bins + 1) + (inside ? k : b.bins);
    }
    for (int l = 0; l < L; ++l)
        ++counts[idx[l]];
}

// The hot loops, built for AVX-512, AVX2 and baseline x86-64 (see ensemble/vectorclones.h).
template <class K> ND_VECTOR_CLONES void advance(const K& k, double* x, long steps, double bound, double* bad)
{
    for (long s = 0; s < steps; ++s) {
        k.step(x);
        markEscapes(k, x, bound, bad);
    }
}

template <class K>
ND_VECTOR_CLONES void advanceBinned(const K& k, double* x, long steps, double bound, double* bad, int var,
                                    const Bins& bins, std::uint32_t* counts)
{
    for (long s = 0; s < steps; ++s) {
        k.step(x);
        markEscapes(k, x, bound, bad);
        binLanes<K::Lanes>(x + var * K::Lanes, bins, counts);
    }
}

template <class K>
ND_VECTOR_CLONES void advanceRecorded(const K& k, double* x, long steps, double bound, double* bad, int var,
                                      double* out)
{
    constexpr int L = K::Lanes;
    for (long s = 0; s < steps; ++s) {
        k.step(x);
        markEscapes(k, x, bound, bad);
        for (int l = 0; l < L; ++l)
            out[s * L + l] = x[var * L + l];
    }
}

template <class Kernel>
class KernelRunner : public LaneRunner {
public:
    static constexpr int L = Kernel::Lanes;

    // proto: the kernel before set() (a typed model's kernel carries its programs).
    KernelRunner(const Model& model, const OrbitRunSettings& s, Kernel proto = {})
        : m_model(model.clone()), m_s(s), m_proto(std::move(proto))
    {
        m_x.resize(static_cast<std::size_t>(m_proto.dims()) * L);
        if (m_s.binDirect) {
            m_scratch.resize(static_cast<std::size_t>(L) * static_cast<std::size_t>(m_s.bins + 1));
        } else {
            m_chunk.resize(static_cast<std::size_t>(kChunk) * L);
        }
    }

    int lanes() const override { return L; }

    Outcome run(int lanes, const double* p, const std::vector<double>* x0, const Sink* sinks, bool* escaped,
                const Progress* progress) override
    {
        Kernel k = m_proto;
        const int D = k.dims();
        // Small states on the stack, aligned for the vector clones; large typed models in m_x.
        alignas(64) double stackX[64];
        double* x = D * L <= 64 ? stackX : m_x.data();
        double bad[L];
        for (int l = 0; l < L; ++l) {
            // Unused lanes repeat lane 0: harmless work, no escapes of their own.
            const int src = l < lanes ? l : 0;
            // Through the model, so a linked parameter sets its targets as everywhere else.
            m_model->setParameter(m_s.parameterIndex, p[src]);
            k.set(*m_model, l);
            for (int d = 0; d < D; ++d)
                x[d * L + l] = x0[src][static_cast<std::size_t>(d)];
            bad[l] = 0.0;
        }
        const int var = m_s.observable.indices[0];
        const double bound = m_s.escapeBound;
        auto allEscaped = [&] {
            for (int l = 0; l < lanes; ++l)
                if (bad[l] == 0.0)
                    return false;
            return true;
        };
        // Chunks: a cancel is seen within a chunk, and lanes that all escaped stop early.
        for (long done = 0; done < m_s.transient;) {
            const long n = std::min(kChunk, m_s.transient - done);
            advance(k, x, n, bound, bad);
            done += n;
            if (progress && progress->isCanceled())
                return Outcome::Canceled;
            if (allEscaped())
                break;
        }
        const Bins bins{m_s.binLo, m_s.binHi, m_s.bins};
        if (m_s.binDirect) {
            // Counted in the runner's own rows (in L1), added to the columns when the run is done.
            std::fill(m_scratch.begin(), m_scratch.end(), 0u);
            binLanes<L>(x + var * L, bins, m_scratch.data());
        } else {
            for (int l = 0; l < lanes; ++l) {
                m_series[l].clear();
                m_series[l].push_back(x[var * L + l]);
            }
        }
        for (long done = 1; done < m_s.samples && !allEscaped();) {
            const long n = std::min(kChunk, m_s.samples - done);
            if (m_s.binDirect) {
                advanceBinned(k, x, n, bound, bad, var, bins, m_scratch.data());
            } else {
                advanceRecorded(k, x, n, bound, bad, var, m_chunk.data());
                for (int l = 0; l < lanes; ++l)
                    for (long s = 0; s < n; ++s)
                        m_series[l].push_back(m_chunk[static_cast<std::size_t>(s * L + l)]);
            }
            done += n;
            if (progress && progress->isCanceled())
                return Outcome::Canceled;
        }
        for (int l = 0; l < lanes; ++l) {
            escaped[l] = bad[l] != 0.0;
            if (escaped[l])
                continue; // the generic path redoes it
            if (m_s.binDirect) {
                const std::uint32_t* row = m_scratch.data() + static_cast<std::size_t>(l) * (m_s.bins + 1);
                std::uint32_t* counts = sinks[l].counts;
#pragma omp simd
                for (int b = 0; b < m_s.bins; ++b)
                    counts[b] += row[b];
            } else if (m_s.observable.section == Section::None) {
                sinks[l].values->insert(sinks[l].values->end(), m_series[l].begin(), m_series[l].end());
            } else {
                const std::vector<double> sec = applySection(m_series[l], m_s.observable, 1.0);
                sinks[l].values->insert(sinks[l].values->end(), sec.begin(), sec.end());
            }
        }
        return Outcome::Done;
    }

private:
    static constexpr long kChunk = 512;
    std::unique_ptr<Model> m_model;
    OrbitRunSettings m_s;
    Kernel m_proto;
    std::vector<double> m_x;              // the lanes' states when they do not fit the stack
    std::vector<std::uint32_t> m_scratch; // binDirect: L rows of bins + 1 counts
    std::vector<double> m_chunk;          // recorded samples of one chunk, step-major
    std::vector<double> m_series[L];
};

} // namespace

std::unique_ptr<LaneRunner> LaneRunner::create(const Model& model, const OrbitRunSettings& s)
{
    if (model.timeKind() != TimeKind::Map)
        return nullptr;
    // The lane kernels sum the observable's variables themselves; wrapped phases and R are the
    // generic path's (Observable::value).
    if (s.observable.reduction != Reduction::Mean)
        return nullptr;
    if (auto network = createNetworkLaneRunner(model, s))
        return network;
    // Only a single-variable observable has the same arithmetic as the generic path (a mean
    // would be summed in the same order too, but is not worth a second code path here).
    if (s.observable.indices.size() != 1)
        return nullptr;
    if (dynamic_cast<const LogisticMap*>(&model))
        return std::make_unique<KernelRunner<LogisticKernel<16>>>(model, s);
    if (dynamic_cast<const HenonMap*>(&model))
        return std::make_unique<KernelRunner<HenonKernel<16>>>(model, s);
    if (dynamic_cast<const ChialvoMap*>(&model))
        return std::make_unique<KernelRunner<ChialvoKernel<8>>>(model, s);
    if (const auto* typed = dynamic_cast<const eq::EquationsModel*>(&model))
        return std::make_unique<KernelRunner<TypedKernel<16>>>(model, s, TypedKernel<16>(*typed));
    return nullptr;
}

} // namespace nd
