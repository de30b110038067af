// A study: everything needed to recompute what the user set up (model, parameter values,
// initial state, simulation settings, analysis settings and view state). Results are never
// stored; they are recomputed. Plain value type; any thread may use its own copy.
#pragma once

#include "analysis/observable.h"
#include "analysis/orbitdiagram.h"
#include "model/model.h"
#include "simulate/flowtrajectory.h"
#include "simulate/trajectory.h"
#include "study/akornsection.h"
#include "study/analysissettings.h"
#include "study/entropysettings.h"
#include "study/neuromfasection.h"
#include "study/seriessettings.h"
#include "study/recurrencesettings.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nd {

// What an orbit diagram records: one state variable (`variable`, a state index), the mean
// over the nodes of a per-node variable (`meanVariable`: "x" averages x0, x1, ...), or, for an
// oscillator network, the order parameter R of all its phases. A phase (an angle variable, or
// a mean of them) is recorded wrapped to (-pi, pi] (oscillators/oscillatorphases.h).
enum class ObservableKind { Variable, NetworkMean, OrderParameter };

// Brute-force orbit diagram: for each of `columns` values of `parameter` in [from, to], iterate
// `transient` steps from the study's initial state, then histogram `samples` values of the
// observable (optionally reduced to a section: peaks, threshold crossings or the intervals
// between them) into `bins` bins over [valueMin, valueMax]. An empty parameter name means the
// model's first parameter, from == to its typical range, valueMin == valueMax an automatic
// value range (the minimum and maximum over all columns). The initial-state policy is the
// engine's (InitialPolicy): fixed, follow, sweep up and down, or initialCount random states
// per column in [boxMin, boxMax] (empty: initial state -+ 1) drawn from `seed`. The engine's
// options (OrbitDiagramOptions: transient, samples, bins, policy, ...) are inherited as they are.
// One optional section of the analyses, like the others (schema 3; schema 2's
// `"enabled": false` meant the section was absent).
struct OrbitDiagramSettings : OrbitDiagramOptions {
    std::string parameter;
    double from = 0.0;
    double to = 0.0;
    double valueMin = 0.0;
    double valueMax = 0.0;
    int variable = 0;
    int columns = 400;
    ObservableKind observable = ObservableKind::Variable;
    std::string meanVariable;
    Section section = Section::None;
    double threshold = 0.0;

    bool operator==(const OrbitDiagramSettings&) const = default;
};

// The orbit diagram a model gets when it is added (a new study, or the Analysis menu): over the
// model's first parameter; for an oscillator network, of the order parameter R.
OrbitDiagramSettings orbitDiagramDefaults(const Model& model);

// Continuous-time models (flows): the engine's integrator of the trajectory, whose dt is also
// the RK4 step every other analysis iterates with (one iteration = one step of dt). Maps
// ignore it.
struct FlowSettings : FlowIntegrator {
    bool operator==(const FlowSettings&) const = default;
};

// The analyses of the study, each present (computed by `neurodyn-cli run`, shown by the GUI)
// or not.
struct AnalysisSettings {
    std::optional<OrbitDiagramSettings> orbitDiagram;
    std::optional<FixedPointSettings> fixedPoints;
    std::optional<LyapunovSettings> lyapunov;
    std::optional<ScanSettings> parameterScan;
    std::optional<ZeroOneSettings> zeroOne;
    std::optional<SampleEntropySettings> sampleEntropy;
    std::optional<SynchronySettings> synchrony;
    std::optional<MfdfaSettings> mfdfa;
    std::optional<NetworkSpectrumSettings> networkSpectrum;
    std::optional<ContinuationSettings> continuation;
    std::optional<BasinSettings> basins;
    std::optional<AttractorSettings> attractors;
    std::optional<AkornViewSettings> akorn;
    std::optional<MultiscaleEntropySettings> multiscaleEntropy;
    std::optional<PermutationEntropySettings> permutationEntropy;
    std::optional<ApproximateEntropySettings> approximateEntropy;
    std::optional<RqaSettings> rqa;
    std::optional<EmbeddingSettings> embedding;
    std::optional<NeuroMfaSettings> neuroMfa;

    bool operator==(const AnalysisSettings&) const = default;
};

// What the views show (not results): which variables, cobweb on or off.
struct ViewState {
    int phaseX = 0;     // state variable on the phase portrait's horizontal axis
    int phaseY = 1;     // ... and on its vertical axis (ignored for 1-D maps)
    bool cobweb = true; // 1-D maps: draw the cobweb instead of the return map only
    // The parameter plane's colour range set by the user (view.scan_color_min/max, both or
    // neither; min < max); none: the robust automatic range. The GUI's view and `run`'s
    // parameter_scan figure both follow it. View state, so changing it never rescans.
    std::optional<std::pair<double, double>> scanColorRange;

    bool operator==(const ViewState&) const = default;
};

struct Study {
    QString title;
    std::string modelType = "chialvo";
    Settings settings;                        // structural settings of the model, by name
    std::map<std::string, double> parameters; // every parameter value (links too), by name
    // Derived parameters (model.links), by name; their values are in `parameters`.
    std::vector<ParameterLink> links;
    std::vector<double> initialState;
    SimulationOptions simulation;
    FlowSettings flow;
    AnalysisSettings analyses;
    ViewState view;

    // A model of modelType with the study's links and parameter values applied (throws
    // InputError). Links are set first and their values applied last, so their targets
    // follow them whatever the targets' own entries say.
    std::unique_ptr<Model> createModel() const;
    // Fills parameters and initialState from a model's defaults.
    static Study defaultsFor(const std::string& modelType, const Settings& settings = {});

    bool operator==(const Study& other) const;
};

} // namespace nd
