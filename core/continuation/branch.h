// Results of numerical continuation: a branch is an ordered list of solution points (fixed
// points / period-K cycles in one parameter, or fold / flip / Neimark-Sacker curves in two
// parameters) with multipliers, a stability flag, labelled special points and the reason the
// branch stopped. Plain values: any thread may read or copy them once the computation is done.
#pragma once

#include <complex>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace nd {

enum class BranchKind {
    Cycle,        // fixed points of F^K followed in one parameter
    FoldCurve,    // multiplier +1, two parameters
    FlipCurve,    // multiplier -1, two parameters
    NeimarkSacker // product of a multiplier pair = 1 (NS, or neutral saddle beyond R1/R2)
};

// Why a branch ended. Every branch ends for exactly one stated reason.
enum class StopReason {
    MaxPoints,      // the requested number of points was reached
    ParameterRange, // the next point left the requested parameter range
    ModelRange,     // the next point needed a parameter outside the model's valid range
    StepUnderflow,  // the corrector kept failing until the step fell below the minimum step
    NewtonDiverged, // the start point could not be corrected onto the branch
    NonFinite,      // the map produced non-finite values at the start point
    ClosedLoop,     // the branch returned to its first point
    Canceled        // the caller cancelled through nd::Progress
};

std::string branchKindName(BranchKind kind);
std::string stopReasonName(StopReason reason);

struct BranchPoint {
    std::vector<double> parameters;                // one (cycles) or two (curves) values
    std::vector<double> state;                     // one point of the cycle
    std::vector<std::complex<double>> multipliers; // eigenvalues of D(F^K), sorted by modulus, descending
    bool stable = false;                           // every multiplier strictly inside the unit circle
};

// How a codimension-1 point of a one-parameter branch unfolds, from the normal-form coefficient
// of F^K there (normalform.h states each normal form and its sign convention). Fold points have
// no super/sub: a nondegenerate fold only says on which side of it the two cycles exist.
enum class Verdict {
    NotComputed,   // not a codimension-1 point of a cycle branch (BP, points of curves)
    Supercritical, // PD, NS: a small stable cycle / invariant circle is born where the cycle loses stability
    Subcritical,   // PD, NS: a small unstable cycle / circle exists before; nothing small attracts after
    Nondegenerate, // LP: quadratic coefficient nonzero, a fold of two cycles
    Degenerate,    // |coefficient| below the tolerance: a codimension-2 point (cusp, GPD, Chenciner)
    Undefined      // the coefficient cannot be computed here; Criticality::reason says why
};

std::string verdictName(Verdict verdict); // "supercritical", ..., "undefined"

struct Criticality {
    Verdict verdict = Verdict::NotComputed;
    double coefficient = std::numeric_limits<double>::quiet_NaN(); // NaN when NotComputed / Undefined
    std::string normalForm; // which normal form, normalisation and sign convention
    std::string reason;     // Undefined: why; Degenerate: the rule; NS near a strong resonance: the note
    int resonance = 0;      // NS: q when the rotation angle is within the tolerance of 2 pi / q, q = 1..4
};

// A located bifurcation. Labels follow MatContM:
//   cycles: LP (fold, +1), PD (flip, -1), NS (Neimark-Sacker), BP (branch point)
//   curves: CP (cusp), R1, R2, R3, R4 (strong resonances), LPPD (fold-flip), LPNS (fold-NS),
//           PDNS (flip-NS), NSNS (double NS), GPD (generalised flip), CH (Chenciner)
struct SpecialPoint {
    std::string label;
    std::string description;
    std::size_t pointIndex = 0; // index of this point in Branch::points
    BranchPoint point;
    std::optional<double> rotationAngle; // NS: argument in (0, pi) of the critical pair
    double testValue = 0.0;              // |test function| at the located point
    Criticality criticality;             // LP, PD, NS of cycle branches
};

struct Branch {
    BranchKind kind = BranchKind::Cycle;
    std::string modelType;
    int period = 1;
    std::vector<std::string> parameterNames;
    std::vector<std::string> variableNames;
    std::vector<BranchPoint> points;
    std::vector<SpecialPoint> specialPoints;
    StopReason stopReason = StopReason::MaxPoints;
    std::string stopMessage;              // human-readable reason with the numbers
    std::vector<std::string> conventions; // e.g. how parameter derivatives were taken
};

} // namespace nd
