// Compiled with the ensemble kernels' flags (core/CMakeLists.txt): -O3 -fopenmp-simd
// -ffp-contract=off, no fast-math, so the coupling sums round like MapNetwork::evaluate.
//
// The columns of a run (G member lanes) step in lockstep. Node maps: one kernel call per block
// of B nodes x G members (128 node updates whose rows stay in L1). Coupling: MapNetwork's merged
// tables, each edge one G-wide loop, sums in MapNetwork::evaluate's order (pairwise from 0 by
// increasing source, then the triadic pairs from 0), so a lane equals the generic path
// (ColumnRunner over MapNetwork::evaluate) bit for bit: the interpreter's lanes are
// bit-identical to its scalar path, and the compiled kernels to the interpreter. The same pass
// over the nodes sets the escape flags.
//
// Arithmetic: with OrbitRunSettings::exactArithmetic the node maps run through the typed map's
// own lane kernel (TypedNodeMap::stepLanes: bit for bit the generic path). Otherwise, as the
// built-in ring-star's fast path does, exp is nd::fastExp (vectorised, within 2 ulp of
// std::exp; ensemble/vectormath.h) and every other operation keeps the interpreter's semantics
// (equations/opeval.h): the compiled fast node kernel (NativeKernels::stepNodesFast, one
// vectorised function for the whole step) when the system compiler built the definition, else
// runFastLanes, an evaluator of the step program that equals that kernel bit for bit. Chaotic
// orbits then differ from the exact ones in detail, not in law; a typed Chialvo ring-star gives
// the built-in fast kernel's values bit for bit (tst_typednetworkorbit).
//
// Speed (neurodyn-bench orbit/typed-ring-star-N100): G = 16, not LaneRunner::kMaxLanes = 32,
// measured: 0.41x the built-in's throughput at 32 lanes, 0.75x at 16 (the working set, state
// and successor, halves from 100 KiB for 100 two-variable nodes). Parameters that are the same
// at every node (no per-node overrides) are read from one G-wide row per parameter, and
// coupling weights from one row per distinct weight (a ring-star has three), not one per edge.
//
// State layout: block b holds nodes [bB, bB + B) as x[b][v][node - bB][lane], i.e. exactly the
// structure of arrays stepLanes reads (variable v of lane (node, member) at v * B * G + ...).
#include "analysis/orbittypednetwork.h"

#include "analysis/orbitraster.h"
#include "common/progress.h"
#include "ensemble/vectorclones.h"
#include "ensemble/vectormath.h"
#include "equations/native.h"
#include "equations/opeval.h"
#include "network/mapnetwork.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <string>

