// The generic pseudo-arclength engine shared by all continuation problems: tangent predictor,
// Newton corrector on the bordered (Keller) system, adaptive step size, detection of sign
// changes of test functions and their location by Illinois regula falsi along the curve (each
// trial point corrected back onto the curve). Problems describe H: R^N -> R^(N-1) and their
// test functions through ArclengthProblem. Runs on the calling thread; one problem per run.
#pragma once

#include "continuation/branch.h"

#include <Eigen/Dense>

#include <optional>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct ArclengthSettings {
    int maxPoints = 500;
    double initialStep = 1e-2;
    double minStep = 1e-9;
    double maxStep = 0.1;
    double tolerance = 1e-11; // Newton: max-norm of the update (relative) and of the residual
    int maxNewtonIterations = 10;
    bool locate = true;
};

// Why a point could not be evaluated or corrected. The kind decides how a branch stops (so no
// caller searches the message for "finite" or "valid range"); the message is for people.
struct PointFailure {
    enum class Kind {
        NonFinite,    // the map, its Jacobian or a parameter value is not finite
        OutsideModel, // the model refused a parameter value outside its valid range
        Other,        // Newton diverged or did not converge, a singular system, a sharp turn
    };
    Kind kind = Kind::Other;
    std::string message;
};

class ArclengthProblem {
public:
    virtual ~ArclengthProblem() = default;
    virtual int unknowns() const = 0;
    // r = H(y) (N-1 entries) and, if jac is given, its (N-1) x N Jacobian. False with the
    // failure when the model cannot be evaluated there (non-finite values, parameter refused).
    virtual bool evaluate(const Eigen::VectorXd& y, Eigen::VectorXd& r, Eigen::MatrixXd* jac,
                          PointFailure& why) = 0;
    // A stop reason when an accepted point lies outside the allowed region.
    virtual std::optional<std::pair<StopReason, std::string>> outOfRange(const Eigen::VectorXd& y) const = 0;
    virtual int testFunctionCount() const = 0;
    // Test functions at a point on the curve with its unit tangent t and the Jacobian there.
    virtual bool testFunctions(const Eigen::VectorXd& y, const Eigen::VectorXd& t, const Eigen::MatrixXd& jac,
                               std::vector<double>& out) = 0;
    // Called for every accepted point (problems with bordered systems update their borders).
    virtual void accept(const Eigen::VectorXd& /*y*/) {}
    // True when accept() changes the test functions (borders), so they must be re-evaluated.
    virtual bool acceptChangesTests() const { return false; }
    virtual BranchPoint makePoint(const Eigen::VectorXd& y) = 0;
    // Labels a located zero of test function `index`; nullopt rejects it (e.g. a neutral saddle).
    virtual std::optional<SpecialPoint> classify(int index, const Eigen::VectorXd& y,
                                                 const BranchPoint& point) = 0;
};

struct ArclengthStart {
    Eigen::VectorXd guess;       // approximate first point
    Eigen::VectorXd constraint;  // the start is corrected on constraint . (y - guess) = 0; empty:
                                 // the null vector of the Jacobian at the guess (orthogonal correction)
    Eigen::VectorXd orientation; // the initial tangent is oriented so that t . orientation > 0 ...
    Eigen::VectorXd fallback;    // ... or t . fallback > 0 where t is (nearly) orthogonal to orientation
};

// Fills branch.points, branch.specialPoints, stopReason and stopMessage.
void runArclength(ArclengthProblem& problem, const ArclengthStart& start, const ArclengthSettings& settings,
                  Branch& branch, Progress* progress);

} // namespace nd
