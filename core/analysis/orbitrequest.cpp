#include "analysis/orbitrequest.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>

namespace nd {

int binOf(double v, double lo, double hi, int bins)
{
    if (!(v >= lo && v <= hi))
        return -1;
    const double width = hi - lo;
    if (!(width > 0.0))
        return bins / 2;
    const int b = static_cast<int>((v - lo) / width * bins);
    return std::min(b, bins - 1);
}

void toneMapColumns(const std::uint32_t* counts, int columns, int bins, float* tone)
{
    std::fill_n(tone, static_cast<std::size_t>(columns) * static_cast<std::size_t>(bins), 0.0f);
    for (int c = 0; c < columns; ++c) {
        const std::size_t base = static_cast<std::size_t>(c) * static_cast<std::size_t>(bins);
        std::uint32_t peak = 0;
        for (int b = 0; b < bins; ++b)
            peak = std::max(peak, counts[base + static_cast<std::size_t>(b)]);
        if (peak == 0)
            continue;
        const double norm = 1.0 / std::log1p(static_cast<double>(peak));
        for (int b = 0; b < bins; ++b)
            if (const std::uint32_t n = counts[base + static_cast<std::size_t>(b)];
                n > 0) // most bins are empty
                tone[base + static_cast<std::size_t>(b)] =
                    static_cast<float>(std::log1p(static_cast<double>(n)) * norm);
    }
}

bool sequential(InitialPolicy p)
{
    return p == InitialPolicy::Follow || p == InitialPolicy::SweepUpDown;
}

int runsPerColumn(const OrbitDiagramRequest& r)
{
    switch (r.policy) {
    case InitialPolicy::RandomPerColumn:
        return r.initialCount;
    case InitialPolicy::SweepUpDown:
        return 2;
    default:
        return 1;
    }
}

bool storesValues(const OrbitDiagramRequest& r)
{
    return r.autoRange || r.keepPoints;
}

void validateOrbitRequest(const Model& model, const OrbitDiagramRequest& r)
{
    const std::string f = "orbit diagram";
    resolveAxis(model, r.axis, r.limits, f + " parameter");
    if (r.transient < 0)
        throw InputError(ND_ENGINE_TEXT("%1: the transient must be >= 0 (got %2)"),
                         {f, std::to_string(r.transient)});
    if (r.samples < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the number of samples must be >= 1 (got %2)"),
                         {f, std::to_string(r.samples)});
    if (r.transient > 1'000'000'000'000L || r.samples > 1'000'000'000L)
        throw InputError(ND_ENGINE_TEXT("%1: transient or samples is absurdly large"), {f});
    if (r.bins < 1 || r.bins > 1'000'000)
        throw InputError(ND_ENGINE_TEXT("%1: the number of bins must be in [1, 1000000] (got %2)"),
                         {f, std::to_string(r.bins)});
    if (!r.autoRange) {
        requireFinite(r.rangeMin, f + " bin range start");
        requireFinite(r.rangeMax, f + " bin range end");
        if (!(r.rangeMin < r.rangeMax))
            throw InputError(ND_ENGINE_TEXT("%1: the bin range is empty (start must be below end)"), {f});
    }
    validateObservable(model, r.observable, f + " observable");
    if (r.policy == InitialPolicy::RandomPerColumn) {
        if (r.initialCount < 1 || r.initialCount > 100000)
            throw InputError(ND_ENGINE_TEXT("%1: initial conditions per column must be in [1, 100000]"), {f});
        const auto n = static_cast<std::size_t>(model.dimension());
        if (r.boxMin.size() != r.boxMax.size() || (!r.boxMin.empty() && r.boxMin.size() != n))
            throw InputError(ND_ENGINE_TEXT("%1: the initial-state box needs %2 lower and upper bounds"),
                             {f, std::to_string(n)});
        for (std::size_t i = 0; i < r.boxMin.size(); ++i) {
            requireFinite(r.boxMin[i], f + " box lower bound");
            requireFinite(r.boxMax[i], f + " box upper bound");
            if (r.boxMin[i] > r.boxMax[i])
                throw InputError(
                    ND_ENGINE_TEXT("%1: initial-state box lower bound above upper bound for variable %2"),
                    {f, std::to_string(i)});
        }
    }
    if (r.tileColumns < 1)
        throw InputError(ND_ENGINE_TEXT("%1: tile size must be >= 1 column"), {f});
    if (!(r.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("%1: the escape bound must be positive"), {f});
    validateStep(model, r.dt, f);
    initialStateFor(model, r.initial, f + " initial state");
}

double estimateOrbitDiagramBytes(const OrbitDiagramRequest& r)
{
    const double columns = std::max(1, r.axis.count);
    const double raster = columns * std::max(1, r.bins) * (4.0 + 4.0);
    const bool stored = storesValues(r) || sequential(r.policy);
    const double values = stored ? columns * runsPerColumn(r) * static_cast<double>(r.samples) * 8.0 *
                                       (r.keepPoints ? 2.0 : 1.0)
                                 : 0.0;
    // A tile in flight holds its columns' values once more.
    const double tile = std::min(columns, static_cast<double>(std::max(1, r.tileColumns))) *
                        runsPerColumn(r) * static_cast<double>(r.samples) * 8.0 * 2.0;
    return raster + values + tile;
}

} // namespace nd