namespace nd {

namespace {

constexpr int G = 16;            // columns per run (see the speed note above)
constexpr int kBlockLanes = 128; // node updates per node-kernel call: its rows stay in L1

struct Layout {
    int nodes = 0, dim = 0, params = 0, coupled = 0;
    int perBlock = 1; // B
    int blocks = 0;
    std::size_t blockLanes() const { return static_cast<std::size_t>(perBlock) * G; }
    // Offset of variable v of node i's G lanes.
    std::size_t at(int node, int v) const
    {
        const auto b = static_cast<std::size_t>(node / perBlock),
                   j = static_cast<std::size_t>(node % perBlock);
        return (b * static_cast<std::size_t>(dim) + static_cast<std::size_t>(v)) * blockLanes() + j * G;
    }
};

// The step program over `nodes` x G node updates with exp from fastExp, addressed as the compiled
// kernel NativeKernels::stepNodesFast (equations/native.h), which it equals bit for bit: the
// fallback without a compiler. One pass over the code per node, each instruction a loop over
// the G lanes. Variables and parameters are read in place (rows points at them), so only
// computed values take scratch rows.
struct FastLanes {
    const eq::Program* program = nullptr;
    std::vector<double> scratch;
    std::vector<const double*> rows;
    std::size_t filledFor = 0; // lane count the constant rows hold their values for
};

ND_VECTOR_CLONES void runFastLanes(FastLanes& f, int nodes, const double* x, const double* p, long pRow,
                                   long pNode, double* out)
{
    using eq::Op;
    // Node by node (C = G lanes) through the whole program: every row is C values (all in L1,
    // fixed trip counts the compiler unrolls into independent vector chains), one dispatch per
    // instruction and node.
    constexpr std::size_t C = G;
    const auto& code = f.program->code;
    const auto n = static_cast<std::size_t>(nodes) * C;
    if (f.filledFor != C) { // constants never change: fill their rows once
        f.scratch.assign(code.size() * C, 0.0);
        f.rows.assign(code.size(), nullptr);
        for (std::size_t i = 0; i < code.size(); ++i)
            if (code[i].op == Op::Constant)
                std::fill_n(f.scratch.data() + i * C, C, code[i].value);
        f.filledFor = C;
    }
    for (std::size_t c0 = 0, j = 0; c0 < n; c0 += C, ++j) {
        const double* pj = p + static_cast<std::ptrdiff_t>(j) * pNode;
        for (std::size_t i = 0; i < code.size(); ++i) {
            const eq::Instruction& in = code[i];
            double* __restrict r = f.scratch.data() + i * C;
            f.rows[i] = r;
            const double* __restrict a = in.a >= 0 ? f.rows[static_cast<std::size_t>(in.a)] : nullptr;
            const double* __restrict b = in.b >= 0 ? f.rows[static_cast<std::size_t>(in.b)] : nullptr;
            switch (in.op) {
            case Op::Constant:
                break;
            case Op::Variable:
                f.rows[i] = x + static_cast<std::size_t>(in.index) * n + c0;
                break;
            case Op::Parameter:
                f.rows[i] = pj + static_cast<std::ptrdiff_t>(in.index) * pRow;
                break;
            case Op::Exp:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = fastExp(a[l]);
                break;
            case Op::Neg:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = -a[l];
                break;
            case Op::Add:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = a[l] + b[l];
                break;
            case Op::Sub:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = a[l] - b[l];
                break;
            case Op::Mul:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = a[l] * b[l];
                break;
            case Op::Div:
#pragma omp simd
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = a[l] / b[l];
                break;
            case Op::Select: {
                const double* __restrict c = f.rows[static_cast<std::size_t>(in.c)];
                for (std::size_t l = 0; l < C; ++l)
                    r[l] = eq::detail::applySelect(a[l], b[l], c[l]);
                break;
            }
            default:
                if (eq::detail::isUnary(in.op)) {
                    for (std::size_t l = 0; l < C; ++l)
                        r[l] = eq::detail::applyUnary(in.op, a[l]);
                } else {
                    for (std::size_t l = 0; l < C; ++l)
                        r[l] = eq::detail::applyBinary(in.op, a[l], b[l]);
                }
            }
        }
        for (std::size_t o = 0; o < f.program->outputs.size(); ++o)
            std::copy_n(f.rows[static_cast<std::size_t>(f.program->outputs[o])], C, out + o * n + c0);
    }
}

struct Coupling {
    std::vector<int> rowStart, column, triStart;
    std::vector<std::array<int, 2>> triPair;
    std::vector<double> weight;         // distinct weight rows x G (a ring-star has three)
    std::vector<int> weightRow;         // per entry: its row of `weight`
    std::vector<double> triCoef;        // pairs x G
    std::vector<std::size_t> coupledAt; // per node: Layout::at(node, coupled variable)
    std::vector<std::size_t> nodeAt;    // per node: Layout::at(node, 0)
    std::size_t variableStride = 0;     // Layout::at(node, v + 1) - Layout::at(node, v)
    int dim = 0;
    bool diffusive = true;
    bool triadicOn = false;
    TriadicForm form = TriadicForm::Linear;
};

// G lanes as G/8 values of eight (GCC/Clang vector extension), so a node's sums stay in
// registers across its edges (as in ensemble/ringstarensemble.cpp). Values move through memcpy,
// never as function arguments, whose ABI differs between clones.
typedef double Vec8 __attribute__((vector_size(64)));
constexpr int V = G / 8;

inline void load(Vec8 (&v)[V], const double* p)
{
    for (int k = 0; k < V; ++k)
        std::memcpy(&v[k], p + 8 * k, sizeof(Vec8));
}

inline void store(double* p, const Vec8 (&v)[V])
{
    for (int k = 0; k < V; ++k)
        std::memcpy(p + 8 * k, &v[k], sizeof(Vec8));
}

// Adds the coupling to the node maps' values xn and marks the lanes in which a node's new state
// left the bound (sticky flags, as the built-in ring-star kernel: one pass over the nodes).
template <bool Diffusive, TriadicForm Form>
ND_VECTOR_CLONES void addCouplingAs(const Coupling& c, int nodes, const double* __restrict x,
                                    double* __restrict xn, double bound, double* __restrict bad)
{
    const Vec8 two = {2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0};
    for (int i = 0; i < nodes; ++i) {
        const std::size_t oi = c.coupledAt[static_cast<std::size_t>(i)];
        Vec8 xi[V], acc[V], out[V];
        load(xi, x + oi);
        for (int k = 0; k < V; ++k)
            acc[k] = Vec8{};
        for (int e = c.rowStart[static_cast<std::size_t>(i)]; e < c.rowStart[static_cast<std::size_t>(i) + 1];
             ++e) {
            Vec8 xj[V], w[V];
            load(xj, x + c.coupledAt[static_cast<std::size_t>(c.column[static_cast<std::size_t>(e)])]);
            load(w, c.weight.data() + static_cast<std::size_t>(c.weightRow[static_cast<std::size_t>(e)]) * G);
            for (int k = 0; k < V; ++k)
                acc[k] += Diffusive ? w[k] * (xj[k] - xi[k]) : w[k] * xj[k];
        }
        load(out, xn + oi);
        for (int k = 0; k < V; ++k)
            out[k] += acc[k];
        const int t0 = c.triStart[static_cast<std::size_t>(i)],
                  t1 = c.triStart[static_cast<std::size_t>(i) + 1];
        if (c.triadicOn && t0 != t1) {
            for (int k = 0; k < V; ++k)
                acc[k] = Vec8{};
            for (int t = t0; t < t1; ++t) {
                const auto& jk = c.triPair[static_cast<std::size_t>(t)];
                Vec8 xj[V], xk[V], coef[V];
                load(xj, x + c.coupledAt[static_cast<std::size_t>(jk[0])]);
                load(xk, x + c.coupledAt[static_cast<std::size_t>(jk[1])]);
                load(coef, c.triCoef.data() + static_cast<std::size_t>(t) * G);
                for (int k = 0; k < V; ++k) {
                    // MapNetwork's g(x_i, x_j, x_k), operation for operation.
                    const Vec8 g = Form == TriadicForm::Linear ? xj[k] + xk[k] - two * xi[k]
                                   : Form == TriadicForm::Product
                                       ? xj[k] * xk[k] - xi[k] * xi[k]
                                       : xj[k] * xj[k] * xk[k] - xi[k] * xi[k] * xi[k];
                    acc[k] += coef[k] * g;
                }
            }
            for (int k = 0; k < V; ++k)
                out[k] += acc[k];
        }
        store(xn + oi, out);
        for (int v = 0; v < c.dim; ++v) {
            const double* __restrict p =
                xn + c.nodeAt[static_cast<std::size_t>(i)] + static_cast<std::size_t>(v) * c.variableStride;
#pragma omp simd
            for (int l = 0; l < G; ++l)
                bad[l] = std::fabs(p[l]) <= bound ? bad[l] : 1.0;
        }
    }
}

template <bool Diffusive>
void addCouplingFor(const Coupling& c, int nodes, const double* x, double* xn, double bound, double* bad)
{
    switch (c.form) {
    case TriadicForm::Linear:
        return addCouplingAs<Diffusive, TriadicForm::Linear>(c, nodes, x, xn, bound, bad);
    case TriadicForm::Product:
        return addCouplingAs<Diffusive, TriadicForm::Product>(c, nodes, x, xn, bound, bad);
    case TriadicForm::Cubic:
        return addCouplingAs<Diffusive, TriadicForm::Cubic>(c, nodes, x, xn, bound, bad);
    }
}

// Padding nodes of the last block are left out (`nodes` counts the real ones).
void addCoupling(const Coupling& c, int nodes, const double* x, double* xn, double bound, double* bad)
{
    if (c.diffusive)
        addCouplingFor<true>(c, nodes, x, xn, bound, bad);
    else
        addCouplingFor<false>(c, nodes, x, xn, bound, bad);
}

class TypedNetworkRunner : public LaneRunner {
public:
    TypedNetworkRunner(const Model& model, const OrbitRunSettings& s) : m_model(model.clone()), m_s(s)
    {
        const auto& net = dynamic_cast<const MapNetwork&>(*m_model);
        const TypedNodeMap& map = *net.description().typed;
        m_fast.program = &map.compiled().step;
        m_lay.nodes = net.nodeCount();
        m_lay.dim = map.dimension();
        m_lay.params = map.parameterCount();
        m_lay.coupled = map.couplingIndex();
        m_lay.perBlock = std::max(1, std::min(m_lay.nodes, kBlockLanes / G));
        m_lay.blocks = (m_lay.nodes + m_lay.perBlock - 1) / m_lay.perBlock;
        const std::size_t size = static_cast<std::size_t>(m_lay.blocks) * m_lay.blockLanes();
        m_x.resize(size * static_cast<std::size_t>(m_lay.dim));
        m_xn.resize(m_x.size());
        m_p.resize(size * static_cast<std::size_t>(m_lay.params));
        for (int i = 0; i < m_lay.nodes; ++i) {
            m_c.coupledAt.push_back(m_lay.at(i, m_lay.coupled));
            m_c.nodeAt.push_back(m_lay.at(i, 0));
        }
        m_c.variableStride = m_lay.blockLanes();
        m_c.dim = m_lay.dim;
        m_pu.resize(static_cast<std::size_t>(m_lay.params) * G);
        // The observable's state indices as offsets (node i's variable v is state index i * D + v).
        for (int k : m_s.observable.indices)
            m_observed.push_back(m_lay.at(k / m_lay.dim, k % m_lay.dim));
    }

