// What every analysis of app/compute shares: the study's model, its trajectory (maps and
// flows alike), the series of a named variable or of every node's copy of a per-node
// variable, and the rule that an engine refusal names the study section it came from.
// Pure functions of the study; any thread.
#pragma once

#include "study/study.h"

#include "common/errors.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// Runs f and rethrows an InputError as "analyses.<section>: <message>".
template <class F> auto inSection(const char* section, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const InputError& e) {
        throw e.prefixed(std::string("analyses.") + section);
    }
}

// The settings of the study's analysis `section` ("zero_one", ...); throws InputError naming
// the section when the study has none.
template <class T> const T& sectionOf(const std::optional<T>& settings, const char* section)
{
    if (!settings)
        throw InputError(std::string("analyses.") + section + ": the study has no such analysis");
    return *settings;
}

// The trajectory of the study's simulation settings: simulateMap for maps, simulateFlow with
// the study's flow settings for flows. Throws InputError for settings the engine refuses.
Trajectory studyTrajectory(const Study& study, Progress* progress = nullptr);

// Time between two rows of the study's trajectory: stride iterations (maps) or stride * dt.
double rowSpacing(const Study& study, const Model& model);

// State index of a variable name; throws InputError naming `field` when there is none.
int variableIndex(const Model& model, const std::string& name, const std::string& field);

// State indices of the node copies of a per-node variable ("x": x0, x1, ...); at least two.
std::vector<int> nodeIndices(const Model& model, const std::string& variable, const std::string& field);

// Column `index` of a trajectory, and columns `indices` as a samples x nodes row-major matrix.
std::vector<double> trajectoryColumn(const Trajectory& t, int index);
std::vector<double> trajectoryColumns(const Trajectory& t, const std::vector<int>& indices);

// The study's series for a measure: the trajectory, refused (with its step and reason) when
// the orbit escaped, since a measure of a truncated series would silently mean something else.
Trajectory measuredTrajectory(const Study& study, const char* section, Progress* progress);

} // namespace nd::compute
