// Compiled with -O3 -fno-math-errno -fopenmp-simd (core/CMakeLists.txt), no fast-math: the
// exact mode must keep the scalar path's rounding. The coupling sums follow MapNetwork's
// order (edges of a node by increasing source index, accumulated from 0, added after the
// node step) so that exact mode equals MapNetwork::evaluate bit for bit.
#include "ensemble/vectorclones.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "ensemble/chialvoensemble.h"
#include "ensemble/vectormath.h"

#include <algorithm>
#include <cmath>

namespace nd {

namespace {
enum Kind { HubToRing = 0, RingToHub = 1, Ring = 2 }; // weight mu*h, mu, sigma/(2R)

struct Edge {
    int source;
    int kind;
};

std::vector<std::vector<Edge>> ringStarEdges(int n, int r)
{
    std::vector<std::vector<Edge>> edges(static_cast<std::size_t>(n));
    const int m = n - 1;
    for (int i = 1; i < n; ++i)
        edges[0].push_back({i, HubToRing});
    for (int i = 1; i < n; ++i) {
        auto& list = edges[static_cast<std::size_t>(i)];
        list.push_back({0, RingToHub});
        for (int s = 1; s <= r; ++s) {
            list.push_back({1 + (i - 1 + s) % m, Ring});
            list.push_back({1 + (i - 1 - s + m) % m, Ring});
        }
        std::sort(list.begin(), list.end(), [](const Edge& a, const Edge& b) { return a.source < b.source; });
    }
    return edges;
}

constexpr std::size_t kLanes = 8; // members per register block of the coupling sums

struct Block {
    std::size_t count = 0;  // members of this block
    std::size_t stride = 0; // count rounded up to kLanes; the padding lanes copy member 0
    std::vector<double> a, b, c, k0, w[3], x, y, xn, yn, p, bad, esc;
};

// Built for AVX-512, AVX2 and baseline x86-64, chosen at load time (see chialvoensemble.cpp).
template <bool Fast>
ND_VECTOR_CLONES void stepBlock(Block& k, int n, const std::vector<std::vector<Edge>>& edges, double bound, double stepIndex)
{
    const std::size_t cnt = k.stride;
    const double* __restrict a = k.a.data();
    const double* __restrict b = k.b.data();
    const double* __restrict c = k.c.data();
    const double* __restrict k0 = k.k0.data();
    double* __restrict p = k.p.data();
    double* __restrict bad = k.bad.data();
    double* __restrict esc = k.esc.data();
    std::fill(k.bad.begin(), k.bad.end(), 0.0);
    for (int node = 0; node < n; ++node) {
        const std::size_t o = static_cast<std::size_t>(node) * cnt;
        const double* __restrict x = k.x.data() + o;
        const double* __restrict y = k.y.data() + o;
        double* __restrict xn = k.xn.data() + o;
        double* __restrict yn = k.yn.data() + o;
#pragma omp simd
        for (std::size_t i = 0; i < cnt; ++i) {
            const double e = Fast ? fastExp(y[i] - x[i]) : std::exp(y[i] - x[i]);
            xn[i] = x[i] * x[i] * e + k0[i];
            yn[i] = a[i] * y[i] - b[i] * x[i] + c[i];
        }
        // The coupling sum of kLanes members stays in registers across all edges of the node.
        const auto& list = edges[static_cast<std::size_t>(node)];
        for (std::size_t i0 = 0; i0 < cnt; i0 += kLanes) {
            double acc[kLanes] = {};
            for (const Edge& e : list) {
                const double* __restrict xj = k.x.data() + static_cast<std::size_t>(e.source) * cnt + i0;
                const double* __restrict w = k.w[e.kind].data() + i0;
#pragma omp simd
                for (std::size_t l = 0; l < kLanes; ++l)
                    acc[l] += w[l] * (xj[l] - x[i0 + l]);
            }
            for (std::size_t l = 0; l < kLanes; ++l)
                p[i0 + l] = acc[l];
        }
#pragma omp simd
        for (std::size_t i = 0; i < cnt; ++i) {
            const double v = xn[i] + p[i];
            xn[i] = v;
            // Bitwise &: no branch, so the loop vectorises; NaN fails both comparisons.
            const bool inside = (std::fabs(v) <= bound) & (std::fabs(yn[i]) <= bound);
            bad[i] += inside ? 0.0 : 1.0;
        }
    }
#pragma omp simd
    for (std::size_t i = 0; i < cnt; ++i)
        esc[i] = ((esc[i] < 0.0) & (bad[i] > 0.0)) ? stepIndex : esc[i];
    k.x.swap(k.xn);
    k.y.swap(k.yn);
}
} // namespace

EnsembleResult runRingStarEnsemble(const RingStarEnsembleSpec& spec, const std::vector<RingStarMember>& members,
                                   const std::vector<std::vector<double>>& initial, const EnsembleSchedule& schedule,
                                   Progress* progress)
{
    validateSchedule(schedule, members.size());
    const int n = spec.nodes;
    if (n < 3)
        throw InputError("ring-star ensemble: N must be >= 3 (got " + std::to_string(n) + ")");
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
        for (double v : {p.node.a, p.node.b, p.node.c, p.node.k0, p.mu, p.sigma})
            requireFinite(v, "ring-star ensemble member " + std::to_string(m) + " parameter");
    }
    const auto edges = ringStarEdges(n, spec.range);
    const double h = spec.hubNormalised ? 1.0 / (n - 1) : 1.0;
    const double bound = schedule.escapeBound;