    int lanes() const override { return G; }

    Outcome run(int lanes, const double* p, const std::vector<double>* x0, const Sink* sinks, bool* escaped,
                const Progress* progress) override
    {
        double bad[G];
        if (!load(lanes, p, x0, bad)) {
            std::fill_n(escaped, lanes, true); // the generic path does them all
            return Outcome::Done;
        }
        const TypedNodeMap& map = *dynamic_cast<const MapNetwork&>(*m_model).description().typed;
        const double bound = m_s.escapeBound;
        const auto fastKernel = map.native() ? map.native()->stepNodesFast : nullptr;
        // Parameters the same at every node (no per-node overrides) are read from one row of G
        // lanes per parameter, which stays in L1, instead of a row per node.
        const auto bl = static_cast<long>(m_lay.blockLanes());
        const long pRow = m_uniformParameters ? G : bl, pNode = m_uniformParameters ? 0 : G;
        auto step = [&] {
            for (int b = 0; b < m_lay.blocks; ++b) {
                const auto o = static_cast<std::size_t>(b) * static_cast<std::size_t>(bl);
                const double* pb = m_p.data() + o * static_cast<std::size_t>(m_lay.params);
                const double* xb = m_x.data() + o * static_cast<std::size_t>(m_lay.dim);
                double* outb = m_xn.data() + o * static_cast<std::size_t>(m_lay.dim);
                const double* pf = m_uniformParameters ? m_pu.data() : pb;
                if (m_s.exactArithmetic)
                    map.stepLanes(static_cast<int>(bl), pb, xb, outb);
                else if (fastKernel)
                    fastKernel(m_lay.perBlock, G, xb, pf, pRow, pNode, outb);
                else
                    runFastLanes(m_fast, m_lay.perBlock, xb, pf, pRow, pNode, outb);
            }
            addCoupling(m_c, m_lay.nodes, m_x.data(), m_xn.data(), bound, bad);
            m_x.swap(m_xn);
        };
        auto allEscaped = [&] {
            for (int l = 0; l < lanes; ++l)
                if (bad[l] == 0.0)
                    return false;
            return true;
        };
        for (long done = 0; done < m_s.transient;) {
            const long n = std::min(kChunk, m_s.transient - done);
            for (long s = 0; s < n; ++s)
                step();
            done += n;
            if (progress && progress->isCanceled())
                return Outcome::Canceled;
            if (allEscaped())
                break;
        }
        for (int l = 0; l < lanes; ++l) {
            m_series[l].clear();
            m_series[l].reserve(static_cast<std::size_t>(m_s.samples));
        }
        record(lanes);
        for (long done = 1; done < m_s.samples && !allEscaped();) {
            const long n = std::min(kChunk, m_s.samples - done);
            for (long s = 0; s < n; ++s) {
                step();
                record(lanes);
            }
            done += n;
            if (progress && progress->isCanceled())
                return Outcome::Canceled;
        }
        for (int l = 0; l < lanes; ++l) {
            escaped[l] = bad[l] != 0.0;
            if (escaped[l])
                continue; // the generic path redoes it
            const std::vector<double>& v = m_series[l];
            if (m_s.binDirect) {
                addToBins(v.data(), v.size(), m_s.binLo, m_s.binHi, m_s.bins, sinks[l].counts);
            } else if (m_s.observable.section == Section::None) {
                sinks[l].values->insert(sinks[l].values->end(), v.begin(), v.end());
            } else {
                const std::vector<double> sec = applySection(v, m_s.observable, 1.0);
                sinks[l].values->insert(sinks[l].values->end(), sec.begin(), sec.end());
            }
        }
        return Outcome::Done;
    }

private:
    static constexpr long kChunk = 256;

