// The lockstep (structure-of-arrays) kernel behind largestLyapunovChialvo (lyapunov.h): many
// Chialvo parameter sets advance their state and one tangent vector together, each lane with
// the scalar path's operations in the scalar path's order (ChialvoMap::jacobian and evaluate,
// TangentStepper's product, orthonormalize), so every lane's result is bit for bit what
// largestLyapunov computes alone. Internal to core/analysis; any thread may call it.
#pragma once

#include "maps/chialvo.h"

namespace nd {

class Progress;

namespace lyapunov_lanes {

enum class End { Done, Escaped, Degenerate, Canceled };

struct LaneResult {
    End end = End::Done;
    double logSum = 0.0;     // sum of log R_11 (Done)
    long step = 0;           // Escaped / Degenerate: the step counted as the scalar path counts it
    double x = 0.0, y = 0.0; // Escaped: the state that left the bound
};

struct Settings {
    long transient = 0;
    long steps = 1;
    long orthonormalizeEvery = 1;
    double escapeBound = 1e8;
};

// Runs cells [0, count) from the initial state (x0, y0); out has count entries.
void largestChialvo(const ChialvoParameters* cells, int count, double x0, double y0, const Settings& s,
                    const Progress* cancel, LaneResult* out);

} // namespace lyapunov_lanes
} // namespace nd
