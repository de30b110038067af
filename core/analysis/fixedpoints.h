// Fixed points of map models (F(x) = x) and equilibria of flows (F(x) = 0): damped Newton
// with the analytic Jacobian from many seeds in a box, de-duplication, and for each point the
// Jacobian's eigenvalues (multipliers for maps), their moduli, a classification and det J
// (det J = 0 marks where a map is not locally invertible; the critical set itself, LC_-1 and
// its image LC, is findCriticalSet in criticalset.h, included here).
// Pure functions; any thread may call them. findFixedPoints runs its own workers.
#pragma once

#include "analysis/criticalset.h"
#include "model/model.h"

#include <complex>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

enum class Stability { StableNode, StableFocus, Saddle, UnstableNode, UnstableFocus, NonHyperbolic };
std::string stabilityName(Stability s);

struct FixedPoint {
    std::vector<double> state;
    std::vector<std::complex<double>> eigenvalues; // sorted by decreasing modulus (maps) or real part (flows)
    std::vector<double> moduli;                    // |eigenvalue|
    Stability stability = Stability::NonHyperbolic;
    int unstableCount = 0; // eigenvalues outside the unit circle (maps) or in the right half-plane (flows)
    double determinant = 0.0;
    double residual = 0.0; // max |F(x) - x| (maps) or max |F(x)| (flows)
    bool homogeneous = false; // a network state with every node equal (the synchronous state)
};

struct FixedPointOptions {
    std::vector<double> boxMin, boxMax; // seed box; empty: the default initial state -+ 10
    int seeds = 256;                    // the default initial state first, then uniform random seeds
    std::uint64_t seed = 1;
    int maxIterations = 100;
    double tolerance = 1e-12;      // residual accepted as converged (relative to 1 + |x|)
    double duplicateTolerance = 1e-7; // points closer than this (max norm, relative) are one point
    double hyperbolicTolerance = 1e-8; // |modulus - 1| (or |Re|) below this is non-hyperbolic
    // For networks (per-node variables named "x0", "x1", ...): every second seed is
    // homogeneous (each variable equal on all nodes), so the synchronous fixed point is found
    // even when random seeds in a high-dimensional box rarely converge to it.
    bool homogeneousSeeds = true;
    int threads = 0;

    bool operator==(const FixedPointOptions&) const = default;
};

// Classifies a point: eigenvalues of the Jacobian there, moduli, det J, residual.
FixedPoint analyseFixedPoint(const Model& model, std::span<const double> state, double hyperbolicTolerance = 1e-8);

// State indices grouped by variable over the nodes of a network ("x0", "x1", ... form one
// group); empty when the variable names show no node structure.
std::vector<std::vector<int>> nodeVariableGroups(const Model& model);

// Every distinct fixed point found, sorted by the first state component (then the next).
// Throws InputError for bad options. Deterministic whatever the thread count.
std::vector<FixedPoint> findFixedPoints(const Model& model, const FixedPointOptions& options = {},
                                        Progress* progress = nullptr);

// Newton from one seed; returns false when it does not converge (non-finite values,
// a singular Jacobian, or maxIterations reached).
bool newtonFixedPoint(const Model& model, std::vector<double>& x, const FixedPointOptions& options);

} // namespace nd