    // Copies each lane's parameters, weights and state in; false when the lanes' coupling tables
    // differ in structure (they never do for a swept parameter; checked rather than assumed).
    bool load(int lanes, const double* p, const std::vector<double>* x0, double* bad)
    {
        const auto& net = dynamic_cast<const MapNetwork&>(*m_model);
        for (int l = 0; l < G; ++l) {
            const int src = l < lanes ? l : 0; // unused lanes repeat lane 0
            m_model->setParameter(m_s.parameterIndex, p[src]);
            const MapNetwork::CouplingTables t = net.coupling();
            if (l == 0) {
                m_c.rowStart = t.rowStart;
                m_c.column = t.column;
                m_c.triStart = t.triStart;
                m_c.triPair = t.triPair;
                m_c.weight.assign(t.weight.size() * G, 0.0); // a row per entry until deduplicated below
                m_c.triCoef.assign(t.triCoef.size() * G, 0.0);
                m_c.diffusive = net.description().pairwise == PairwiseForm::Diffusive;
                m_c.form = net.description().form;
            } else if (t.rowStart != m_c.rowStart || t.column != m_c.column || t.triPair != m_c.triPair) {
                return false;
            }
            for (std::size_t e = 0; e < t.weight.size(); ++e)
                m_c.weight[e * G + static_cast<std::size_t>(l)] = t.weight[e];
            for (std::size_t k = 0; k < t.triCoef.size(); ++k)
                m_c.triCoef[k * G + static_cast<std::size_t>(l)] = t.triCoef[k];
            const std::vector<double>& q = net.typedParameterLanes();
            const auto n = static_cast<std::size_t>(m_lay.nodes);
            const std::size_t bl = m_lay.blockLanes();
            for (int i = 0; i < m_lay.nodes; ++i) {
                const auto b = static_cast<std::size_t>(i / m_lay.perBlock);
                const auto j = static_cast<std::size_t>(i % m_lay.perBlock);
                for (int k = 0; k < m_lay.params; ++k)
                    m_p[(b * static_cast<std::size_t>(m_lay.params) + static_cast<std::size_t>(k)) * bl +
                        j * G + static_cast<std::size_t>(l)] =
                        q[static_cast<std::size_t>(k) * n + static_cast<std::size_t>(i)];
            }
            const std::vector<double>& s = x0[src];
            for (int i = 0; i < m_lay.nodes; ++i)
                for (int v = 0; v < m_lay.dim; ++v)
                    m_x[m_lay.at(i, v) + static_cast<std::size_t>(l)] =
                        s[static_cast<std::size_t>(i * m_lay.dim + v)];
            bad[l] = 0.0;
        }
        // Padding nodes of the last block repeat node 0, so their (ignored) lanes stay finite.
        const int padded = m_lay.blocks * m_lay.perBlock;
        for (int i = m_lay.nodes; i < padded; ++i) {
            for (int v = 0; v < m_lay.dim; ++v)
                std::copy_n(m_x.data() + m_lay.at(0, v), G, m_x.data() + m_lay.at(i, v));
            const std::size_t bl = m_lay.blockLanes();
            const auto b = static_cast<std::size_t>(i / m_lay.perBlock);
            const auto j = static_cast<std::size_t>(i % m_lay.perBlock);
            for (int k = 0; k < m_lay.params; ++k)
                std::copy_n(m_p.data() + static_cast<std::size_t>(k) * bl, G,
                            m_p.data() +
                                (b * static_cast<std::size_t>(m_lay.params) + static_cast<std::size_t>(k)) *
                                    bl +
                                j * G);
        }
        deduplicateWeights();
        m_uniformParameters = true;
        for (int k = 0; k < m_lay.params && m_uniformParameters; ++k) {
            const double* row = m_p.data() + static_cast<std::size_t>(k) * m_lay.blockLanes();
            std::copy_n(row, G, m_pu.data() + static_cast<std::size_t>(k) * G);
            for (int i = 1; i < m_lay.nodes && m_uniformParameters; ++i) {
                const auto b = static_cast<std::size_t>(i / m_lay.perBlock);
                const auto j = static_cast<std::size_t>(i % m_lay.perBlock);
                const double* other =
                    m_p.data() +
                    (b * static_cast<std::size_t>(m_lay.params) + static_cast<std::size_t>(k)) *
                        m_lay.blockLanes() +
                    j * G;
                // Bitwise: -0 and +0 differ in what a node map may make of them.
                m_uniformParameters = std::memcmp(row, other, G * sizeof(double)) == 0;
            }
        }
        // With sigma2 = 0 in every lane the triadic sums are +0 (MapNetwork still adds them):
        // leaving them out changes nothing but the sign of an exact zero, which compares equal.
        m_c.triadicOn =
            std::any_of(m_c.triCoef.begin(), m_c.triCoef.end(), [](double v) { return v != 0.0; });
        return true;
    }

