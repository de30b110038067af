// Stage (a) of the basins (basins.h): validation and each cell's outcome; computeBasins.
#include "analysis/basins.h"

#include "analysis/basinregistry.h"
#include "analysis/period.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace nd {

namespace {

void validateAxis(const Model& model, const BasinAxis& a, const ResourceLimits& limits, const std::string& f)
{
    if (a.variable < 0 || a.variable >= model.dimension())
        throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist"),
                         {f, std::to_string(a.variable)});
    if (a.count < 1 || a.count > limits.maxColumns)
        throw InputError(ND_ENGINE_TEXT("%1: the number of grid points must be in [1, %2]"),
                         {f, std::to_string(limits.maxColumns)});
    requireFinite(a.from, f + " start");
    requireFinite(a.to, f + " end");
    if (a.count > 1 && a.from == a.to)
        throw InputError(ND_ENGINE_TEXT("%1: the range is empty"), {f});
}

// Iterates one cell from x: escape, cancellation (kBasinNotComputed, canceled set) or the
// fingerprint of its post-transient window.
BasinCellOutcome cellOutcome(const BasinRequest& r, int n, Stepper& stepper, std::vector<double> x,
                             const Progress* cancel, bool& canceled)
{
    BasinCellOutcome out;
    std::vector<double> next(static_cast<std::size_t>(n));
    std::vector<double> rec(static_cast<std::size_t>(r.window * n));
    const long total = r.transient + r.window;
    for (long s = 0; s < total; ++s) {
        if (s >= r.transient)
            std::copy(x.begin(), x.end(), rec.begin() + (s - r.transient) * n);
        stepper.step(x.data(), next.data());
        if (outOfBound(next.data(), n, r.escapeBound)) {
            out.state = kBasinEscaped;
            return out;
        }
        x.swap(next);
        if ((s & 0x3fff) == 0x3fff && cancel && cancel->isCanceled()) {
            canceled = true;
            return out;
        }
    }
    out.state = kBasinSettled;
    const PeriodResult pr = detectPeriod(rec, n, r.maxPeriod, r.periodTolerance);
    if (pr.kind == PeriodResult::Kind::Periodic) {
        out.period = pr.period;
        int start = 0;
        for (int k = 1; k < pr.period; ++k)
            if (std::lexicographical_compare(rec.begin() + k * n, rec.begin() + (k + 1) * n,
                                             rec.begin() + start * n, rec.begin() + (start + 1) * n))
                start = k;
        for (int k = 0; k < pr.period; ++k)
            for (int i = 0; i < n; ++i)
                out.points.push_back(rec[static_cast<std::size_t>(((start + k) % pr.period) * n + i)]);
        return out;
    }
    out.points.assign(static_cast<std::size_t>(2 * n), 0.0);
    for (long s = 0; s < r.window; ++s)
        for (int i = 0; i < n; ++i)
            out.points[static_cast<std::size_t>(i)] += rec[static_cast<std::size_t>(s * n + i)];
    for (int i = 0; i < n; ++i)
        out.points[static_cast<std::size_t>(i)] /= static_cast<double>(r.window);
    for (long s = 0; s < r.window; ++s)
        for (int i = 0; i < n; ++i) {
            const double d =
                rec[static_cast<std::size_t>(s * n + i)] - out.points[static_cast<std::size_t>(i)];
            out.points[static_cast<std::size_t>(n + i)] += d * d;
        }
    for (int i = 0; i < n; ++i)
        out.points[static_cast<std::size_t>(n + i)] =
            std::sqrt(out.points[static_cast<std::size_t>(n + i)] / static_cast<double>(r.window));
    return out;
}

} // namespace

