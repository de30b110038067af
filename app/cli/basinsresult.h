// Basins of attraction in `neurodyn-cli run`: basins.csv/.json (and the figure) of the study's
// analyses.basins, computed by app/compute in one piece or assembled from row tiles (MPI ranks
// or --tile i/n + merge). Tiles serialise the cell outcomes of compute::basinRows; assembly is
// compute::assembleBasins, which labels every cell in row-major order, so a merged result
// equals the single-process one byte for byte. Main thread (the engine runs its own workers).
#pragma once

#include "cli/runplan.h"

#include "common/progress.h"

#include <QByteArray>
#include <QString>

namespace nd::cli {

// Rows of tile i of n of the basin grid (tileColumns over its y count), serialised. Throws
// InputError for refused settings.
QByteArray computeBasinsTile(const RunPlan& plan, int i, int n, Progress* progress);

// basins.csv/.json and the figure.
bool writeBasins(const RunContext& context, QString& error);

} // namespace nd::cli
