// Typed models (issue 18), private: the value of one operation of the expression graph. The
// interpreter (scalar and lanes) and constant folding in compileModel all call these, so a folded
// constant is bit for bit what evaluation would have computed. Pure functions; any thread.
#pragma once

#include "equations/program.h"

#include <cmath>

namespace nd::eq::detail {

inline double truth(bool b)
{
    return b ? 1.0 : 0.0;
}

// One-operand operations (Neg .. Heaviside).
inline double applyUnary(Op op, double a)
{
    switch (op) {
    case Op::Neg:
        return -a;
    case Op::Not:
        return truth(a == 0.0);
    case Op::Exp:
        return std::exp(a);
    case Op::Log:
        return std::log(a);
    case Op::Log10:
        return std::log10(a);
    case Op::Sqrt:
        return std::sqrt(a);
    case Op::Abs:
        return std::fabs(a);
    case Op::Sin:
        return std::sin(a);
    case Op::Cos:
        return std::cos(a);
    case Op::Tan:
        return std::tan(a);
    case Op::Asin:
        return std::asin(a);
    case Op::Acos:
        return std::acos(a);
    case Op::Atan:
        return std::atan(a);
    case Op::Sinh:
        return std::sinh(a);
    case Op::Cosh:
        return std::cosh(a);
    case Op::Tanh:
        return std::tanh(a);
    case Op::Floor:
        return std::floor(a);
    case Op::Ceil:
        return std::ceil(a);
    // NaN stays NaN, so an escaped orbit is not turned into a harmless 0 or 1.
    case Op::Sign:
        return a > 0.0 ? 1.0 : (a < 0.0 ? -1.0 : (a == 0.0 ? 0.0 : a));
    case Op::Heaviside:
        return a >= 0.0 ? 1.0 : (a < 0.0 ? 0.0 : a);
    default:
        return 0.0;
    }
}

// Two-operand operations (Add .. Or). min/max pick by the same comparison as their
// derivative rule (program.h), so value and slope always come from the same operand.
inline double applyBinary(Op op, double a, double b)
{
    switch (op) {
    case Op::Add:
        return a + b;
    case Op::Sub:
        return a - b;
    case Op::Mul:
        return a * b;
    case Op::Div:
        return a / b;
    case Op::Pow:
        return std::pow(a, b);
    case Op::Atan2:
        return std::atan2(a, b);
    case Op::Min:
        return a <= b ? a : b;
    case Op::Max:
        return a >= b ? a : b;
    case Op::Less:
        return truth(a < b);
    case Op::LessEqual:
        return truth(a <= b);
    case Op::Greater:
        return truth(a > b);
    case Op::GreaterEqual:
        return truth(a >= b);
    case Op::Equal:
        return truth(a == b);
    case Op::NotEqual:
        return truth(a != b);
    case Op::And:
        return truth(a != 0.0 && b != 0.0);
    case Op::Or:
        return truth(a != 0.0 || b != 0.0);
    default:
        return 0.0;
    }
}

inline double applySelect(double c, double a, double b)
{
    return c != 0.0 ? a : b;
}

inline bool isUnary(Op op)
{
    return op >= Op::Neg && op <= Op::Heaviside;
}

inline bool isBinary(Op op)
{
    return op >= Op::Add && op <= Op::Or;
}

} // namespace nd::eq::detail
