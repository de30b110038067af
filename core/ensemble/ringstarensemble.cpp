// Compiled with -O3 -fno-math-errno -fopenmp-simd -ffp-contract=off (core/CMakeLists.txt), no
// fast-math: the exact mode must keep the scalar path's rounding. Every sum follows
// MapNetwork::evaluate's order (the node map, then the pairwise sum over edges by increasing
// source accumulated from 0, then the triadic sum over the node's (j, k) pairs accumulated from
// 0), so that exact mode equals MapNetwork::evaluate bit for bit.
//
// Layout: members run in groups of G lanes (8, 16 or 32) with node-major state x[node * G + l],
// so a group's whole network stays in L1/L2 across steps, each edge is one contiguous G-wide
// load, and a node's G coupling sums are G/8 independent AVX-512 accumulator chains.
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "ensemble/chialvoensemble.h"
#include "ensemble/ringstartopology.h"
#include "ensemble/vectorclones.h"
#include "ensemble/vectormath.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace nd {

namespace {
using ringstar::Topology;

struct Group {
    std::vector<double> x, y, xn, yn; // nodes x G, node-major
    std::vector<double> a, b, c, k0;  // G
    std::vector<double> w;            // 3 weight kinds x G
    std::vector<double> coef;         // nodes x G: sigma2 * the node's triadic norm
    std::vector<double> esc;          // G: escape step, -1 while inside
};

// Eight lanes as one value (GCC/Clang vector extension): one AVX-512 register, two AVX2 or four
// SSE2 registers, depending on the clone. Written out because GCC's auto-vectoriser turns the
// edge loop inside out (gathers across edges) when the lanes are a plain loop. Values move in
// and out through memcpy and never as function arguments, whose ABI differs between clones.
typedef double Vec8 __attribute__((vector_size(64)));

template <int V> inline void loadLanes(Vec8 (&v)[V], const double* p)
{
    for (int k = 0; k < V; ++k)
        std::memcpy(&v[k], p + 8 * k, sizeof(Vec8));
}

template <int V> inline void storeLanes(double* p, const Vec8 (&v)[V])
{
    for (int k = 0; k < V; ++k)
        std::memcpy(p + 8 * k, &v[k], sizeof(Vec8));
}

// One step of a group of G = 8V lanes: (x, y) -> (xn, yn); marks lanes that left the bound at
// this step. Built for AVX-512, AVX2 and baseline x86-64, chosen at load time.
template <bool Fast, int V>
ND_VECTOR_CLONES void stepGroup(const Topology& t, TriadicForm form, bool triadic, Group& g, double bound,
                                double stepIndex)
{
    constexpr int G = 8 * V;
    const int n = t.nodes;
    const double* __restrict x = g.x.data();
    const double* __restrict y = g.y.data();
    double* __restrict xn = g.xn.data();
    double* __restrict yn = g.yn.data();
    const double* __restrict a = g.a.data();
    const double* __restrict b = g.b.data();
    const double* __restrict c = g.c.data();
    const double* __restrict k0 = g.k0.data();
    // The node maps of all nodes first: independent iterations, so the out-of-order core overlaps
    // the exp polynomials of consecutive nodes.
    for (int node = 0; node < n; ++node) {
        const std::size_t o = static_cast<std::size_t>(node) * G;
#pragma omp simd
        for (int l = 0; l < G; ++l) {
            const double xi = x[o + l], yi = y[o + l];
            const double e = Fast ? fastExp(yi - xi) : std::exp(yi - xi);
            xn[o + l] = xi * xi * e + k0[l];
            yn[o + l] = a[l] * yi - b[l] * xi + c[l];
        }
    }
    const Vec8 two = {2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0};
    double bad[G];
    for (int l = 0; l < G; ++l)
        bad[l] = 0.0;
    for (int node = 0; node < n; ++node) {
        const std::size_t o = static_cast<std::size_t>(node) * G;
        Vec8 xi[V], acc[V];
        loadLanes(xi, x + o);
        for (int k = 0; k < V; ++k)
            acc[k] = Vec8{};
        for (int r = t.runStart[static_cast<std::size_t>(node)];
             r < t.runStart[static_cast<std::size_t>(node) + 1]; ++r) {
            const ringstar::EdgeRun run = t.runs[static_cast<std::size_t>(r)];
            Vec8 w[V];
            loadLanes(w, g.w.data() + static_cast<std::size_t>(run.kind) * G);
            for (int e = run.begin; e < run.end; ++e) {
                Vec8 xj[V];
                loadLanes(xj, x + static_cast<std::size_t>(t.source[static_cast<std::size_t>(e)]) * G);
                for (int k = 0; k < V; ++k)
                    acc[k] += w[k] * (xj[k] - xi[k]);
            }
        }
        Vec8 out[V];
        loadLanes(out, xn + o);
        for (int k = 0; k < V; ++k)
            out[k] += acc[k];
        const int p0 = t.triStart[static_cast<std::size_t>(node)],
                  p1 = t.triStart[static_cast<std::size_t>(node) + 1];
        if (triadic && p0 != p1) {
            Vec8 coef[V], sum[V];
            loadLanes(coef, g.coef.data() + o);
            for (int k = 0; k < V; ++k)
                sum[k] = Vec8{};
            for (int p = p0; p < p1; ++p) {
                const auto& jk = t.triPair[static_cast<std::size_t>(p)];
                Vec8 xj[V], xk[V];
                loadLanes(xj, x + static_cast<std::size_t>(jk[0]) * G);
                loadLanes(xk, x + static_cast<std::size_t>(jk[1]) * G);
                for (int k = 0; k < V; ++k) {
                    // MapNetwork's g(x_i, x_j, x_k), operation for operation.
                    const Vec8 gv = form == TriadicForm::Linear ? xj[k] + xk[k] - two * xi[k]
                                    : form == TriadicForm::Product
                                        ? xj[k] * xk[k] - xi[k] * xi[k]
                                        : xj[k] * xj[k] * xk[k] - xi[k] * xi[k] * xi[k];
                    sum[k] += coef[k] * gv;
                }
            }
            for (int k = 0; k < V; ++k)
                out[k] += sum[k];
        }
        storeLanes(xn + o, out);
        const double* __restrict xo = xn + o;
        const double* __restrict yo = yn + o;
#pragma omp simd
        for (int l = 0; l < G; ++l) {
            // Bitwise &: no branch, so the loop vectorises; NaN fails both comparisons.
            const bool inside = (std::fabs(xo[l]) <= bound) & (std::fabs(yo[l]) <= bound);
            bad[l] += inside ? 0.0 : 1.0;
        }
    }
    double* __restrict esc = g.esc.data();
#pragma omp simd
    for (int l = 0; l < G; ++l)
        esc[l] = ((esc[l] < 0.0) & (bad[l] > 0.0)) ? stepIndex : esc[l];
}

struct Job {
    const RingStarEnsembleSpec& spec;
    const std::vector<RingStarMember>& members;
    const std::vector<std::vector<double>>& initial;
    const EnsembleSchedule& schedule;
    const Topology& topology;
    Progress* progress;
    EnsembleResult& result;
};

// Runs members [first, first + count) (count <= G; the padding lanes repeat member `first`).
// Returns false when cancelled.
template <bool Fast, int G> bool runGroup(const Job& job, std::size_t first, std::size_t count)
{
    const RingStarEnsembleSpec& spec = job.spec;
    const Topology& t = job.topology;
    const auto un = static_cast<std::size_t>(spec.nodes);
    const double bound = job.schedule.escapeBound;
    const double h = spec.hubNormalised ? 1.0 / (spec.nodes - 1) : 1.0;
    Group g;
    for (auto* v : {&g.x, &g.y, &g.xn, &g.yn, &g.coef})
        v->resize(un * G);
    for (auto* v : {&g.a, &g.b, &g.c, &g.k0, &g.esc})
        v->resize(G);
    g.w.resize(3 * G);
    for (std::size_t l = 0; l < G; ++l) {
        const std::size_t member = first + (l < count ? l : 0);
        const RingStarMember& m = job.members[member];
        g.a[l] = m.node.a;
        g.b[l] = m.node.b;
        g.c[l] = m.node.c;
        g.k0[l] = m.node.k0;
        // MapNetwork merges its edges by adding their weights to 0: keep that rounding (-0 becomes +0).
        g.w[ringstar::HubToRing * G + l] = 0.0 + m.mu * h;
        g.w[ringstar::RingToHub * G + l] = 0.0 + m.mu;
        g.w[ringstar::Ring * G + l] = spec.range > 0 ? 0.0 + m.sigma / (2.0 * spec.range) : 0.0;
        for (std::size_t node = 0; node < un; ++node)
            g.coef[node * G + l] = m.sigma2 * t.triNorm[node];
        const auto& s = job.initial.size() == 1 ? job.initial[0] : job.initial[member];
        bool inside = true;
        for (std::size_t node = 0; node < un; ++node) {
            g.x[node * G + l] = s[2 * node];
            g.y[node * G + l] = s[2 * node + 1];
            inside = inside && std::fabs(s[2 * node]) <= bound && std::fabs(s[2 * node + 1]) <= bound;
        }
        g.esc[l] = inside ? -1.0 : 0.0;
    }
    // With sigma2 = 0 in every lane the triadic sums are +0 (MapNetwork still adds them): leaving
    // them out changes nothing but the sign of an exact zero (-0 + +0 = +0), which compares equal.
    const bool triadic = std::any_of(g.coef.begin(), g.coef.end(), [](double v) { return v != 0.0; });
    // Poll for a cancel about every 2^17 node updates: well under a millisecond for any N.
    const long pollEvery = std::max(1L, 131072L / (static_cast<long>(spec.nodes) * G));
    long step = 0;
    auto run = [&](long steps) {
        for (long s = 0; s < steps; ++s) {
            ++step;
            stepGroup<Fast, G / 8>(t, spec.form, triadic, g, bound, static_cast<double>(step));
            g.x.swap(g.xn);
            g.y.swap(g.yn);
            if (step % pollEvery == 0 && job.progress && job.progress->isCanceled())
                return false;
        }
        return true;
    };
    if (!run(job.schedule.transient))
        return false;
    EnsembleResult& r = job.result;
    const auto samples = static_cast<std::size_t>(r.samples);
    double v[G];
    for (long s = 0; s < job.schedule.samples; ++s) {
        if (s > 0 && !run(job.schedule.stride))
            return false;
        if (spec.observedNode >= 0) {
            std::copy_n(g.x.data() + static_cast<std::size_t>(spec.observedNode) * G, G, v);
        } else {
            // Node by node for all lanes at once: each lane still sums its nodes in node order.
            std::fill_n(v, G, 0.0);
            for (std::size_t node = 0; node < un; ++node)
                for (std::size_t l = 0; l < G; ++l)
                    v[l] += g.x[node * G + l];
            for (std::size_t l = 0; l < G; ++l)
                v[l] /= spec.nodes;
        }
        for (std::size_t l = 0; l < count; ++l)
            if (g.esc[l] < 0.0)
                r.values[(first + l) * samples + static_cast<std::size_t>(s)] = v[l];
    }
    for (std::size_t l = 0; l < count; ++l)
        r.escapeStep[first + l] = static_cast<long>(g.esc[l]);
    return true;
}

// Lanes per group for the clone this CPU runs: 32 fill AVX-512's 32 registers with four
// independent accumulator chains; AVX2 has 16 registers, which 16 lanes already fill.
std::size_t widestGroup()
{
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
    static const std::size_t widest = __builtin_cpu_supports("avx512f") ? 32 : 16;
    return widest;
#else
    return 16;
#endif
}

template <bool Fast> bool runMembers(const Job& job, std::size_t first, std::size_t count)
{
    // Wide groups while there are members for them; a last partial group is padded.
    const std::size_t widest = widestGroup();
    while (count > 0) {
        const std::size_t width = count >= widest ? widest : (count > 8 ? 16 : 8);
        const std::size_t used = std::min(width, count);
        const bool ok = width == 32 ? runGroup<Fast, 32>(job, first, used)
                                    : (width == 16 ? runGroup<Fast, 16>(job, first, used)
                                                   : runGroup<Fast, 8>(job, first, used));
        if (!ok)
            return false;
        first += used;
        count -= used;
    }
    return true;
}

void validate(const RingStarEnsembleSpec& spec, const std::vector<RingStarMember>& members,
              const std::vector<std::vector<double>>& initial, const EnsembleSchedule& schedule)
{
    validateSchedule(schedule, members.size());
    const int n = spec.nodes;
    if (n < 3)
        throw InputError("ring-star ensemble: N must be >= 3 (got " + std::to_string(n) + ")");
    if (n > 1000000)
        throw InputError("ring-star ensemble: N must be <= 1000000 (got " + std::to_string(n) + ")");
    if (spec.range < 0 || 2 * spec.range > n - 2)
        throw InputError("ring-star ensemble: R = " + std::to_string(spec.range) + " must satisfy 0 <= 2R <= N-2");
    if (spec.observedNode < -1 || spec.observedNode >= n)
        throw InputError("ring-star ensemble: observed node " + std::to_string(spec.observedNode) + " does not exist");
    if (initial.size() != 1 && initial.size() != members.size())
        throw InputError("ring-star ensemble initial states: expected 1 or " + std::to_string(members.size()) +
                         " (got " + std::to_string(initial.size()) + ")");
    for (const auto& s : initial) {
        if (s.size() != static_cast<std::size_t>(2 * n))
            throw InputError("ring-star ensemble initial state has " + std::to_string(s.size()) +
                             " values, expected 2N = " + std::to_string(2 * n));
        for (double v : s)
            requireFinite(v, "ring-star ensemble initial value");
    }
    for (std::size_t m = 0; m < members.size(); ++m) {
        const auto& p = members[m];
        for (double v : {p.node.a, p.node.b, p.node.c, p.node.k0, p.mu, p.sigma, p.sigma2})
            requireFinite(v, "ring-star ensemble member " + std::to_string(m) + " parameter");
    }
}
} // namespace

EnsembleResult runRingStarEnsemble(const RingStarEnsembleSpec& spec,
                                   const std::vector<RingStarMember>& members,
                                   const std::vector<std::vector<double>>& initial,
                                   const EnsembleSchedule& schedule, Progress* progress)
{
    validate(spec, members, initial, schedule);
    const Topology topology = ringstar::buildTopology(spec);
    EnsembleResult r;
    r.members = members.size();
    r.samples = schedule.samples;
    r.transient = schedule.transient;
    r.stride = schedule.stride;
    r.values.assign(r.members * static_cast<std::size_t>(r.samples), 0.0);
    r.escapeStep.assign(r.members, -1);
    const std::size_t blocks = (r.members + schedule.block - 1) / schedule.block;
    const Job job{spec, members, initial, schedule, topology, progress, r};
    const bool done = parallelFor(
        blocks, schedule.threads,
        [&](std::size_t task) {
            const std::size_t first = task * schedule.block;
            const std::size_t count = std::min(schedule.block, r.members - first);
            if (schedule.exp == ExpMode::Fast)
                runMembers<true>(job, first, count);
            else
                runMembers<false>(job, first, count);
        },
        progress);
    r.canceled = !done || (progress && progress->isCanceled());
    return r;
}

} // namespace nd
