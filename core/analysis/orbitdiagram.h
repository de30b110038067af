// Brute-force orbit (bifurcation) diagram of any model over one parameter: for each column
// (parameter value) set the initial state, iterate a transient, record samples of an
// observable, and accumulate them in a density raster (columns x bins).
//
// computeOrbitDiagram may be called from any thread; it runs its own workers (nd::parallelFor
// over column tiles) and calls the tile callback from those workers, one call at a time
// (serialised by a mutex), in whatever order tiles finish. The assembled result does not
// depend on the thread count or on that order.
#pragma once

#include "analysis/analysiscommon.h"
#include "analysis/observable.h"
#include "common/rasterarray.h"
#include "model/model.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace nd {

class Progress;

enum class InitialPolicy {
    Fixed,           // every column starts from the same state: parallel, reproducible
    Follow,          // each column starts from the previous column's final state: sequential
    SweepUpDown,     // Follow upwards, then downwards from the last state: sequential; shows hysteresis
    RandomPerColumn, // initialCount states per column drawn uniformly in a box, seeded per column
};

// What a study sets of an orbit diagram besides its parameter axis, observable and value range
// (app/study's OrbitDiagramSettings extends it: these defaults are the study file's too).
struct OrbitDiagramOptions {
    long transient = 500;
    long samples = 300; // observable values recorded per run (before any section reduction)
    InitialPolicy policy = InitialPolicy::Fixed;
    int initialCount = 1;               // RandomPerColumn: runs per column
    std::vector<double> boxMin, boxMax; // RandomPerColumn: empty means initial -+ 1
    std::uint64_t seed = 1;
    int bins = 300;
    bool keepPoints = false; // also return every recorded value

    bool operator==(const OrbitDiagramOptions&) const = default;
};

struct OrbitDiagramRequest : OrbitDiagramOptions {
    ParameterAxis axis;
    Observable observable;
    std::vector<double> initial; // empty: the model's default initial state
    bool autoRange = true;       // bin range from the data (all columns), else [rangeMin, rangeMax]
    double rangeMin = 0.0;
    double rangeMax = 1.0;
    double escapeBound = 1e8;
    double dt = 0.01; // flows: RK4 step per iteration
    // The Chialvo ring-star network runs on the engine's ensemble kernel with a vectorised exp
    // (within 2 ulp of std::exp per call): chaotic columns then differ from the one-column
    // path in detail, not statistically. true keeps std::exp, bit for bit like that path, slower.
    bool exactArithmetic = false;
    int tileColumns = 16; // columns per tile (the unit of parallel work and of delivery)
    int threads = 0;      // <= 0: defaultThreadCount()
    ResourceLimits limits;
};

struct OrbitColumnStatus {
    int runs = 0;        // runs made (1, initialCount, or 2 for a sweep)
    int escapedRuns = 0; // runs whose orbit escaped (their samples before escape are kept)
    bool computed = false;
    std::string escapeReason; // of the first escaped run
    bool escaped() const { return runs > 0 && escapedRuns == runs; }
};

// Delivered as tiles finish. `counts` (columnCount x bins) and their `tone` (the diagram's own,
// 0 for escaped columns) are filled when the bin range is fixed (autoRange off); with an
// automatic range the raster exists only once every column is known, so the tile carries the
// recorded (sectioned) values instead (also with keepPoints): column firstColumn + c owns
// values[offsets[c] .. offsets[c+1]) (offsets are all 0 otherwise).
struct OrbitDiagramTile {
    int firstColumn = 0;
    int columnCount = 0;
    int pass = 0; // SweepUpDown: 0 upward, 1 downward (its tiles hold both passes' values)
    std::vector<double> values;
    std::vector<std::size_t> offsets;
    std::vector<OrbitColumnStatus> status;
    std::vector<std::uint32_t> counts;
    std::vector<float> tone;
};

struct OrbitDiagram {
    std::vector<double> parameterValues;
    int bins = 0;
    double rangeMin = 0.0, rangeMax = 1.0;
    RasterArray<std::uint32_t> counts; // column-major: counts[column * bins + bin]
    // log(1 + n) / log(1 + max n of the column), in [0, 1]; 0 for empty or escaped columns.
    RasterArray<float> tone;
    std::vector<OrbitColumnStatus> status;
    std::vector<double> points;            // keepPoints: values of column c at
    std::vector<std::size_t> pointOffsets; // [pointOffsets[c], pointOffsets[c+1])
    bool canceled = false;

    std::uint32_t count(int column, int bin) const
    {
        return counts[static_cast<std::size_t>(column) * static_cast<std::size_t>(bins) +
                      static_cast<std::size_t>(bin)];
    }
};

using OrbitTileCallback = std::function<void(const OrbitDiagramTile&)>;

// Throws InputError for an invalid request (with the field named) or one whose memory
// estimate exceeds request.limits. On cancel returns what was computed, with canceled set
// and the missing columns' status.computed false.
OrbitDiagram computeOrbitDiagram(const Model& model, const OrbitDiagramRequest& request,
                                 Progress* progress = nullptr, const OrbitTileCallback& onTile = {});

// One finished column as a distributed run carries it: its status and either its counts (a
// fixed value range) or its recorded values (an automatic range, or kept points).
struct OrbitColumnData {
    OrbitColumnStatus status;
    std::vector<double> values;
    std::vector<std::uint32_t> counts;
};

// The diagram of finished columns (columns.size() == request.axis.count, in order), by the very
// finish step computeOrbitDiagram ends with (range, bins, tone, kept points), so columns
// computed anywhere (tiles of `neurodyn-cli run`, merged later) assemble into the same diagram
// bit for bit. threads: for binning with an automatic range.
OrbitDiagram assembleOrbitDiagram(const OrbitDiagramRequest& request, std::vector<OrbitColumnData> columns,
                                  int threads = 1);

// Memory (bytes) the request would use; what computeOrbitDiagram compares with the limit.
double estimateOrbitDiagramBytes(const OrbitDiagramRequest& request);

// Raster helpers shared with other density plots: bin index of v in [lo, hi] with `bins`
// bins (-1 outside), and the per-column tone map of a column-major columns x bins raster (writes
// every element of tone).
int binOf(double v, double lo, double hi, int bins);
void toneMapColumns(const std::uint32_t* counts, int columns, int bins, float* tone);

} // namespace nd
