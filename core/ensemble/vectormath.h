// Vectorisable elementary functions for the ensemble and oscillator kernels. Pure functions;
// any thread may call them.
//
// fastExp: a branch-free exp (range reduction x = n ln2 + r, |r| <= ln2/2, degree-13 Taylor
// polynomial, scaling by building 2^n in the exponent bits) that GCC vectorises inside loops,
// unlike a call to std::exp. Accuracy: within 2 ulp of std::exp for -708 <= x <= 709.7
// (tested); +inf above 709.78; 0 below -708 (subnormal results are flushed); NaN stays NaN.
// It is NOT bit-identical to std::exp, so kernels that must reproduce the scalar Model path
// bit for bit use std::exp instead (see ensemble/chialvoensemble.h, ExpMode).
//
// sinCosArray: sin and cos of a whole array through glibc's vector math library (libmvec);
// results are within a few ulp of std::sin/std::cos, not bit-identical to them.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace nd {

// fastExp's constants, shared with the generator of compiled typed models (equations/native.cpp),
// which writes the same operations into its vectorised kernels: both must round alike.
namespace fastexp {
inline constexpr double kLog2e = 1.4426950408889634;
inline constexpr double kShifter = 0x1.8p52;           // adding it rounds to an integer held in the low bits
inline constexpr double kLn2Hi = 0x1.62e42fefa3800p-1; // trailing zeros: n * kLn2Hi is exact for |n| < 2^11
inline constexpr double kLn2Lo = 0x1.ef35793c76730p-45;
inline constexpr double kLowest = -708.0;             // below: 0
inline constexpr double kClampHigh = 709.79;          // the argument's upper clamp
inline constexpr double kOverflow = 709.782712893384; // above: +inf
// The Taylor polynomial's coefficients 1/13!, 1/12!, ..., 1/1!, 1/0!, in Horner's order.
inline constexpr double kTaylor[14] = {1.0 / 6227020800.0,
                                       1.0 / 479001600.0,
                                       1.0 / 39916800.0,
                                       1.0 / 3628800.0,
                                       1.0 / 362880.0,
                                       1.0 / 40320.0,
                                       1.0 / 5040.0,
                                       1.0 / 720.0,
                                       1.0 / 120.0,
                                       1.0 / 24.0,
                                       1.0 / 6.0,
                                       0.5,
                                       1.0,
                                       1.0};
} // namespace fastexp

inline double fastExp(double x)
{
    using namespace fastexp;
    const double xc = x < kLowest ? kLowest : (x > kClampHigh ? kClampHigh : x);
    const double kd = xc * kLog2e + kShifter;
    const double n = kd - kShifter;
    const double r = (xc - n * kLn2Hi) - n * kLn2Lo;
    double p = kTaylor[0];
    p = p * r + kTaylor[1];
    p = p * r + kTaylor[2];
    p = p * r + kTaylor[3];
    p = p * r + kTaylor[4];
    p = p * r + kTaylor[5];
    p = p * r + kTaylor[6];
    p = p * r + kTaylor[7];
    p = p * r + kTaylor[8];
    p = p * r + kTaylor[9];
    p = p * r + kTaylor[10];
    p = p * r + kTaylor[11];
    p = p * r + kTaylor[12];
    p = p * r + kTaylor[13];
    // 2^(n-1) stays a normal number for every n in [-1021, 1024]; the final doubling is exact.
    const std::uint64_t bits = (std::bit_cast<std::uint64_t>(kd) - std::bit_cast<std::uint64_t>(kShifter) + 1022u) << 52;
    const double result = p * std::bit_cast<double>(bits) * 2.0;
    return x > kOverflow ? std::numeric_limits<double>::infinity() : (x < kLowest ? 0.0 : result);
}

// s[i] = sin(x[i]), c[i] = cos(x[i]) for i < n.
void sinCosArray(const double* x, double* s, double* c, std::size_t n);

} // namespace nd
