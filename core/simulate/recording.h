// The recording loop shared by simulateMap and simulateFlow: input checks of the counts, the
// transient, the strided samples, escape detection and progress/cancel polling. The caller
// supplies one step of its time stepper; everything around the step lives here once, so the map
// and flow paths cannot drift apart. Internal to core/simulate; any thread (nothing is shared).
#pragma once

#include "common/progress.h"
#include "simulate/trajectory.h"

#include <string>
#include <vector>

namespace nd::detail {

struct RecordingPlan {
    long transient = 0;
    long samples = 1000;
    long stride = 1;
    double escapeBound = 1e8;
    std::vector<int> variables; // empty: all
    long pollEvery = 1 << 16;   // steps between two progress/cancel polls
};

// Throws InputError for a wrong initial-state size, non-finite initial values, bad counts,
// unknown recorded variables, or a recording that would need too much memory.
void validateRecording(const Model& model, std::span<const double> initial, const RecordingPlan& plan);

// Runs the loop. `step(x, stepIndex, why)` advances x by one step (stepIndex counts from 1) and
// returns false with a reason in `why` when the orbit escaped inside the step (or the stepper
// failed); the escape check of the new state itself is done here. A map stepper may leave x
// untouched on failure; the trajectory then ends at the last good state either way.
template <class Step>
Trajectory recordTrajectory(const Model& model, std::span<const double> initial, const RecordingPlan& plan,
                            Progress* progress, Step&& step)
{
    validateRecording(model, initial, plan);
    const auto dim = static_cast<std::size_t>(model.dimension());
    const auto allNames = model.variableNames();

    Trajectory t;
    std::vector<int> vars = plan.variables;
    if (vars.empty())
        for (std::size_t i = 0; i < dim; ++i)
            vars.push_back(static_cast<int>(i));
    for (int v : vars)
        t.names.push_back(allNames[static_cast<std::size_t>(v)]);
    t.firstStep = plan.transient;
    t.stride = plan.stride;
    t.values.reserve(static_cast<std::size_t>(plan.samples) * vars.size());

    std::vector<double> x(initial.begin(), initial.end());
    long stepIndex = 0;
    const long totalSteps = plan.transient + (plan.samples - 1) * plan.stride;
    auto fail = [&](std::string why) {
        t.escaped = true;
        t.escapeStep = stepIndex;
        t.escapeReason = std::move(why);
        return false;
    };
    auto advance = [&]() -> bool {
        ++stepIndex;
        std::string why;
        if (!step(x, stepIndex, why))
            return fail(std::move(why));
        why = escapeReason(x, plan.escapeBound);
        if (!why.empty())
            return fail(std::move(why));
        if (progress && stepIndex % plan.pollEvery == 0) {
            progress->setProgress(static_cast<double>(stepIndex) / static_cast<double>(totalSteps));
            if (progress->isCanceled())
                return false;
        }
        return true;
    };

    const std::string initialWhy = escapeReason(x, plan.escapeBound);
    if (!initialWhy.empty()) {
        fail(initialWhy);
        return t;
    }
    for (long i = 0; i < plan.transient; ++i)
        if (!advance())
            return t;
    for (long s = 0; s < plan.samples; ++s) {
        if (s > 0)
            for (long k = 0; k < plan.stride; ++k)
                if (!advance())
                    return t;
        for (int v : vars)
            t.values.push_back(x[static_cast<std::size_t>(v)]);
    }
    if (progress)
        progress->setProgress(1.0);
    return t;
}

} // namespace nd::detail
