// Orbit diagram requests: validation, the memory estimate and raster helpers. Internal to
// core/analysis (the public entry points are in orbitdiagram.h); pure functions, any thread.
#pragma once

#include "analysis/orbitdiagram.h"

#include <cmath>

#include <cstdint>
#include <vector>

namespace nd {

// log1p(n) of the counts a column can reach, looked up instead of computed per bin: toning a
// raster then costs a lookup per non-empty bin, with the same values.
class Log1pTable {
public:
    explicit Log1pTable(std::uint64_t maxCount = 0);
    double operator()(std::uint32_t n) const
    {
        return n < m_values.size() ? m_values[n] : std::log1p(static_cast<double>(n));
    }

private:
    std::vector<double> m_values;
};

// The tone of one column (see OrbitDiagram::tone): what toneMapColumns computes for it.
void toneMapColumn(const std::uint32_t* counts, int bins, float* tone, const Log1pTable& log1p);

// Follow and SweepUpDown carry the state from column to column, so they run sequentially.
bool sequential(InitialPolicy p);
// Orbits run per column: 1, initialCount, or 2 for a sweep.
int runsPerColumn(const OrbitDiagramRequest& r);
// Whether the column values must be kept until the end (automatic range or raw points).
bool storesValues(const OrbitDiagramRequest& r);
// Throws InputError naming the bad field.
void validateOrbitRequest(const Model& model, const OrbitDiagramRequest& r);

} // namespace nd
