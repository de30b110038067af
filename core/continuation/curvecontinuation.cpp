#include "continuation/curvecontinuation.h"

#include "common/errors.h"
#include "continuation/curveproblem.h"

namespace nd {

Branch continueCurve(const Model& model, const Branch& branch, const SpecialPoint& point,
                     const ContinuationOptions& options, Progress* progress)
{
    if (branch.kind != BranchKind::Cycle || branch.parameterNames.size() != 1)
        throw InputError(
            "continuation: a bifurcation curve starts from a point of a one-parameter cycle branch");
    BranchKind kind;
    if (point.label == "LP")
        kind = BranchKind::FoldCurve;
    else if (point.label == "PD")
        kind = BranchKind::FlipCurve;
    else if (point.label == "NS")
        kind = BranchKind::NeimarkSacker;
    else
        throw InputError("continuation: only LP, PD and NS points start a curve (got '" + point.label + "')");
    const int n = model.dimension();
    if (static_cast<int>(point.point.state.size()) != n || point.point.parameters.size() != 1)
        throw InputError("continuation: the special point does not belong to this model");
    if (options.secondParameter.empty() || options.secondParameter == branch.parameterNames[0])
        throw InputError("continuation: 'secondParameter' must name a parameter other than '" +
                         branch.parameterNames[0] + "'");
    const ArclengthSettings settings = validatedSettings(options);
    const std::string& first = branch.parameterNames[0];
    const auto range1 = parameterRange(model, first, options.minimum, options.maximum, "parameter");
    const auto range2 = parameterRange(model, options.secondParameter, options.secondMinimum,
                                       options.secondMaximum, "secondParameter");

    auto clone = model.clone();
    clone->setParameter(first, point.point.parameters[0]);
    CurveProblem problem(*clone, branch.period, kind, {first, options.secondParameter}, range1, range2);

    Branch out;
    out.kind = kind;
    out.modelType = model.typeName();
    out.period = branch.period;
    out.parameterNames = {first, options.secondParameter};
    out.variableNames = model.variableNames();
    out.conventions = {
        "defining system: F^K(x) - x = 0 and the bordered scalar g of M = 0, M = A - I (fold), A + I (flip), "
        "second compound of A minus I (NS; also zero on neutral saddles)",
        "derivatives of g and parameter derivatives: central differences with relative step 6e-6",
        "codim-2 tests: CP normal-form coefficient, R1/R2 <left, right null vector>, NS-curve resonances "
        "from kappa = cos(theta), LPPD/LPNS/PDNS/NSNS from the remaining multipliers",
        "GPD: flip normal-form coefficient c = p.[C(q,q,q) + 3B(q,(I-A)^-1 B(q,q))]/6; CH: first Lyapunov "
        "coefficient Re d; B and C by central differences of the analytic Jacobian (steps 1e-5, 1e-4 "
        "relative)"};

    ArclengthStart s;
    s.guess.resize(n + 2);
    for (int i = 0; i < n; ++i)
        s.guess(i) = point.point.state[static_cast<std::size_t>(i)];
    s.guess(n) = point.point.parameters[0];
    s.guess(n + 1) = clone->parameter(options.secondParameter);
    // Empty constraint: the start is corrected orthogonally to the curve (a curve may run at a
    // constant value of either parameter, so holding one of them fixed could be singular).
    s.orientation = Eigen::VectorXd::Zero(n + 2);
    s.orientation(n + 1) = options.direction;
    s.fallback = Eigen::VectorXd::Zero(n + 2);
    s.fallback(n) = options.direction;
    if (!problem.initBorders(s.guess)) {
        out.stopReason = StopReason::NonFinite;
        out.stopMessage = "the Jacobian is not finite at the start point";
        return out;
    }
    runArclength(problem, s, settings, out, progress);
    return out;
}

} // namespace nd
