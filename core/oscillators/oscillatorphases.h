// The one owner of the rule "this model is a network of phase oscillators, and here are its
// phases": which state variables are angles (Kuramoto's theta_i) or which pairs of components a
// phase is the angle of (AKOrN, network and grid: the first plane of each unit), the wrapping of an angle to
// (-pi, pi], and the phases and order parameter R of a recorded run. The views (phase portrait,
// time series, space-time plot, the oscillator snapshot and R(t)), the orbit diagram's
// observable and the CLI's figures all read it, so they agree on what an oscillator shows.
// Pure functions of a model or a trajectory; any thread may call them.
#pragma once

#include "measures/synchrony.h"
#include "model/model.h"
#include "simulate/trajectory.h"

#include <array>
#include <vector>

namespace nd {

// The angle in (-pi, pi] that equals `angle` modulo 2 pi: pi stays pi, -pi becomes pi, and a
// multiple of 2 pi becomes 0 (up to the rounding of the multiple itself). Non-finite input
// gives NaN.
double wrapPhase(double angle);

struct OscillatorPhases {
    // Per oscillator, in node order, either the state index of its angle (phase models) ...
    std::vector<int> angles;
    // ... or the state indices (a, b) of the plane whose angle atan2(x_b, x_a) is its phase
    // (vector oscillators). Exactly one of the two lists is filled for an oscillator network.
    std::vector<std::array<int, 2>> planes;

    int count() const { return static_cast<int>(angles.empty() ? planes.size() : angles.size()); }
    bool empty() const { return count() == 0; }
    // Phase of oscillator i in a full state vector, wrapped to (-pi, pi].
    double phase(const double* state, int i) const;
    // Whether state variable `index` is an angle: shown wrapped or as its sine, never raw.
    bool isAngle(int index) const;
    // R = |mean over the oscillators of exp(i phase)| of one full state, in [0, 1].
    double orderParameter(const double* state) const;
};

// The model's oscillators; empty for a model that is no oscillator network.
OscillatorPhases oscillatorPhases(const Model& model);

// Per column of a trajectory of `model`: whether it records an angle. Views draw such a column
// wrapped (phase portrait) or as its sine (time series), never raw.
std::vector<bool> angleColumns(const Model& model, const Trajectory& trajectory);

// The values wrapped to (-pi, pi], and their sines.
std::vector<double> wrappedPhases(std::vector<double> angles);
std::vector<double> phaseSines(std::vector<double> angles);

// The wrapped phases of every oscillator over a trajectory of `model`: samples x oscillators,
// row-major. Empty when the model is no oscillator network or the trajectory did not record a
// variable a phase needs (columns are matched by the model's variable names).
std::vector<double> oscillatorPhaseSeries(const Model& model, const Trajectory& trajectory);

// R(n) of a trajectory, with its time mean and SD, by the synchrony measure's Kuramoto order
// (given phases). Empty r when oscillatorPhaseSeries is empty.
KuramotoResult oscillatorOrder(const Model& model, const Trajectory& trajectory);

} // namespace nd
