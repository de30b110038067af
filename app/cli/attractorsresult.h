// The attractor atlas in `neurodyn-cli run`: attractors.csv/.json (and the fractions figure) of
// the study's analyses.attractors, computed by app/compute in one piece or, along a parameter,
// assembled from column tiles (MPI ranks or --tile i/n + merge). Tiles serialise every column's
// full search result (compute::attractorColumns) exactly (doubles bit for bit); the merge runs
// compute::assembleAttractors on the columns in order, so a merged result equals the
// single-process one byte for byte. Main thread (the engine runs its own workers).
#pragma once

#include "cli/runplan.h"

#include "common/progress.h"

#include <QByteArray>
#include <QString>

namespace nd::cli {

// True when the study's attractors are split into column tiles (they are followed along a
// parameter); a single search is computed in one piece.
bool attractorsTiled(const Study& study);

// Columns of tile i of n of the parameter axis, serialised. Throws InputError for refused settings.
QByteArray computeAttractorsTile(const RunPlan& plan, int i, int n, Progress* progress);

// attractors.csv/.json and the figure.
bool writeAttractors(const RunContext& context, QString& error);

} // namespace nd::cli
