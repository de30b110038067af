#include "compute/computecommon.h"

#include "analysis/observable.h"
#include "simulate/flowtrajectory.h"

namespace nd::compute {

Trajectory studyTrajectory(const Study& study, Progress* progress)
{
    const auto model = study.createModel();
    if (model->timeKind() == TimeKind::Map)
        return simulateMap(*model, study.initialState, study.simulation, progress);
    FlowOptions o;
    static_cast<SimulationOptions&>(o) = study.simulation;
    static_cast<FlowIntegrator&>(o) = study.flow;
    return simulateFlow(*model, study.initialState, o, progress);
}

double rowSpacing(const Study& study, const Model& model)
{
    const double perStep = model.timeKind() == TimeKind::Flow ? study.flow.dt : 1.0;
    return perStep * static_cast<double>(study.simulation.stride);
}

int variableIndex(const Model& model, const std::string& name, const std::string& field)
{
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<int>(i);
    throw InputError(field + ": the model has no variable '" + name + "'");
}

std::vector<int> nodeIndices(const Model& model, const std::string& variable, const std::string& field)
{
    std::vector<int> indices = nodeVariableIndices(model, variable);
    if (indices.size() < 2)
        throw InputError(field + ": '" + variable + "' is not a per-node variable of this model");
    return indices;
}

std::vector<double> trajectoryColumn(const Trajectory& t, int index)
{
    return t.column(static_cast<std::size_t>(index));
}

std::vector<double> trajectoryColumns(const Trajectory& t, const std::vector<int>& indices)
{
    std::vector<double> out;
    out.reserve(t.rows() * indices.size());
    for (std::size_t r = 0; r < t.rows(); ++r)
        for (int i : indices)
            out.push_back(t.at(r, static_cast<std::size_t>(i)));
    return out;
}

Trajectory measuredTrajectory(const Study& study, const char* section, Progress* progress)
{
    Study all = study; // every state variable, so columns are state indices
    all.simulation.variables.clear();
    Trajectory t = inSection(section, [&] { return studyTrajectory(all, progress); });
    if (t.escaped)
        throw InputError(std::string("analyses.") + section + ": the study's trajectory escaped at step " +
                         std::to_string(t.escapeStep) + " (" + t.escapeReason +
                         "), so there is no complete series to measure");
    return t;
}

} // namespace nd::compute
