// Parameter scans in `neurodyn-cli run`: the CSV + JSON files of the study's scan
// (analyses.parameter_scan), computed by app/compute in one piece or assembled from x-column
// tiles (MPI ranks or --tile i/n + merge) that equal the single-process scan byte for byte.
// Main thread (the engine runs its own workers).
#pragma once

#include "cli/runplan.h"

#include "common/progress.h"

#include <QByteArray>
#include <QString>

namespace nd::cli {

// x columns of tile i of n, serialised. Throws InputError for refused settings.
QByteArray computeScanTile(const RunPlan& plan, int i, int n, Progress* progress);

// parameter_scan.csv/.json.
bool writeParameterScan(const RunContext& context, QString& error);

} // namespace nd::cli
