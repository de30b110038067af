#include "continuation/continuationoptions.h"

#include "common/errors.h"

#include <algorithm>
#include <sstream>

namespace nd {

namespace {
void requirePositive(double value, const std::string& field)
{
    requireFinite(value, "continuation option '" + field + "'");
    if (!(value > 0.0)) {
        std::ostringstream os;
        os << "continuation option '" << field << "' must be positive (got " << value << ")";
        throw InputError(os.str());
    }
}
} // namespace

ArclengthSettings validatedSettings(const ContinuationOptions& o)
{
    if (o.maxPoints < 2 || o.maxPoints > 10'000'000)
        throw InputError("continuation option 'maxPoints' must be between 2 and 10000000 (got " +
                         std::to_string(o.maxPoints) + ")");
    if (o.direction != 1 && o.direction != -1)
        throw InputError("continuation option 'direction' must be +1 or -1 (got " +
                         std::to_string(o.direction) + ")");
    if (o.maxNewtonIterations < 1 || o.maxNewtonIterations > 100)
        throw InputError("continuation option 'maxNewtonIterations' must be between 1 and 100");
    requirePositive(o.initialStep, "initialStep");
    requirePositive(o.minStep, "minStep");
    requirePositive(o.maxStep, "maxStep");
    requirePositive(o.tolerance, "tolerance");
    if (o.minStep > o.maxStep)
        throw InputError("continuation option 'minStep' must not exceed 'maxStep'");
    if (o.initialStep < o.minStep || o.initialStep > o.maxStep)
        throw InputError("continuation option 'initialStep' must lie between 'minStep' and 'maxStep'");
    ArclengthSettings s;
    s.maxPoints = o.maxPoints;
    s.initialStep = o.initialStep;
    s.minStep = o.minStep;
    s.maxStep = o.maxStep;
    s.tolerance = o.tolerance;
    s.maxNewtonIterations = o.maxNewtonIterations;
    s.locate = o.locateSpecialPoints;
    return s;
}

std::pair<double, double> parameterRange(const Model& model, const std::string& name,
                                         const std::optional<double>& minimum,
                                         const std::optional<double>& maximum, const std::string& field)
{
    const int index = model.parameterIndex(name);
    if (index < 0)
        throw InputError("continuation: model '" + model.typeName() + "' has no parameter named '" + name +
                         "'");
    const auto& spec = model.parameterSpecs()[static_cast<std::size_t>(index)];
    double lo = spec.minimum, hi = spec.maximum;
    if (minimum) {
        requireFinite(*minimum, "continuation option '" + field + "Minimum'");
        lo = std::max(lo, *minimum);
    }
    if (maximum) {
        requireFinite(*maximum, "continuation option '" + field + "Maximum'");
        hi = std::min(hi, *maximum);
    }
    if (!(lo < hi))
        throw InputError("continuation: the range of parameter '" + name + "' is empty");
    return {lo, hi};
}

} // namespace nd
