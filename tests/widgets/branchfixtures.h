// Continuation results the view tests draw: the logistic fixed point from r = 2.5 (flip at
// r = 3), the Hénon fixed point from a = 0.5 downwards (through its flip and around its fold),
// and the Hénon fold / flip curves in (a, b) from those points. Computed by the engine.
#pragma once

#include "continuation/curvecontinuation.h"
#include "continuation/cyclecontinuation.h"
#include "model/model.h"

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

namespace ndtest {

inline const nd::SpecialPoint& specialPoint(const nd::Branch& b, const std::string& label)
{
    for (const auto& sp : b.specialPoints)
        if (sp.label == label)
            return sp;
    throw std::runtime_error("no " + label + " on the branch: " + b.stopMessage);
}

// Options naming every member without a default of its own (so -Wmissing-field-initializers
// stays quiet about the designated initialisers).
inline nd::ContinuationOptions options(std::string first, std::string second, std::optional<double> minimum,
                                       std::optional<double> maximum, std::optional<double> start,
                                       int direction, int maxPoints, double maxStep)
{
    return {.parameter = std::move(first),
            .secondParameter = std::move(second),
            .minimum = minimum,
            .maximum = maximum,
            .secondMinimum = -1.5,
            .secondMaximum = 0.9,
            .startValue = start,
            .direction = direction,
            .maxPoints = maxPoints,
            .maxStep = maxStep};
}

// r from 2.5 up to 3.6 (the logistic model).
inline nd::Branch logisticFixedPoint(const nd::Model& logistic)
{
    return nd::continueCycle(logistic, {0.6}, 1, options("r", "", std::nullopt, 3.6, 2.5, +1, 2000, 0.05));
}

// The period-2 cycle born at the flip of the logistic fixed point.
inline nd::Branch logisticTwoCycle(const nd::Model& logistic, const nd::Branch& fixed)
{
    return nd::switchAtFlip(logistic, fixed, specialPoint(fixed, "PD"),
                            options("r", "", std::nullopt, 3.6, 2.5, +1, 2000, 0.05));
}

// a from 0.5 down to -2 at most, at the model's b; the start is near the fixed point with x > 0.
inline nd::Branch henonFixedPoint(const nd::Model& henon)
{
    const double b = henon.parameter("b");
    const double x0 = -(1 - b) + std::sqrt((1 - b) * (1 - b) + 2.0);
    return nd::continueCycle(henon, {x0, b * x0}, 1, options("a", "", -2.0, 2.0, 0.5, -1, 300, 0.1));
}

// The curve of the branch's LP or PD point in (a, b), b falling from the model's value to -1.5.
inline nd::Branch henonCurve(const nd::Model& henon, const nd::Branch& branch, const std::string& label)
{
    return nd::continueCurve(henon, branch, specialPoint(branch, label),
                             options("a", "b", std::nullopt, 5.0, std::nullopt, -1, 300, 0.1));
}

} // namespace ndtest
