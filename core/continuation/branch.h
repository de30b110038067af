// Results of numerical continuation: a branch is an ordered list of solution points (fixed
// points / period-K cycles in one parameter, or fold / flip / Neimark-Sacker curves in two
// parameters) with multipliers, a stability flag, labelled special points and the reason the
// branch stopped. Plain values: any thread may read or copy them once the computation is done.
#pragma once

#include <complex>
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
