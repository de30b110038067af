// Compiled with the ensemble kernels' flags (core/CMakeLists.txt): -O3 -fopenmp-simd
// -ffp-contract=off and no fast-math, so every clone rounds like the scalar path. std::exp and
// std::log stay scalar calls (their vector versions round differently); the rest vectorises.
#include "analysis/lyapunovlanes.h"

#include "common/progress.h"
#include "ensemble/vectorclones.h"

#include <algorithm>
#include <cmath>

namespace nd::lyapunov_lanes {

namespace {

constexpr int L = 16; // lanes per group: a row tile of a scan

struct Lanes {
    double x[L], y[L], p0[L], p1[L], e[L], logs[L], bad[L];
    double a[L], b[L], c[L], k0[L];
    bool live[L]; // false once the lane has its result (its state is then reset, its work ignored)
};

inline void exps(Lanes& g)
{
    for (int l = 0; l < L; ++l)
        g.e[l] = std::exp(g.y[l] - g.x[l]);
}

// The state alone (the transient): ChialvoMap::evaluate.
ND_VECTOR_CLONES void stateStep(Lanes& g, double bound)
{
    exps(g);
#pragma omp simd
    for (int l = 0; l < L; ++l) {
        const double x = g.x[l], y = g.y[l];
        const double xn = x * x * g.e[l] + g.k0[l];
        const double yn = g.a[l] * y - g.b[l] * x + g.c[l];
        g.x[l] = xn;
        g.y[l] = yn;
        g.bad[l] = ((std::fabs(xn) <= bound) & (std::fabs(yn) <= bound)) ? 0.0 : 1.0;
    }
}

// State and tangent vector: J(x) phi with ChialvoMap::jacobian's entries and TangentStepper's
// sums (from 0, by column), then the state by ChialvoMap::evaluate (the same exp).
ND_VECTOR_CLONES void tangentStep(Lanes& g, double bound)
{
    exps(g);
#pragma omp simd
    for (int l = 0; l < L; ++l) {
        const double x = g.x[l], y = g.y[l], e = g.e[l];
        const double j00 = (2.0 * x - x * x) * e, j01 = x * x * e, j10 = -g.b[l], j11 = g.a[l];
        double q0 = 0.0;
        q0 += j00 * g.p0[l];
        q0 += j01 * g.p1[l];
        double q1 = 0.0;
        q1 += j10 * g.p0[l];
        q1 += j11 * g.p1[l];
        g.p0[l] = q0;
        g.p1[l] = q1;
        const double xn = x * x * e + g.k0[l];
        const double yn = g.a[l] * y - g.b[l] * x + g.c[l];
        g.x[l] = xn;
        g.y[l] = yn;
        g.bad[l] = ((std::fabs(xn) <= bound) & (std::fabs(yn) <= bound)) ? 0.0 : 1.0;
    }
}

// orthonormalize() for one vector; bad[l] = 1 where it degenerates.
ND_VECTOR_CLONES void normalise(Lanes& g, double* norms)
{
#pragma omp simd
    for (int l = 0; l < L; ++l) {
        double n = 0.0;
        n += g.p0[l] * g.p0[l];
        n += g.p1[l] * g.p1[l];
        n = std::sqrt(n);
        norms[l] = n;
        g.bad[l] = ((n > 0.0) & (std::fabs(n) <= 1.7976931348623157e308)) ? 0.0 : 1.0;
        g.p0[l] /= n;
        g.p1[l] /= n;
    }
}

void runGroup(const ChialvoParameters* cells, int count, double x0, double y0, const Settings& s,
              const Progress* cancel, LaneResult* out)
{
    Lanes g;
    for (int l = 0; l < L; ++l) {
        const ChialvoParameters& p = cells[l < count ? l : 0];
        g.a[l] = p.a;
        g.b[l] = p.b;
        g.c[l] = p.c;
        g.k0[l] = p.k0;
        g.x[l] = x0;
        g.y[l] = y0;
        g.p0[l] = 1.0;
        g.p1[l] = 0.0;
        g.logs[l] = 0.0;
        g.live[l] = l < count;
    }
    int live = count;
    // A finished lane restarts from the initial state so its ignored work stays finite.
    auto finish = [&](int l, End end, long step) {
        out[l].end = end;
        out[l].step = step;
        out[l].x = g.x[l];
        out[l].y = g.y[l];
        g.live[l] = false;
        g.x[l] = x0;
        g.y[l] = y0;
        g.p0[l] = 1.0;
        g.p1[l] = 0.0;
        --live;
    };
    auto canceled = [&](long s) {
        if ((s & 0xfff) != 0xfff || !cancel || !cancel->isCanceled())
            return false;
        for (int l = 0; l < count; ++l)
            if (g.live[l])
                out[l].end = End::Canceled;
        return true;
    };
    for (long st = 0; st < s.transient && live > 0; ++st) {
        stateStep(g, s.escapeBound);
        for (int l = 0; l < count; ++l)
            if (g.live[l] && g.bad[l] != 0.0)
                finish(l, End::Escaped, st + 1);
        if (canceled(st))
            return;
    }
    long sinceQr = 0;
    double norms[L];
    for (long st = 0; st < s.steps && live > 0; ++st) {
        tangentStep(g, s.escapeBound);
        for (int l = 0; l < count; ++l)
            if (g.live[l] && g.bad[l] != 0.0)
                finish(l, End::Escaped, s.transient + st + 1);
        if (++sinceQr == s.orthonormalizeEvery || st + 1 == s.steps) {
            sinceQr = 0;
            normalise(g, norms);
            for (int l = 0; l < count; ++l) {
                if (!g.live[l])
                    continue;
                if (g.bad[l] != 0.0)
                    finish(l, End::Degenerate, s.transient + st + 1);
                else
                    g.logs[l] += std::log(norms[l]);
            }
        }
        if (canceled(st))
            return;
    }
    for (int l = 0; l < count; ++l)
        if (g.live[l]) {
            out[l].end = End::Done;
            out[l].logSum = g.logs[l];
        }
}

} // namespace

void largestChialvo(const ChialvoParameters* cells, int count, double x0, double y0, const Settings& s,
                    const Progress* cancel, LaneResult* out)
{
    for (int first = 0; first < count; first += L) {
        if (cancel && cancel->isCanceled()) {
            std::fill(out + first, out + count, LaneResult{End::Canceled, 0.0, 0, 0.0, 0.0});
            return;
        }
        runGroup(cells + first, std::min(L, count - first), x0, y0, s, cancel, out + first);
    }
}

} // namespace nd::lyapunov_lanes
