// Orbit diagram requests: validation, the memory estimate and raster helpers. Internal to
// core/analysis (the public entry points are in orbitdiagram.h); pure functions, any thread.
#pragma once

#include "analysis/orbitdiagram.h"

#include <cmath>

#include <cstdint>
#include <vector>

namespace nd {

// Follow and SweepUpDown carry the state from column to column, so they run sequentially.
bool sequential(InitialPolicy p);
// Orbits run per column: 1, initialCount, or 2 for a sweep.
int runsPerColumn(const OrbitDiagramRequest& r);
// Whether the column values must be kept until the end (automatic range or raw points).
bool storesValues(const OrbitDiagramRequest& r);
// Throws InputError naming the bad field.
void validateOrbitRequest(const Model& model, const OrbitDiagramRequest& r);

} // namespace nd
