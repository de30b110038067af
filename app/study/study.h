// A study: everything needed to recompute what the user set up (model, parameter values,
// initial state, simulation settings, analysis settings and view state). Results are never
// stored; they are recomputed. Plain value type; any thread may use its own copy.
#pragma once

#include "model/model.h"
#include "simulate/trajectory.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nd {

// Brute-force orbit diagram: for each of `columns` values of `parameter` in [from, to], iterate
// `transient` steps from the study's initial state, then histogram `samples` values of state
// variable `variable` into `bins` bins over [valueMin, valueMax]. An empty parameter name means
// the model's first parameter, from == to its typical range, valueMin == valueMax an automatic
// value range (from a pilot run).
struct OrbitDiagramSettings {
    std::string parameter;
    double from = 0.0;
    double to = 0.0;
    double valueMin = 0.0;
    double valueMax = 0.0;
    int variable = 0;
    int columns = 400;
    int bins = 300;
    long transient = 500;
    long samples = 300;

    bool operator==(const OrbitDiagramSettings&) const = default;
};

// What the views show (not results): which variables, cobweb on or off.
struct ViewState {
    int phaseX = 0; // state variable on the phase portrait's horizontal axis
    int phaseY = 1; // ... and on its vertical axis (ignored for 1-D maps)
    bool cobweb = true; // 1-D maps: draw the cobweb instead of the return map only

    bool operator==(const ViewState&) const = default;
};

struct Study {
    QString title;
    std::string modelType = "chialvo";
    Settings settings;                        // structural settings of the model, by name
    std::map<std::string, double> parameters; // every parameter value, by name
    std::vector<double> initialState;
    SimulationOptions simulation;
    OrbitDiagramSettings orbitDiagram;
    ViewState view;

    // A model of modelType with the study's parameter values applied (throws InputError).
    std::unique_ptr<Model> createModel() const;
    // Fills parameters and initialState from a model's defaults.
    static Study defaultsFor(const std::string& modelType, const Settings& settings = {});

    bool operator==(const Study& other) const;
};

} // namespace nd
