// The study's orbit diagram: the engine request its settings describe, the whole diagram, and
// the same diagram in column ranges (tiles) for distributed runs. A range is computed column
// by column, each at exactly the parameter value of the full diagram, and assembled by the
// engine's own finish step (assembleOrbitDiagram), so the tiles of a diagram assemble bit for
// bit into the diagram computed in one piece. Only the fixed initial-state
// policy makes columns independent; the other policies are computed in one piece.
// Any thread; the tile callback is called from the engine's workers, one call at a time.
#pragma once

#include "study/study.h"

#include "analysis/orbitdiagram.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// Exact: every path of the engine runs bit for bit like its one-column runner, so column ranges
// (tiles) computed anywhere assemble into the very same diagram (what `neurodyn-cli run`
// needs). Fast: the engine's vectorised network kernels (the Chialvo ring-star; statistically
// the same, chaotic columns differ in detail), for interactive views.
enum class OrbitArithmetic { Exact, Fast };

struct OrbitDiagramResult {
    OrbitDiagramRequest request;
    OrbitDiagram diagram;
    std::string parameterLabel;  // the swept parameter
    std::string observableLabel; // "x", "mean of x", "local maxima of x", ...
};

// The parameter axis the settings sweep, the one rule the GUI, the CLI and the engine request
// share: the settings' parameter (empty: the model's first) over [from, to] (an empty range:
// the parameter's typical range), clipped to the parameter's valid range (a zoomed-out window
// saved by the GUI may reach beyond it). An unknown parameter is left for the engine to name.
ParameterAxis orbitParameterAxis(const Model& model, const OrbitDiagramSettings& settings);

// The engine observable of the settings: a variable or network mean (wrapped to (-pi, pi] when
// every variable it reads is a phase of an oscillator network), or the order parameter R of
// all the network's phases. Throws InputError for R of a model without oscillators.
Observable orbitObservable(const OrbitDiagramSettings& settings, const Model& model);

// Throws InputError (naming analyses.orbit_diagram) for settings the engine refuses. Flows are
// iterated with one RK4 step of the study's flow dt per iteration.
OrbitDiagramRequest orbitDiagramRequest(const Study& study, const Model& model,
                                        OrbitArithmetic arithmetic = OrbitArithmetic::Exact);
std::string orbitObservableLabel(const Study& study, const Model& model);

OrbitDiagramResult orbitDiagram(const Study& study, int threads, Progress* progress = nullptr,
                                const OrbitTileCallback& onTile = {},
                                OrbitArithmetic arithmetic = OrbitArithmetic::Exact);

// Whether the study has a diagram whose column ranges are independent (the fixed policy).
bool orbitDiagramTileable(const Study& study);

// Columns [begin, end) of the diagram, for the engine's assembleOrbitDiagram (which makes the
// diagram of all of them, in order, by the engine's own finish step).
std::vector<OrbitColumnData> orbitDiagramColumns(const OrbitDiagramRequest& request, const Model& model,
                                                 int begin, int end, int threads,
                                                 Progress* progress = nullptr);

} // namespace nd::compute
