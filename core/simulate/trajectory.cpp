#include "simulate/trajectory.h"

#include "common/errors.h"
#include "common/progress.h"

#include <cmath>
#include <sstream>

namespace nd {

namespace {
constexpr long kMaxRecordedValues = 200'000'000; // about 1.6 GB of doubles

void validate(const Model& model, std::span<const double> initial, const SimulationOptions& o)
{
    const auto dim = static_cast<std::size_t>(model.dimension());
    if (initial.size() != dim) {
        std::ostringstream os;
        os << "initial state has " << initial.size() << " values but " << model.typeName() << " has "
           << dim << " state variables";
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
    if (static_cast<double>(o.samples) * static_cast<double>(cols) > static_cast<double>(kMaxRecordedValues)) {
        std::ostringstream os;
        os << "recording " << o.samples << " samples of " << cols << " variables needs about "
           << (static_cast<double>(o.samples) * static_cast<double>(cols) * 8.0 / 1e9)
           << " GB; reduce the samples or raise the stride";
        throw InputError(os.str());
    }
}
} // namespace

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

Trajectory simulateMap(const Model& model, std::span<const double> initial,
                       const SimulationOptions& options, Progress* progress)
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

    std::vector<double> x(initial.begin(), initial.end());
    std::vector<double> next(dim);
    long step = 0;
    const long totalSteps = options.transient + (options.samples - 1) * options.stride;
    constexpr long kPollEvery = 1 << 16;

    auto advance = [&]() -> bool {
        model.evaluate(x.data(), next.data());
        ++step;
        std::string why = escapeReason(next, options.escapeBound);
        if (!why.empty()) {
            t.escaped = true;
            t.escapeStep = step;
            t.escapeReason = why;
            return false;
        }
        x.swap(next);
        if (progress && step % kPollEvery == 0) {
            progress->setProgress(static_cast<double>(step) / static_cast<double>(totalSteps));
            if (progress->isCanceled())
                return false;
        }
        return true;
    };

    const std::string initialWhy = escapeReason(x, options.escapeBound);
    if (!initialWhy.empty()) {
        t.escaped = true;
        t.escapeStep = 0;
        t.escapeReason = initialWhy;
        return t;
    }
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
