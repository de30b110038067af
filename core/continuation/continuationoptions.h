// What the caller chooses for a continuation run (cycles in one parameter or bifurcation curves
// in two), validated into the engine's settings. Plain values; any thread.
#pragma once

#include "continuation/arclength.h"
#include "model/model.h"

#include <optional>
#include <string>

namespace nd {

struct ContinuationOptions {
    std::string parameter;                  // continuation parameter (the first one for curves)
    std::string secondParameter;            // curves only
    std::optional<double> minimum, maximum; // range of `parameter`; default: the model's valid range
    std::optional<double> secondMinimum, secondMaximum;
    std::optional<double> startValue; // start value of `parameter`; default: the model's value
    int direction = +1; // initial sign of the change of `parameter` (of `secondParameter` for curves)
    int maxPoints = 500;
    double initialStep = 1e-2;
    double minStep = 1e-9;
    double maxStep = 0.1;
    double tolerance = 1e-11; // Newton tolerance on update and residual
    int maxNewtonIterations = 10;
    bool locateSpecialPoints = true;

    bool operator==(const ContinuationOptions&) const = default;
};

// Throws InputError naming the offending field.
ArclengthSettings validatedSettings(const ContinuationOptions& options);
// The range [lo, hi] used for one parameter: the user's, clipped to the model's valid range.
// Throws InputError for an empty or non-finite range.
std::pair<double, double> parameterRange(const Model& model, const std::string& name,
                                         const std::optional<double>& minimum,
                                         const std::optional<double>& maximum, const std::string& field);

} // namespace nd
