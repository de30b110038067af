// Compiled with -O3 -fno-math-errno -fopenmp-simd (core/CMakeLists.txt), no fast-math: the
// exact mode must keep the scalar path's rounding.
#include "ensemble/vectorclones.h"
#include "ensemble/chialvoensemble.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "ensemble/vectormath.h"

#include <algorithm>
#include <cmath>

namespace nd {

namespace {
struct Block {
    std::vector<double> a, b, c, k0, x, y, escapedAt;
};

// Built for AVX-512, AVX2 and baseline x86-64, chosen at load time (8, 4 or 2 lanes). The file
// is compiled with -ffp-contract=off, so no clone fuses multiply-adds: all round like the scalar path.
template <bool Fast>
ND_VECTOR_CLONES void runBlock(Block& blk, std::size_t count, long step0,
                                                                 long steps, double bound)
{
    double* __restrict x = blk.x.data();
    double* __restrict y = blk.y.data();
    double* __restrict esc = blk.escapedAt.data();
    const double* __restrict a = blk.a.data();
    const double* __restrict b = blk.b.data();
    const double* __restrict c = blk.c.data();
    const double* __restrict k0 = blk.k0.data();
    for (long s = 0; s < steps; ++s) {
        const double stepIndex = static_cast<double>(step0 + s + 1);
#pragma omp simd
        for (std::size_t i = 0; i < count; ++i) {
            const double xi = x[i], yi = y[i];
            const double e = Fast ? fastExp(yi - xi) : std::exp(yi - xi);
            const double xn = xi * xi * e + k0[i];
            const double yn = a[i] * yi - b[i] * xi + c[i];
            x[i] = xn;
            y[i] = yn;
            // Written so that NaN fails the comparison and counts as escape.
            const bool inside = std::fabs(xn) <= bound && std::fabs(yn) <= bound;
            esc[i] = (esc[i] < 0.0 && !inside) ? stepIndex : esc[i];
        }
    }
}
} // namespace

EnsembleResult runChialvoEnsemble(const std::vector<ChialvoParameters>& members,
                                  const std::vector<std::array<double, 2>>& initial, ChialvoObservable observable,
                                  const EnsembleSchedule& schedule, Progress* progress)
{
    validateSchedule(schedule, members.size());
    if (initial.size() != 1 && initial.size() != members.size())
        throw InputError("ensemble initial states: expected 1 or " + std::to_string(members.size()) + " (got " +
                         std::to_string(initial.size()) + ")");
    for (std::size_t m = 0; m < members.size(); ++m) {
        const auto& p = members[m];
        for (double v : {p.a, p.b, p.c, p.k0})
            requireFinite(v, "Chialvo parameter of ensemble member " + std::to_string(m));
    }
    for (const auto& s : initial) {
        requireFinite(s[0], "ensemble initial x");
        requireFinite(s[1], "ensemble initial y");
    }
    EnsembleResult r;
    r.members = members.size();
    r.samples = schedule.samples;
    r.transient = schedule.transient;
    r.stride = schedule.stride;
    r.values.assign(r.members * static_cast<std::size_t>(r.samples), 0.0);
    r.escapeStep.assign(r.members, -1);
    const std::size_t blocks = (r.members + schedule.block - 1) / schedule.block;
    const double bound = schedule.escapeBound;

    const bool done = parallelFor(
        blocks, schedule.threads,
        [&](std::size_t task) {
            const std::size_t first = task * schedule.block;
            const std::size_t count = std::min(schedule.block, r.members - first);
            Block blk;
            for (auto* v : {&blk.a, &blk.b, &blk.c, &blk.k0, &blk.x, &blk.y, &blk.escapedAt})
                v->resize(count);
            for (std::size_t i = 0; i < count; ++i) {
                const auto& p = members[first + i];
                const auto& s = initial.size() == 1 ? initial[0] : initial[first + i];
                blk.a[i] = p.a;
                blk.b[i] = p.b;
                blk.c[i] = p.c;
                blk.k0[i] = p.k0;
                blk.x[i] = s[0];
                blk.y[i] = s[1];
                blk.escapedAt[i] = (std::fabs(s[0]) <= bound && std::fabs(s[1]) <= bound) ? -1.0 : 0.0;
            }
            auto run = [&](long step0, long steps) {
                if (schedule.exp == ExpMode::Fast)
                    runBlock<true>(blk, count, step0, steps, bound);
                else
                    runBlock<false>(blk, count, step0, steps, bound);
            };
            run(0, schedule.transient);
            long step = schedule.transient;
            for (long s = 0; s < schedule.samples; ++s) {
                if (s > 0) {
                    run(step, schedule.stride);
                    step += schedule.stride;
                }
                const auto& src = observable == ChialvoObservable::X ? blk.x : blk.y;
                for (std::size_t i = 0; i < count; ++i)
                    if (blk.escapedAt[i] < 0.0)
                        r.values[(first + i) * static_cast<std::size_t>(r.samples) +
                                 static_cast<std::size_t>(s)] = src[i];
            }
            for (std::size_t i = 0; i < count; ++i)
                r.escapeStep[first + i] = static_cast<long>(blk.escapedAt[i]);
        },
        progress);
    r.canceled = !done || (progress && progress->isCanceled());
    return r;
}

} // namespace nd
