// Parameter scans: any scalar measure over a 1-D line or a 2-D grid of two parameters,
// computed in square tiles in parallel, each tile delivered as it finishes, and the assembled
// result identical whatever the thread count (every cell is computed independently from the
// same initial state with its own model clone).
//
// A ScanMeasure is the plug-in point: measures are called concurrently from worker threads
// (evaluate is const and must not keep mutable state). computeScan may be called from any
// thread; it calls the tile callback from its workers, one call at a time.
#pragma once

#include "analysis/analysiscommon.h"
#include "model/model.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

class ScanMeasure {
public:
    virtual ~ScanMeasure() = default;
    virtual std::string name() const = 0;
    virtual std::string unit() const { return {}; }
    // The conventions of the measure in words (synchrony measures: which scalar, which
    // phases), carried by the result; empty when there is nothing to choose.
    virtual std::string conventions() const { return {}; }
    // Throws InputError when the measure's own settings cannot work with this model (called
    // once before the scan starts, so a bad setting is reported before any work is done).
    virtual void validate(const Model& /*model*/) const {}
    // The model has the scanned parameters applied. `cancel` may be polled in long measures.
    virtual ScanValue evaluate(const Model& model, std::span<const double> initial,
                                  const Progress* cancel) const = 0;
    // A run of cells that differ in one parameter: out[i] is the value with parameter
    // `parameter` set to values[i] (the model, the worker's own clone, has every other scanned
    // parameter applied and may be changed). Measures with a lockstep kernel over many cells
    // override it; the results must equal evaluate() cell by cell. The default does just that.
    virtual void evaluateRow(Model& model, int parameter, std::span<const double> values,
                             std::span<const double> initial, const Progress* cancel, ScanValue* out) const;
};

struct ScanRequest {
    ParameterAxis x;
    std::optional<ParameterAxis> y; // absent: a 1-D scan (one row)
    std::vector<double> initial;    // empty: the model's default initial state
    int tileSize = 16;              // cells per tile side (2-D) or cells per tile (1-D)
    int threads = 0;
    ResourceLimits limits;
};

struct ScanTile {
    int x0 = 0, x1 = 0, y0 = 0, y1 = 0; // cells [x0, x1) x [y0, y1)
    std::vector<ScanValue> values;   // row-major over the tile: (iy - y0) * (x1 - x0) + (ix - x0)
};

struct ScanResult {
    std::string measure, unit;
    std::string conventions;              // the measure's (ScanMeasure::conventions)
    std::vector<double> xValues, yValues; // yValues has one entry (NaN-free: the model's value) in 1-D
    int nx = 0, ny = 0;
    std::vector<double> values;     // row-major: values[iy * nx + ix]; 0 where undefined
    std::vector<char> defined;      // 1 where values holds a value
    std::vector<char> escaped;      // 1 where the orbit escaped
    std::vector<char> computed;     // 0 for cells a cancel left out
    std::vector<std::string> reasons; // why a cell is undefined; empty when defined
    bool canceled = false;

    double at(int ix, int iy) const { return values[static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(ix)]; }
    bool isDefined(int ix, int iy) const { return defined[static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(ix)] != 0; }
};

using ScanTileCallback = std::function<void(const ScanTile&)>;

// Throws InputError for invalid axes (the same parameter twice, empty ranges, ...), a bad
// initial state, a measure that refuses the model, or a memory estimate above the limit.
ScanResult computeScan(const Model& model, const ScanMeasure& measure, const ScanRequest& request,
                       Progress* progress = nullptr, const ScanTileCallback& onTile = {});

} // namespace nd