void validateBasinRequest(const Model& model, const BasinRequest& r)
{
    const std::string f = "basins";
    validateAxis(model, r.x, r.limits, f + " x axis");
    validateAxis(model, r.y, r.limits, f + " y axis");
    if (r.x.variable == r.y.variable)
        throw InputError(ND_ENGINE_TEXT("%1: the two axes use the same state variable"), {f});
    if (r.transient < 0)
        throw InputError(ND_ENGINE_TEXT("%1: the transient must be >= 0"), {f});
    if (r.maxPeriod < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the largest period must be >= 1"), {f});
    if (r.window < 2L * r.maxPeriod || r.window > 10'000'000L)
        throw InputError(
            ND_ENGINE_TEXT("%1: the fingerprint window must be at least twice the largest period (and sane)"),
            {f});
    if (!(r.periodTolerance > 0) || !(r.matchTolerance > 0) || !(r.aperiodicTolerance > 0))
        throw InputError(ND_ENGINE_TEXT("%1: tolerances must be positive"), {f});
    if (!(r.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("%1: the escape bound must be positive"), {f});
    if (r.tileSize < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the tile size must be >= 1"), {f});
    validateStep(model, r.dt, f);
    initialStateFor(model, r.base, f + " base state");
    // Per cell: its label (twice: the tile and the grid) and its stored outcome, whose
    // fingerprint holds up to maxPeriod points (aperiodic: mean and spread); per worker, the
    // recorded window.
    const double cells = static_cast<double>(r.x.count) * r.y.count;
    const double fingerprint =
        static_cast<double>(std::max(r.maxPeriod, 2)) * model.dimension() * sizeof(double);
    checkMemory(cells * (2.0 * sizeof(int) + sizeof(BasinCellOutcome) + fingerprint) +
                    static_cast<double>(r.window) * model.dimension() * 8.0 * 16,
                r.limits, "this basin grid");
}

BasinRows computeBasinRows(const Model& model, const BasinRequest& r, int y0, int y1, Progress* progress,
                           const BasinTileCallback& onTile)
{
    validateBasinRequest(model, r);
    if (y0 < 0 || y1 < y0 || y1 > r.y.count)
        throw InputError(ND_ENGINE_TEXT("basins: rows [%1, %2) are not in the grid of %3 rows"),
                         {std::to_string(y0), std::to_string(y1), std::to_string(r.y.count)});
    const std::vector<double> base = initialStateFor(model, r.base, "basins base state");
    const int n = model.dimension();
    BasinRows rows;
    rows.y0 = y0;
    rows.y1 = y1;
    rows.nx = r.x.count;
    rows.cells.resize(static_cast<std::size_t>(y1 - y0) * static_cast<std::size_t>(rows.nx));

    // Provisional labels for the tiles delivered during the run, in the order tiles finish.
    BasinRegistry provisional(r, n);
    std::mutex deliverMutex;
    const auto xt = makeTiles(rows.nx, r.tileSize), yt = makeTiles(y1 - y0, r.tileSize);
    const bool done = parallelFor(
        xt.size() * yt.size(), r.threads,
        [&](std::size_t t) {
            const TileRange tx = xt[t % xt.size()], ty = yt[t / xt.size()];
            Stepper stepper(model, r.dt);
            std::vector<BasinCellOutcome> tile;
            for (int j = ty.begin; j < ty.end; ++j)
                for (int i = tx.begin; i < tx.end; ++i) {
                    std::vector<double> x = base;
                    x[static_cast<std::size_t>(r.x.variable)] = r.x.value(i);
                    x[static_cast<std::size_t>(r.y.variable)] = r.y.value(y0 + j);
                    bool canceled = false;
                    tile.push_back(cellOutcome(r, n, stepper, std::move(x), progress, canceled));
                    if (canceled)
                        return;
                }
            std::size_t k = 0;
            for (int j = ty.begin; j < ty.end; ++j)
                for (int i = tx.begin; i < tx.end; ++i)
                    rows.cells[static_cast<std::size_t>(j) * static_cast<std::size_t>(rows.nx) +
                               static_cast<std::size_t>(i)] = tile[k++];
            if (onTile) {
                std::lock_guard<std::mutex> lock(deliverMutex);
                BasinTile delivered{tx.begin, tx.end, y0 + ty.begin, y0 + ty.end, {}};
                for (const BasinCellOutcome& c : tile)
                    delivered.labels.push_back(c.state == kBasinSettled ? provisional.add(c) : c.state);
                onTile(delivered);
            }
        },
        progress);
    rows.canceled = !done || (progress && progress->isCanceled());
    return rows;
}

BasinCellOutcome basinCellOutcome(const Model& model, const BasinRequest& r, double x, double y)
{
    std::vector<double> state = initialStateFor(model, r.base, "basins base state");
    state[static_cast<std::size_t>(r.x.variable)] = x;
    state[static_cast<std::size_t>(r.y.variable)] = y;
    Stepper stepper(model, r.dt);
    bool canceled = false;
    return cellOutcome(r, model.dimension(), stepper, std::move(state), nullptr, canceled);
}

BasinResult computeBasins(const Model& model, const BasinRequest& r, Progress* progress,
                          const BasinTileCallback& onTile)
{
    BasinRows rows = computeBasinRows(model, r, 0, r.y.count, progress, onTile);
    BasinResult res = labelBasins(r, model.dimension(), rows.cells);
    res.canceled = rows.canceled;
    return res;
}

} // namespace nd