    // Entries whose G lanes of weights are equal bit for bit share one row: the edges of a preset
    // have a few distinct weights, and a row per edge would not stay in L1.
    void deduplicateWeights()
    {
        const std::size_t entries = m_c.weight.size() / G;
        std::map<std::string, int> rows;
        std::vector<double> unique;
        m_c.weightRow.assign(entries, 0);
        for (std::size_t e = 0; e < entries; ++e) {
            const double* w = m_c.weight.data() + e * G;
            std::string key(reinterpret_cast<const char*>(w), G * sizeof(double));
            const auto [it, added] = rows.emplace(std::move(key), static_cast<int>(rows.size()));
            if (added)
                unique.insert(unique.end(), w, w + G);
            m_c.weightRow[e] = it->second;
        }
        m_c.weight.swap(unique);
    }

    void record(int lanes)
    {
        const double* x = m_x.data();
        if (m_observed.size() == 1) {
            for (int l = 0; l < lanes; ++l)
                m_series[l].push_back(x[m_observed[0] + static_cast<std::size_t>(l)]);
            return;
        }
        // Observable::value's order: the indices summed in order from 0, then divided.
        double sum[G];
        std::fill_n(sum, G, 0.0);
        for (std::size_t o : m_observed)
            for (int l = 0; l < G; ++l)
                sum[l] += x[o + static_cast<std::size_t>(l)];
        for (int l = 0; l < lanes; ++l)
            m_series[l].push_back(sum[l] / static_cast<double>(m_observed.size()));
    }

    std::unique_ptr<Model> m_model;
    OrbitRunSettings m_s;
    Layout m_lay;
    Coupling m_c;
    FastLanes m_fast;
    std::vector<double> m_x, m_xn, m_p;
    std::vector<double> m_pu; // parameters x G: the parameters of every node when they are uniform
    bool m_uniformParameters = false;
    std::vector<std::size_t> m_observed;
    std::vector<double> m_series[G];
};

} // namespace

std::unique_ptr<LaneRunner> createTypedNetworkLaneRunner(const Model& model, const OrbitRunSettings& s)
{
    const auto* net = dynamic_cast<const MapNetwork*>(&model);
    if (!net || !net->description().typed ||
        net->typedNodes().size() != static_cast<std::size_t>(net->nodeCount()))
        return nullptr;
    for (int k : s.observable.indices)
        if (k < 0 || k >= net->dimension())
            return nullptr;
    return std::make_unique<TypedNetworkRunner>(model, s);
}

} // namespace nd
