// The study's parameter scan: the engine measure and request its settings describe, the
// whole scan, and the same scan in ranges of x columns (tiles) that assemble bit for bit into
// the scan computed in one piece (every cell is its own engine call from the study's initial
// state). Any thread; the tile callback is called from the engine's workers, one at a time.
#pragma once

#include "study/study.h"

#include "analysis/scan.h"

#include <memory>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// Throws InputError (naming analyses.parameter_scan) for settings the engine refuses.
std::unique_ptr<ScanMeasure> scanMeasure(const Study& study, const Model& model);
ScanRequest scanRequest(const Study& study);

struct ParameterScanResult {
    ScanRequest request;
    ScanResult result;
};

ParameterScanResult parameterScan(const Study& study, int threads, Progress* progress = nullptr,
                                  const ScanTileCallback& onTile = {});

// x columns [begin, end) of the scan, each a one-column ScanResult (ny cells).
std::vector<ScanResult> parameterScanColumns(const Study& study, int begin, int end, int threads,
                                             Progress* progress = nullptr);
// The scan from every x column in order.
ScanResult assembleParameterScan(const Study& study, const std::vector<ScanResult>& columns);

} // namespace nd::compute
