// Basins of attraction on a grid over two state coordinates (the others fixed): each cell is
// iterated and labelled by the attractor it reaches. Attractors are found automatically from
// a fingerprint of the post-transient orbit: a periodic orbit (period <= maxPeriod) is the set
// of its points; an aperiodic one is summarised by the mean and spread of each coordinate.
// Escape is its own label.
//
// computeBasins may be called from any thread; it runs its own workers and calls the tile
// callback from them, one call at a time. During the run tiles carry provisional labels (the
// attractor registry grows as tiles finish); the final result is relabelled in a canonical
// order (by period, then by the attractor's points), so it does not depend on thread count.
#pragma once

#include "analysis/analysiscommon.h"
#include "model/model.h"

#include <functional>
#include <string>
#include <vector>

namespace nd {

class Progress;

constexpr int kBasinEscaped = -1;
constexpr int kBasinNotComputed = -2;

struct BasinAxis {
    int variable = 0; // state index
    double from = -1.0, to = 1.0;
    int count = 100; // grid points, both ends included
    double value(int i) const
    {
        return count <= 1 ? from : from + (to - from) * static_cast<double>(i) / static_cast<double>(count - 1);
    }
};

struct BasinRequest {
    BasinAxis x, y;
    std::vector<double> base; // the other state components; empty: the model's default state
    long transient = 2000;
    long window = 256;        // post-transient iterations used for the fingerprint
    int maxPeriod = 32;
    double periodTolerance = 1e-6;
    double matchTolerance = 1e-4; // periodic orbits: points this close (max norm) are the same
    double aperiodicTolerance = 0.2; // aperiodic: mean and spread agreement, relative to the spread
    double escapeBound = 1e8;
    double dt = 0.01;
    int tileSize = 16;
    int threads = 0;
    ResourceLimits limits;
};

struct BasinAttractor {
    int label = 0;
    int period = 0;                // 0: aperiodic (chaotic or quasi-periodic at this resolution)
    std::vector<double> points;    // periodic: the cycle (period x dimension); aperiodic: mean, then spread
    long cells = 0;
    double fraction = 0.0;
    std::string description;
};

struct BasinTile {
    int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::vector<int> labels; // provisional, row-major over the tile
};

struct BasinResult {
    std::vector<double> xValues, yValues;
    int nx = 0, ny = 0;
    std::vector<int> labels; // labels[iy * nx + ix]: attractor label, kBasinEscaped or kBasinNotComputed
    std::vector<BasinAttractor> attractors;
    long escapedCells = 0;
    double escapedFraction = 0.0;
    bool canceled = false;

    int at(int ix, int iy) const { return labels[static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(ix)]; }
};

using BasinTileCallback = std::function<void(const BasinTile&)>;

BasinResult computeBasins(const Model& model, const BasinRequest& request, Progress* progress = nullptr,
                          const BasinTileCallback& onTile = {});

} // namespace nd
