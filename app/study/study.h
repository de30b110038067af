// A study: everything needed to recompute what the user set up (model, parameter values,
// initial state, simulation settings). Results are never stored; they are recomputed.
// Plain value type; any thread may use its own copy.
#pragma once

#include "model/model.h"
#include "simulate/trajectory.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nd {

struct Study {
    QString title;
    std::string modelType = "chialvo";
    Settings settings;                        // structural settings of the model, by name
    std::map<std::string, double> parameters; // every parameter value, by name
    std::vector<double> initialState;
    SimulationOptions simulation;

    // A model of modelType with the study's parameter values applied (throws InputError).
    std::unique_ptr<Model> createModel() const;
    // Fills parameters and initialState from a model's defaults.
    static Study defaultsFor(const std::string& modelType, const Settings& settings = {});

    bool operator==(const Study& other) const;
};

} // namespace nd
