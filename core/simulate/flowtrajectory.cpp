#include "simulate/flowtrajectory.h"

#include "common/errors.h"
#include "common/progress.h"

#include <boost/numeric/odeint.hpp>

#include <cmath>
#include <optional>

namespace nd {

namespace odeint = boost::numeric::odeint;
using State = std::vector<double>;

namespace {
void validate(const Model& model, std::span<const double> initial, const FlowOptions& o)
{
    if (model.timeKind() != TimeKind::Flow)
        throw InputError(model.typeName() + " is a map, not an ODE: use simulateMap");
    if (!(o.dt > 0.0) || !std::isfinite(o.dt))
        throw InputError("time step dt must be a positive finite number");
    if (!(o.absTolerance > 0.0) || !(o.relTolerance > 0.0))
        throw InputError("integration tolerances must be positive");
    const auto dim = static_cast<std::size_t>(model.dimension());
    if (initial.size() != dim)
        throw InputError("initial state has " + std::to_string(initial.size()) + " values but " + model.typeName() +
                         " has " + std::to_string(dim) + " state variables");
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < dim; ++i)
        requireFinite(initial[i], "initial value of " + names[i]);
    if (o.transient < 0)
        throw InputError("transient must be >= 0 (got " + std::to_string(o.transient) + ")");
    if (o.samples < 1)
        throw InputError("the number of samples must be >= 1 (got " + std::to_string(o.samples) + ")");
    if (o.stride < 1)
        throw InputError("stride must be >= 1 (got " + std::to_string(o.stride) + ")");
    if (!(o.escapeBound > 0.0))
        throw InputError("escape bound must be positive");
    for (int v : o.variables)
        if (v < 0 || static_cast<std::size_t>(v) >= dim)
            throw InputError("recorded variable index " + std::to_string(v) + " does not exist");
    const std::size_t cols = o.variables.empty() ? dim : o.variables.size();
    if (static_cast<double>(o.samples) * static_cast<double>(cols) > 2e8)
        throw InputError("recording " + std::to_string(o.samples) + " samples of " + std::to_string(cols) +
                         " variables needs too much memory; reduce the samples or raise the stride");
}
} // namespace

Trajectory simulateFlow(const Model& model, std::span<const double> initial, const FlowOptions& options,
                        Progress* progress)
{
    validate(model, initial, options);
    const auto dim = static_cast<std::size_t>(model.dimension());
    const auto allNames = model.variableNames();
    Trajectory t;
    std::vector<int> vars = options.variables;
    if (vars.empty())
        for (std::size_t i = 0; i < dim; ++i)
            vars.push_back(static_cast<int>(i));
    for (int v : vars)
        t.names.push_back(allNames[static_cast<std::size_t>(v)]);
    t.firstStep = options.transient;
    t.stride = options.stride;
    t.values.reserve(static_cast<std::size_t>(options.samples) * vars.size());

    auto system = [&model](const State& x, State& dxdt, double) { model.evaluate(x.data(), dxdt.data()); };
    State x(initial.begin(), initial.end());
    const double dt = options.dt;
    odeint::runge_kutta4<State> rk4;
    auto dense = odeint::make_dense_output(options.absTolerance, options.relTolerance, odeint::runge_kutta_dopri5<State>());
    if (options.method == FlowMethod::DormandPrince)
        dense.initialize(x, 0.0, dt);

    long step = 0;
    const long totalSteps = options.transient + (options.samples - 1) * options.stride;
    auto fail = [&](std::string why) {
        t.escaped = true;
        t.escapeStep = step;
        t.escapeReason = std::move(why);
        return false;
    };
    auto advance = [&]() -> bool {
        ++step;
        const double target = static_cast<double>(step) * dt;
        if (options.method == FlowMethod::RungeKutta4) {
            rk4.do_step(system, x, target - dt, dt);
        } else {
            try {
                while (dense.current_time() < target) {
                    dense.do_step(system);
                    const std::string why = escapeReason(dense.current_state(), options.escapeBound);
                    if (!why.empty())
                        return fail(why + " inside the step");
                }
            } catch (const std::exception& e) {
                return fail(std::string("the adaptive step control failed: ") + e.what());
            }
            dense.calc_state(target, x);
        }
        const std::string why = escapeReason(x, options.escapeBound);
        if (!why.empty())
            return fail(why);
        if (progress && step % 256 == 0) {
            progress->setProgress(static_cast<double>(step) / static_cast<double>(totalSteps));
            if (progress->isCanceled())
                return false;
        }
        return true;
    };

    const std::string initialWhy = escapeReason(x, options.escapeBound);
    if (!initialWhy.empty())
        return (fail(initialWhy), t);
    for (long i = 0; i < options.transient; ++i)
        if (!advance())
            return t;
    for (long s = 0; s < options.samples; ++s) {
        if (s > 0)
            for (long k = 0; k < options.stride; ++k)
                if (!advance())
                    return t;
        for (int v : vars)
            t.values.push_back(x[static_cast<std::size_t>(v)]);
    }
    if (progress)
        progress->setProgress(1.0);
    return t;
}

} // namespace nd
