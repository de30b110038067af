#include "simulate/trajectory.h"

#include "simulate/recording.h"

#include "common/errors.h"

#include <cmath>
#include <sstream>

namespace nd {

namespace {
constexpr long kMaxRecordedValues = 200'000'000; // about 1.6 GB of doubles
} // namespace

namespace detail {
void validateRecording(const Model& model, std::span<const double> initial, const RecordingPlan& o)
{
    const auto dim = static_cast<std::size_t>(model.dimension());
    if (initial.size() != dim) {
        throw InputError(ND_ENGINE_TEXT("initial state has %1 values but %2 has %3 state variables"),
                         {std::to_string(initial.size()), model.typeName(), std::to_string(dim)});
    }
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < dim; ++i)
        requireFinite(initial[i], "initial value of " + names[i]);
    if (o.transient < 0)
        throw InputError(ND_ENGINE_TEXT("transient must be >= 0 (got %1)"), {std::to_string(o.transient)});
    if (o.samples < 1)
        throw InputError(ND_ENGINE_TEXT("the number of samples must be >= 1 (got %1)"),
                         {std::to_string(o.samples)});
    if (o.stride < 1)
        throw InputError(ND_ENGINE_TEXT("stride must be >= 1 (got %1)"), {std::to_string(o.stride)});
    if (!(o.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("escape bound must be positive"), {});
    for (int v : o.variables)
        if (v < 0 || static_cast<std::size_t>(v) >= dim)
            throw InputError(ND_ENGINE_TEXT("recorded variable index %1 does not exist"),
                             {std::to_string(v)});
    const std::size_t cols = o.variables.empty() ? dim : o.variables.size();
    if (static_cast<double>(o.samples) * static_cast<double>(cols) >
        static_cast<double>(kMaxRecordedValues)) {
        throw InputError(
            ND_ENGINE_TEXT("recording %1 samples of %2 variables needs about %3 GB; reduce the samples "
                           "or raise the stride"),
            {std::to_string(o.samples), std::to_string(cols),
             streamNumber(static_cast<double>(o.samples) * static_cast<double>(cols) * 8.0 / 1e9)});
    }
}
} // namespace detail

std::vector<double> Trajectory::column(std::size_t c) const
{
    std::vector<double> out(rows());
    for (std::size_t r = 0; r < out.size(); ++r)
        out[r] = at(r, c);
    return out;
}

std::string escapeReason(std::span<const double> state, double bound)
{
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (!std::isfinite(state[i]))
            return "state component " + std::to_string(i) + " became non-finite";
        if (std::fabs(state[i]) > bound) {
            std::ostringstream os;
            os << "state component " << i << " exceeded the escape bound " << bound;
            return os.str();
        }
    }
    return {};
}

Trajectory simulateMap(const Model& model, std::span<const double> initial, const SimulationOptions& options,
                       Progress* progress)
{
    const detail::RecordingPlan plan{options.transient,   options.samples,   options.stride,
                                     options.escapeBound, options.variables, 1 << 16};
    std::vector<double> next(initial.size());
    return detail::recordTrajectory(model, initial, plan, progress,
                                    [&](std::vector<double>& x, long, std::string&) {
                                        model.evaluate(x.data(), next.data());
                                        x.swap(next);
                                        return true;
                                    });
}

} // namespace nd
