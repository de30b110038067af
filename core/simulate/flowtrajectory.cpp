#include "simulate/flowtrajectory.h"

#include "common/errors.h"
#include "simulate/recording.h"

#include <boost/numeric/odeint.hpp>

#include <cmath>

namespace nd {

namespace odeint = boost::numeric::odeint;
using State = std::vector<double>;

namespace {
void validate(const Model& model, const FlowOptions& o)
{
    if (model.timeKind() != TimeKind::Flow)
        throw InputError(ND_ENGINE_TEXT("%1 is a map, not an ODE: use simulateMap"), {model.typeName()});
    if (!(o.dt > 0.0) || !std::isfinite(o.dt))
        throw InputError(ND_ENGINE_TEXT("time step dt must be a positive finite number"), {});
    if (!(o.absTolerance > 0.0) || !(o.relTolerance > 0.0))
        throw InputError(ND_ENGINE_TEXT("integration tolerances must be positive"), {});
}
} // namespace

Trajectory simulateFlow(const Model& model, std::span<const double> initial, const FlowOptions& options,
                        Progress* progress)
{
    validate(model, options);
    const detail::RecordingPlan plan{options.transient,   options.samples,   options.stride,
                                     options.escapeBound, options.variables, 256};
    detail::validateRecording(model, initial, plan);
    auto system = [&model](const State& x, State& dxdt, double) { model.evaluate(x.data(), dxdt.data()); };
    const double dt = options.dt;
    odeint::runge_kutta4<State> rk4;
    auto dense = odeint::make_dense_output(options.absTolerance, options.relTolerance,
                                           odeint::runge_kutta_dopri5<State>());
    if (options.method == FlowMethod::DormandPrince)
        dense.initialize(State(initial.begin(), initial.end()), 0.0, dt);

    auto step = [&](State& x, long stepIndex, std::string& why) {
        const double target = static_cast<double>(stepIndex) * dt;
        if (options.method == FlowMethod::RungeKutta4) {
            rk4.do_step(system, x, target - dt, dt);
            return true;
        }
        try {
            while (dense.current_time() < target) {
                dense.do_step(system);
                why = escapeReason(dense.current_state(), options.escapeBound);
                if (!why.empty()) {
                    why += " inside the step";
                    return false;
                }
            }
        } catch (const std::exception& e) {
            why = std::string("the adaptive step control failed: ") + e.what();
            return false;
        }
        dense.calc_state(target, x);
        return true;
    };
    return detail::recordTrajectory(model, initial, plan, progress, step);
}

} // namespace nd
