// Integrating an ODE model (TimeKind::Flow) with Boost.Odeint: fixed-step classical RK4 or
// adaptive Dormand–Prince 5(4) with dense output, sampled on a uniform grid. Same recording
// and escape conventions as simulateMap (trajectory.h); any thread may call it (the model is
// only read).
//
// Time grid: step k is time t = k * dt. The result's firstStep, stride and escapeStep count
// these dt-steps, so row r of the trajectory is at time (firstStep + r * stride) * dt.
#pragma once

#include "simulate/trajectory.h"

namespace nd {

enum class FlowMethod { RungeKutta4, DormandPrince };

// What a flow adds to the recording settings of a map: the integrator.
struct FlowIntegrator {
    FlowMethod method = FlowMethod::RungeKutta4;
    double dt = 0.01;           // RK4 step; for Dormand–Prince only the sampling interval
    double absTolerance = 1e-9; // Dormand–Prince error control
    double relTolerance = 1e-9;

    bool operator==(const FlowIntegrator&) const = default;
};

// The recording settings count dt-steps here: transient dt-steps integrated and discarded
// before the first sample, stride dt-steps between two recorded states.
struct FlowOptions : SimulationOptions, FlowIntegrator {};

// Throws InputError for a map model, a wrong initial-state size, non-finite values, dt <= 0,
// tolerances <= 0, or bad counts. Escape (or a failure of the adaptive step control, e.g.
// for a stiff blow-up) is a result: escaped = true with the dt-step and the reason.
Trajectory simulateFlow(const Model& model, std::span<const double> initial, const FlowOptions& options,
                        Progress* progress = nullptr);

} // namespace nd
