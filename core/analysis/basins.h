// Basins of attraction on a grid over two state coordinates (the others fixed): each cell is
// iterated and labelled by the attractor it reaches. Attractors are found automatically from
// a fingerprint of the post-transient orbit: a periodic orbit (period <= maxPeriod) is the set
// of its points; an aperiodic one is summarised by the mean and spread of each coordinate.
// Escape is its own label.
//
// Two stages: (a) each cell's outcome (escaped, not computed, or its fingerprint), computed in
// parallel in any order, for the whole grid or for a range of rows (tiles on other processes);
// (b) labelBasins registers the fingerprints one at a time in row-major cell order (a cell joins
// the first attractor it matches; an attractor is represented by its first cell), then numbers
// the attractors canonically (by period, then by the attractor's points; aperiodic last). The
// result depends only on the outcomes, so it does not depend on thread count, thread timing or
// how the rows were split. computeBasins is both stages over the whole grid.
//
// computeBasins and computeBasinRows may be called from any thread; they run their own workers
// and call the tile callback from them, one call at a time. Tiles delivered during the run
// carry provisional labels (an attractor registry that grows as tiles finish); only the final
// result is labelled canonically.
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

// How each cell's orbit is followed and classified, whatever the grid (what a study stores).
struct BasinOptions {
    long transient = 2000;
    long window = 256;        // post-transient iterations used for the fingerprint
    int maxPeriod = 32;
    double periodTolerance = 1e-6;
    double matchTolerance = 1e-4; // periodic orbits: points this close (max norm) are the same
    double aperiodicTolerance = 0.2; // aperiodic: mean and spread agreement, relative to the spread

    bool operator==(const BasinOptions&) const = default;
};

struct BasinRequest : BasinOptions {
    BasinAxis x, y;
    std::vector<double> base; // the other state components; empty: the model's default state
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

constexpr int kBasinSettled = 0;

// What one cell's orbit did: escaped, was not computed (canceled), or settled on an attractor
// with this fingerprint.
struct BasinCellOutcome {
    int state = kBasinNotComputed; // kBasinSettled, kBasinEscaped or kBasinNotComputed
    int period = 0;                // settled: the period, 0 for an aperiodic orbit
    // Settled, periodic: the cycle from its lexicographically smallest point (period x
    // dimension); aperiodic: the mean, then the spread of each coordinate (2 x dimension).
    std::vector<double> points;

    bool operator==(const BasinCellOutcome&) const = default;
};

// The outcomes of the cells of rows [y0, y1), row-major (cells[(iy - y0) * nx + ix]).
struct BasinRows {
    int y0 = 0, y1 = 0, nx = 0;
    std::vector<BasinCellOutcome> cells;
    bool canceled = false;
};

// Throws InputError when the engine refuses the request: bad axes, settings, or a grid whose
// estimated memory (labels and every cell's stored fingerprint) is over the limit.
void validateBasinRequest(const Model& model, const BasinRequest& request);

// Stage (a) for rows [y0, y1) of the grid (0 <= y0 <= y1 <= y.count), validated as above.
// Cells left when progress reports cancellation stay kBasinNotComputed (canceled is set).
BasinRows computeBasinRows(const Model& model, const BasinRequest& request, int y0, int y1,
                           Progress* progress = nullptr, const BasinTileCallback& onTile = {});

// Stage (b): the result of the whole grid from the outcomes of all its cells, row-major
// (x.count * y.count of them, e.g. BasinRows of consecutive ranges concatenated). dimension is
// the model's. Throws InputError when the number of outcomes does not match the grid.
BasinResult labelBasins(const BasinRequest& request, int dimension,
                        const std::vector<BasinCellOutcome>& cells);

// The outcome of the one point (x, y) of the slice (the other coordinates from request.base),
// classified as a grid cell would be. The request must be valid (validateBasinRequest). Any thread.
BasinCellOutcome basinCellOutcome(const Model& model, const BasinRequest& request, double x, double y);

// Both stages over the whole grid.
BasinResult computeBasins(const Model& model, const BasinRequest& request, Progress* progress = nullptr,
                          const BasinTileCallback& onTile = {});

} // namespace nd
