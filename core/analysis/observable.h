// What an orbit diagram (or a measure) records from a state: one state variable, the mean of
// several (a network mean over nodes), optionally reduced to a section of the series (local
// maxima, upward threshold crossings, or the intervals between crossings, i.e. inter-spike
// intervals). For oscillator networks the value may instead be a wrapped phase or the order
// parameter R (oscillatorphases.h owns which variables are angles), never a raw angle that
// grows without bound. Value types and pure functions; any thread may call them.
#pragma once

#include "model/model.h"

#include <string>
#include <vector>

namespace nd {

enum class Section {
    None,             // every sample of the observable
    LocalMaxima,      // u[n-1] < u[n] >= u[n+1]: the value of each peak
    UpwardCrossing,   // u[n-1] < threshold <= u[n]: the value u[n] just after each crossing
    CrossingInterval, // time between consecutive upward crossings (steps for maps, time for flows)
};

// What is made of the state variables at `indices` before any section.
enum class Reduction {
    Mean,                // their mean (a single index: that variable)
    WrappedPhase,        // their mean as an angle wrapped to (-pi, pi] (a single phase: that phase)
    OrderParameter,      // R = |mean of exp(i x_k)|, the indices being phases: in [0, 1]
    PlaneOrderParameter, // R of the angles atan2(x_b, x_a), the indices being pairs (a, b)
};

struct Observable {
    std::vector<int> indices{0}; // state indices averaged; a single index is that variable
    Section section = Section::None;
    double threshold = 0.0;
    Reduction reduction = Reduction::Mean;

    static Observable variable(int index) { return Observable{{index}, Section::None, 0.0, Reduction::Mean}; }
    static Observable meanOf(std::vector<int> indices)
    {
        return Observable{std::move(indices), Section::None, 0.0, Reduction::Mean};
    }

    double value(const double* state) const
    {
        if (reduction != Reduction::Mean)
            return reducedValue(state);
        if (indices.size() == 1)
            return state[indices[0]];
        double s = 0.0;
        for (int i : indices)
            s += state[i];
        return s / static_cast<double>(indices.size());
    }

private:
    double reducedValue(const double* state) const;
};

// Throws InputError unless every index exists in the model and the list is not empty.
void validateObservable(const Model& model, const Observable& observable, const std::string& field);

// Indices of the per-node copies of a variable, for a network mean: the variables named
// exactly `variable`, or `variable` followed by a node number ("x3", "x_3", "x[3]", "x.3"),
// or a node prefix followed by the variable ("node3.x", "n3_x"). Empty when none match.
std::vector<int> nodeVariableIndices(const Model& model, const std::string& variable);

// Reduces a series of observable values to its section. `timePerStep` scales crossing
// intervals (1 for maps, dt for flows).
std::vector<double> applySection(const std::vector<double>& series, const Observable& observable,
                                 double timePerStep);

} // namespace nd
