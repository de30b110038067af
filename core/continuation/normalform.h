// Normal-form coefficients of the K-th iterate F^K of a map at a flip and at a Neimark-Sacker
// point (Kuznetsov, Elements of Applied Bifurcation Theory, ch. 5 and 9; Kuznetsov & Meijer
// 2005), whose zeros mark the generalised flip (GPD) and the Chenciner point (CH). Internal to
// core/continuation; the CycleMap is only read, so one thread per CycleMap as usual.
//
// With A = D(F^K)(x), B and C the second and third derivatives of F^K at x:
//   flip (A q = -q, A^T p = -p, |q| = 1, p.q = 1):
//     c = (1/6) p . [C(q,q,q) + 3 B(q, (I - A)^-1 B(q,q))]       (F^K ~ -xi + c xi^3)
//   Neimark-Sacker (A q = e^(i theta) q, A^T p = e^(-i theta) p, <q,q> = <p,q> = 1, <u,v> = u^H v):
//     d = (1/2) e^(-i theta) <p, C(q,q,qbar) + 2 B(q, h11) + B(qbar, h20)>,
//     h11 = (I - A)^-1 B(q,qbar), h20 = (e^(2 i theta) I - A)^-1 B(q,q)   (F^K ~ e^(i theta) xi (1 + d
//     |xi|^2)); Re d is the first Lyapunov coefficient (negative: supercritical).
// B and C come from central differences of the analytic Jacobian A along the (real and
// imaginary parts of the) eigenvectors: B(u, v) = D_u A v, C(u, u, v) = D^2_{u,u} A v.
#pragma once

#include "continuation/cyclemap.h"

#include <complex>

namespace nd {

// False when the derivatives are not finite or the eigenvectors cannot be normalised (e.g. -1 is
// not a multiplier, or 1 is one too).
bool flipCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, double& c);
// `a` must have a complex pair of multipliers; the one with positive imaginary part closest to
// the unit circle is used. False otherwise or when values are not finite.
bool neimarkSackerCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                              std::complex<double>& d);

} // namespace nd
