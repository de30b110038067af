// Orbit diagrams in `neurodyn-cli run`: the CSV + JSON files (and the figure) of the study's
// diagram, computed by app/compute in one piece or assembled from column tiles (MPI ranks or
// --tile i/n + merge). Tiles serialise the columns of compute::orbitDiagramColumns; assembly
// is the engine's assembleOrbitDiagram (its own finish step), so a merged diagram equals the single-process
// one byte for byte. Main thread (the engine runs its own workers).
#pragma once

#include "cli/runplan.h"

#include "common/progress.h"

#include <QByteArray>
#include <QString>

namespace nd::cli {

// Whether the study's diagram is computed in tiles (it has one and its columns are independent).
bool orbitDiagramTiled(const Study& study);

// Tile i of n of the diagram's columns, serialised. Throws InputError for refused settings.
QByteArray computeOrbitTile(const RunPlan& plan, int i, int n, Progress* progress);

// orbit_diagram.csv/.json (+ orbit_diagram-points.csv when points are kept) and the figure.
bool writeOrbitDiagram(const RunContext& context, QString& error);

} // namespace nd::cli