    EnsembleResult r;
    r.members = members.size();
    r.samples = schedule.samples;
    r.transient = schedule.transient;
    r.stride = schedule.stride;
    r.values.assign(r.members * static_cast<std::size_t>(r.samples), 0.0);
    r.escapeStep.assign(r.members, -1);
    const std::size_t blocks = (r.members + schedule.block - 1) / schedule.block;
    const auto un = static_cast<std::size_t>(n);

    parallelFor(blocks, schedule.threads, [&](std::size_t task) {
        const std::size_t first = task * schedule.block;
        Block k;
        k.count = std::min(schedule.block, r.members - first);
        k.stride = (k.count + kLanes - 1) / kLanes * kLanes;
        const std::size_t cnt = k.stride;
        for (auto* v : {&k.a, &k.b, &k.c, &k.k0, &k.w[0], &k.w[1], &k.w[2], &k.p, &k.bad, &k.esc})
            v->resize(cnt);
        for (auto* v : {&k.x, &k.y, &k.xn, &k.yn})
            v->resize(cnt * un);
        for (std::size_t i = 0; i < cnt; ++i) {
            const std::size_t member = first + (i < k.count ? i : 0);
            const auto& m = members[member];
            k.a[i] = m.node.a;
            k.b[i] = m.node.b;
            k.c[i] = m.node.c;
            k.k0[i] = m.node.k0;
            k.w[HubToRing][i] = m.mu * h;
            k.w[RingToHub][i] = m.mu;
            k.w[Ring][i] = spec.range > 0 ? m.sigma / (2.0 * spec.range) : 0.0;
            const auto& s = initial.size() == 1 ? initial[0] : initial[member];
            bool inside = true;
            for (std::size_t node = 0; node < un; ++node) {
                k.x[node * cnt + i] = s[2 * node];
                k.y[node * cnt + i] = s[2 * node + 1];
                inside = inside && std::fabs(s[2 * node]) <= bound && std::fabs(s[2 * node + 1]) <= bound;
            }
            k.esc[i] = inside ? -1.0 : 0.0;
        }
        long step = 0;
        auto run = [&](long steps) {
            for (long s = 0; s < steps; ++s) {
                ++step;
                if (schedule.exp == ExpMode::Fast)
                    stepBlock<true>(k, n, edges, bound, static_cast<double>(step));
                else
                    stepBlock<false>(k, n, edges, bound, static_cast<double>(step));
            }
        };
        run(schedule.transient);
        for (long s = 0; s < schedule.samples; ++s) {
            if (s > 0)
                run(schedule.stride);
            for (std::size_t i = 0; i < k.count; ++i) {
                if (k.esc[i] >= 0.0)
                    continue;
                double v;
                if (spec.observedNode >= 0) {
                    v = k.x[static_cast<std::size_t>(spec.observedNode) * cnt + i];
                } else {
                    v = 0.0;
                    for (std::size_t node = 0; node < un; ++node)
                        v += k.x[node * cnt + i];
                    v /= n;
                }
                r.values[(first + i) * static_cast<std::size_t>(r.samples) + static_cast<std::size_t>(s)] = v;
            }
        }
        for (std::size_t i = 0; i < k.count; ++i)
            r.escapeStep[first + i] = static_cast<long>(k.esc[i]);
    }, progress);
    return r;
}

} // namespace nd
