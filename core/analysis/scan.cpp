#include "analysis/scan.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <mutex>

namespace nd {

void ScanMeasure::evaluateRow(Model& model, int parameter, std::span<const double> values,
                              std::span<const double> initial, const Progress* cancel, ScanValue* out) const
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (cancel && cancel->isCanceled())
            return; // the caller drops the tile
        model.setParameter(parameter, values[i]);
        out[i] = evaluate(model, initial, cancel);
    }
}

ScanResult computeScan(const Model& model, const ScanMeasure& measure, const ScanRequest& r, Progress* progress,
                       const ScanTileCallback& onTile)
{
    const int ix = resolveAxis(model, r.x, r.limits, "scan x axis");
    int iy = -1;
    if (r.y) {
        iy = resolveAxis(model, *r.y, r.limits, "scan y axis");
        if (iy == ix)
            throw InputError(ND_ENGINE_TEXT("scan: the x and y axes use the same parameter"), {});
    }
    if (r.tileSize < 1)
        throw InputError(ND_ENGINE_TEXT("scan: the tile size must be >= 1"), {});
    const std::vector<double> initial = initialStateFor(model, r.initial, "scan initial state");
    const int nx = r.x.count, ny = r.y ? r.y->count : 1;
    const double cells = static_cast<double>(nx) * ny;
    // values + flags + an empty string per cell, and a tile in flight per cell at worst.
    checkMemory(cells * (8.0 + 3.0 + sizeof(std::string) + sizeof(ScanValue)), r.limits, "this scan");
    measure.validate(model);

    ScanResult res;
    res.measure = measure.name();
    res.unit = measure.unit();
    res.conventions = measure.conventions();
    res.nx = nx;
    res.ny = ny;
    for (int i = 0; i < nx; ++i)
        res.xValues.push_back(r.x.value(i));
    if (r.y)
        for (int j = 0; j < ny; ++j)
            res.yValues.push_back(r.y->value(j));
    const auto n = static_cast<std::size_t>(cells);
    res.values.assign(n, 0.0);
    res.defined.assign(n, 0);
    res.escaped.assign(n, 0);
    res.computed.assign(n, 0);
    res.reasons.assign(n, std::string());

    const auto xt = makeTiles(nx, r.tileSize);
    const auto yt = makeTiles(ny, r.y ? r.tileSize : 1);
    std::mutex deliverMutex;
    const bool done = parallelFor(xt.size() * yt.size(), r.threads, [&](std::size_t t) {
        const TileRange tx = xt[t % xt.size()], ty = yt[t / xt.size()];
        std::unique_ptr<Model> m = model.clone();
        ScanTile tile{tx.begin, tx.end, ty.begin, ty.end, {}};
        const auto width = static_cast<std::size_t>(tx.end - tx.begin);
        tile.values.resize(width * static_cast<std::size_t>(ty.end - ty.begin));
        const std::span<const double> row(res.xValues.data() + tx.begin, width);
        for (int j = ty.begin; j < ty.end; ++j) {
            if (progress && progress->isCanceled())
                return; // the tile stays uncomputed
            if (iy >= 0)
                m->setParameter(iy, res.yValues[static_cast<std::size_t>(j)]);
            measure.evaluateRow(*m, ix, row, initial, progress,
                                tile.values.data() + static_cast<std::size_t>(j - ty.begin) * width);
        }
        if (progress && progress->isCanceled())
            return; // a measure may have stopped early: do not keep its value
        std::size_t k = 0;
        for (int j = ty.begin; j < ty.end; ++j)
            for (int i = tx.begin; i < tx.end; ++i, ++k) {
                const std::size_t c = static_cast<std::size_t>(j) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(i);
                const ScanValue& v = tile.values[k];
                res.values[c] = v.defined ? v.value : 0.0;
                res.defined[c] = v.defined ? 1 : 0;
                res.escaped[c] = v.escaped ? 1 : 0;
                res.computed[c] = 1;
                res.reasons[c] = v.reason;
            }
        if (onTile) {
            std::lock_guard<std::mutex> lock(deliverMutex);
            onTile(tile);
        }
    }, progress);
    res.canceled = !done || (progress && progress->isCanceled());
    return res;
}

} // namespace nd
