// Figures of `neurodyn-cli run`, drawn by the GUI's own plot views (neurodyn_widgets, Qwt) on
// Qt's offscreen platform and exported through the GUI's exportPlot as <name>.png, .svg and
// .pdf at the export's default size, so a figure looks as the GUI draws it. A composite view
// (0-1 test, synchrony, multifractal spectra, continuation) is written one file set per
// sub-plot that has data, <name>-<part>.*; app/cli/README.md lists every figure. Drawing reads
// the results only, so the CSV and JSON files are the same with or without figures.
//
// Result writers call writeFigures(context, result, error) after writing the data (runplan.h).
// In builds with the GUI and NEURODYN_CLI_FIGURES (figuresAvailable()) `run` and `merge` set
// figureDrawer() on the plan, which draws through the drawFigures overload of that result,
// unless the run was asked for data only (--no-figures); elsewhere nothing is drawn. Main (GUI)
// thread only.
#pragma once

#include "cli/runplan.h"

#include <QDir>
#include <QString>

#include <optional>

#ifdef NEURODYN_HAVE_FIGURES
#include "compute/akorncompute.h"
#include "compute/attractorscompute.h"
#include "compute/neuromfacompute.h"
#include "compute/dynamicscompute.h"
#include "compute/entropycompute.h"
#include "compute/orbitcompute.h"
#include "compute/recurrencecompute.h"
#include "compute/scancompute.h"
#include "compute/seriescompute.h"
#endif

namespace nd::cli {

bool figuresAvailable();

// Sets up what the figures need before the application object exists (the offscreen
// platform unless QT_QPA_PLATFORM is set). Call before constructing the application.
void prepareFigurePlatform();

#ifdef NEURODYN_HAVE_FIGURES

// trajectory-series (the first variables against the step, phases as their sines),
// trajectory-phase (the study's phase-portrait plane, phases wrapped to (-pi, pi], or the return
// map of a 1-D model), for networks trajectory-space_time (the last steps of every node;
// oscillators as the sine of their phase), and for oscillator networks trajectory-oscillators
// (on the unit circle at the last step) and trajectory-order_parameter (R(n) and its mean).
bool drawFigures(const RunContext& context, const Trajectory& trajectory, QString& error);
// fixed_points, for models of one or two variables: the fixed points by stability over the
// phase portrait (1-D: the return map), with the critical set LC_-1 and its image LC when asked.
bool drawFigures(const RunContext& context, const compute::FixedPointsResult& result, QString& error);
// lyapunov: the convergence curves (nothing without a curve, or when undefined).
bool drawFigures(const RunContext& context, const compute::LyapunovComputation& result, QString& error);
// lyapunov_along: the exponents against the parameter (lyapunov.along).
bool drawFigures(const RunContext& context, const compute::LyapunovAlongComputation& result, QString& error);
// basins.
bool drawFigures(const RunContext& context, const compute::BasinsComputation& result, QString& error);
// orbit_diagram, with the continuation's cycle branches over it when the study continues in
// the diagram's parameter and the diagram shows a state variable as it is.
bool drawFigures(const RunContext& context, const compute::OrbitDiagramResult& result, QString& error);
// parameter_scan, with the continuation's two-parameter curves over a 2-D scan of their plane.
bool drawFigures(const RunContext& context, const ScanResult& result, QString& error);
// continuation-branches, continuation-curves.
bool drawFigures(const RunContext& context, const compute::ContinuationComputation& result, QString& error);
// zero_one-kc, zero_one-trajectory, zero_one-displacement.
bool drawFigures(const RunContext& context, const compute::ZeroOneComputation& result, QString& error);
// sample_entropy.
bool drawFigures(const RunContext& context, const compute::SampleEntropyComputation& result, QString& error);
// synchrony-order, synchrony-matrix, synchrony-nodes.
bool drawFigures(const RunContext& context, const compute::SynchronyComputation& result, QString& error);
// mfdfa-h, mfdfa-tau, mfdfa-spectrum, mfdfa-loglog.
bool drawFigures(const RunContext& context, const compute::MfdfaComputation& result, QString& error);
// network_spectrum-tau, network_spectrum-spectrum, network_spectrum-loglog.
bool drawFigures(const RunContext& context, const compute::NetworkSpectrumComputation& result,
                 QString& error);
// attractors: basin fractions against the parameter, stacked (figuresattractors.cpp).
bool drawFigures(const RunContext& context, const compute::AttractorsComputation& result, QString& error);
// akorn-orientation, akorn-local_order (grids only), akorn-order, akorn-energy: the AKOrN view's
// four plots (figuresakorn.cpp).
bool drawFigures(const RunContext& context, const compute::AkornComputation& result, QString& error);
// mse (sample entropy against scale, with the surrogates' mean +- SD band under significance),
// permutation_entropy and apen (the value's table; with significance, <name>-null: the null
// histogram), figuresentropy.cpp.
bool drawFigures(const RunContext& context, const compute::MultiscaleEntropyComputation& result,
                 QString& error);
bool drawFigures(const RunContext& context, const compute::PermutationEntropyComputation& result,
                 QString& error);
bool drawFigures(const RunContext& context, const compute::ApproximateEntropyComputation& result,
                 QString& error);
// rqa (the recurrence plot of the whole series) or rqa-windows (RR, DET, LAM per window), with
// rqa-delay and rqa-dimension when a rule chose them (figuresrecurrence.cpp).
bool drawFigures(const RunContext& context, const compute::RqaComputation& result, QString& error);
// embedding-delay (I(tau), the chosen delay marked), embedding-dimension (FNN fraction, Cao E1
// and E2, the chosen dimensions marked).
bool drawFigures(const RunContext& context, const compute::EmbeddingComputation& result, QString& error);
// neuromfa-spectra, neuromfa-metrics, neuromfa-scores (with scores only; figuresneuromfa.cpp).
bool drawFigures(const RunContext& context, const compute::NeuroMfaComputation& result, QString& error);
// The same figures for `neurodyn-cli neuromfa`, which has no run context.
bool drawNeuroMfaFigures(const QDir& dir, const NeuroMfaSeriesResult& result,
                         const std::optional<BenchmarkScores>& scores, QString& error);

#endif

// The drawer a run's plan takes to draw its figures with the widgets above (runplan.h,
// figuredrawer.h); null in builds without figures.
const FigureDrawer* figureDrawer();

} // namespace nd::cli
