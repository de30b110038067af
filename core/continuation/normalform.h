// Normal-form coefficients of the K-th iterate F^K of a map at a fold, a flip and a
// Neimark-Sacker point (Kuznetsov, Elements of Applied Bifurcation Theory, ch. 4, 5 and 9;
// Kuznetsov & Meijer 2005): the verdicts (criticality) of the LP, PD and NS points of cycle
// branches, and the zeros that mark the generalised flip (GPD) and the Chenciner point (CH) on
// curves. Internal to core/continuation; the CycleMap is only read, so one thread per CycleMap
// as usual.
//
// With A = D(F^K)(x), B and C the second and third derivatives of F^K at x:
//   flip (A q = -q, A^T p = -p, |q| = 1, p.q = 1):
//     c = (1/6) p . [C(q,q,q) + 3 B(q, (I - A)^-1 B(q,q))]       (F^K ~ -xi + c xi^3)
//   Neimark-Sacker (A q = e^(i theta) q, A^T p = e^(-i theta) p, <q,q> = <p,q> = 1, <u,v> = u^H v):
//     d = (1/2) e^(-i theta) <p, C(q,q,qbar) + 2 B(q, h11) + B(qbar, h20)>,
//     h11 = (I - A)^-1 B(q,qbar), h20 = (e^(2 i theta) I - A)^-1 B(q,q)   (F^K ~ e^(i theta) xi (1 + d
//     |xi|^2)); Re d is the first Lyapunov coefficient (negative: supercritical).
//   fold (A q = q, A^T p = p, |q| = 1, p.q = 1, q oriented so that p . dF^K/dp > 0):
//     a = (1/2) p . B(q,q)       (F^K ~ xi + beta + a xi^2, beta = p . dF^K/dp (p - p*) > 0 above
//     the fold: the two cycles exist where beta / a < 0, i.e. below the fold for a > 0).
// Verdicts (the criticality functions below): flip c > 0 and NS Re d < 0 are supercritical (the
// 2K-cycle xi^2 = mu / c, resp. the circle |xi|^2 = -mu / Re d, where the multiplier has left the
// unit circle by mu, attracts within the centre manifold); the opposite signs are subcritical. A
// coefficient is degenerate when |coefficient| <= kDegenerateRelative x (sum of the magnitudes
// of the products that form it: a cancellation beyond the derivatives' accuracy) or <=
// kDegenerateAbsolute (the finite differences' resolution). NS within kResonanceTolerance of a
// strong resonance 1:q (theta = 2 pi / q, q = 1..4) is flagged: there the coefficient does not
// decide. For a period-K cycle the coefficients belong to F^K at the branch's stored point of the
// cycle: at another point F^K is conjugated by the derivative of the map between them, which
// scales the value (c and Re d by 1/L^2 in one dimension) but keeps the sign and the verdict.
// B and C come from central differences of the analytic Jacobian A along the (real and
// imaginary parts of the) eigenvectors: B(u, v) = D_u A v, C(u, u, v) = D^2_{u,u} A v.
#pragma once

#include "continuation/branch.h"
#include "continuation/cyclemap.h"

#include <complex>
#include <string>

namespace nd {

// False when the derivatives are not finite or the eigenvectors cannot be normalised (e.g. -1 is
// not a multiplier, or 1 is one too).
bool flipCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, double& c);
// `a` must have a complex pair of multipliers; the one with positive imaginary part closest to
// the unit circle is used. False otherwise or when values are not finite.
bool neimarkSackerCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                              std::complex<double>& d);

inline constexpr double kDegenerateRelative = 1e-5;
inline constexpr double kDegenerateAbsolute = 1e-6;
inline constexpr double kResonanceTolerance = 1e-2; // radians

// The verdicts of the codimension-1 points of a cycle branch at x (a = D(F^K)(x)). Never throw:
// where a coefficient is undefined (non-finite derivatives, the critical multiplier missing or
// not simple, so its eigenvectors cannot be normalised) the verdict is Undefined with the reason.
// `parameterDerivative` (dF^K/dp at x) orients the fold; without it (empty) a's sign is arbitrary.
Criticality foldCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                            const Eigen::VectorXd& parameterDerivative);
Criticality flipCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a);
Criticality neimarkSackerCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a);

// The normal form, normalisation, sign convention and degeneracy rule behind each verdict, as
// Criticality::normalForm states them (also for the branch's conventions).
std::string foldNormalForm();
std::string flipNormalForm();
std::string neimarkSackerNormalForm();

} // namespace nd
