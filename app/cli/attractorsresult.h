// The attractor atlas in `neurodyn-cli run`: attractors.csv/.json (and the fractions figure) of
// the study's analyses.attractors, computed by app/compute in one piece or, along a parameter,
// assembled from column tiles (MPI ranks or --tile i/n + merge). Tiles serialise every column's
// full search result (compute::attractorColumns) exactly (doubles bit for bit); the merge runs
// compute::assembleAttractors on the columns in order, so a merged result equals the
// single-process one byte for byte. Main thread (the engine runs its own workers).
#pragma once

#include "cli/runplan.h"

#include "analysis/attractors.h"
#include "common/progress.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace nd::cli {

// True when the study's attractors are split into column tiles (they are followed along a
// parameter); a single search is computed in one piece.
bool attractorsTiled(const Study& study);

// Columns of tile i of n of the parameter axis, serialised. Throws InputError for refused settings.
QByteArray computeAttractorsTile(const RunPlan& plan, int i, int n, Progress* progress);

// The columns of every tile (their payloads, in the merge's order), in axis order; false with a
// message naming the tile (by its place in the list), the column and the damaged field for
// malformed, lying, overlapping or missing columns. No count in a tile sizes an allocation
// beyond what its bytes can hold (tests/fuzz/fuzz_attractors_tiles). Throws InputError for a
// study the engine refuses.
bool readAttractorsTiles(const Study& study, const std::vector<QByteArray>& tiles,
                         std::vector<AttractorColumn>& columns, QString& error);

// attractors.csv/.json and the figure.
bool writeAttractors(const RunContext& context, QString& error);

} // namespace nd::cli
