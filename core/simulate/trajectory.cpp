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
        std::ostringstream os;
        os << "initial state has " << initial.size() << " values but " << model.typeName() << " has " << dim
           << " state variables";
        throw InputError(os.str());
    }
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
    if (static_cast<double>(o.samples) * static_cast<double>(cols) >
        static_cast<double>(kMaxRecordedValues)) {
        std::ostringstream os;
        os << "recording " << o.samples << " samples of " << cols << " variables needs about "
           << (static_cast<double>(o.samples) * static_cast<double>(cols) * 8.0 / 1e9)
           << " GB; reduce the samples or raise the stride";
        throw InputError(os.str());
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
