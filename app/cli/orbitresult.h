// Orbit diagrams in `neurodyn-cli run`: the engine request a study's orbit-diagram settings
// describe, the CSV + JSON files written for a diagram, and the deterministic column tiles
// used to split one diagram across MPI ranks or Slurm array jobs (--tile i/n, then merge).
//
// A tile computes each of its columns with its own single-column engine call at exactly the
// parameter value the full diagram uses, so merging all tiles reproduces the single-process
// diagram bit for bit (the study's fixed initial-state policy makes columns independent).
#pragma once

#include "analysis/orbitdiagram.h"
#include "study/study.h"

#include <QByteArray>
#include <QDir>
#include <QString>

#include <vector>

namespace nd {
class Progress;
}

namespace nd::cli {

// Throws InputError for settings the engine refuses.
OrbitDiagramRequest orbitRequestFor(const Study& study, const Model& model);

bool writeOrbitDiagramResult(const QDir& dir, const Study& study, const Model& model,
                             const OrbitDiagramRequest& request, const OrbitDiagram& diagram, QString& error);

// Columns [begin, end) of the request's diagram, serialised (counts for a fixed bin range,
// raw values for an automatic one). Thread count: the request's.
QByteArray computeOrbitTile(const Model& model, const OrbitDiagramRequest& request, int begin, int end,
                            Progress* progress);

// Assembles the diagram from tiles covering every column once (any order). Returns false
// with `error` for malformed, overlapping or missing tiles.
bool mergeOrbitTiles(const OrbitDiagramRequest& request, const std::vector<QByteArray>& tiles, OrbitDiagram& out,
                     QString& error);

} // namespace nd::cli
