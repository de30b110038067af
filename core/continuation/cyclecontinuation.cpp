#include "continuation/cyclecontinuation.h"

#include "common/errors.h"
#include "continuation/arclength.h"
#include "continuation/cyclemap.h"
#include "continuation/normalform.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

namespace {

// H(x, p) = F^K(x) - x with unknowns y = (x, p).
class CycleProblem : public ArclengthProblem {
public:
    CycleProblem(const Model& model, int period, const std::string& parameter,
                 std::pair<double, double> range)
        : m_map(model, period, {parameter}), m_n(model.dimension()), m_range(range), m_name(parameter)
    {
    }

    int unknowns() const override { return m_n + 1; }

    bool evaluate(const Eigen::VectorXd& y, Eigen::VectorXd& r, Eigen::MatrixXd* jac,
                  PointFailure& why) override
    {
        if (!m_map.setParameters(&y(m_n), &why.message)) {
            why.kind =
                std::isfinite(y(m_n)) ? PointFailure::Kind::OutsideModel : PointFailure::Kind::NonFinite;
            return false;
        }
        r.resize(m_n);
        if (!m_map.residual(y.data(), r.data())) {
            why = {PointFailure::Kind::NonFinite, "the map produced non-finite values"};
            return false;
        }
        if (jac) {
            Eigen::MatrixXd a;
            jac->resize(m_n, m_n + 1);
            if (!m_map.monodromy(y.data(), a) ||
                !m_map.parameterDerivative(y.data(), 0, jac->col(m_n).data())) {
                why = {PointFailure::Kind::NonFinite, "the Jacobian is not finite"};
                return false;
            }
            jac->leftCols(m_n) = a - Eigen::MatrixXd::Identity(m_n, m_n);
        }
        return true;
    }

    std::optional<std::pair<StopReason, std::string>> outOfRange(const Eigen::VectorXd& y) const override
    {
        const double p = y(m_n);
        if (p >= m_range.first && p <= m_range.second)
            return std::nullopt;
        std::ostringstream os;
        os << "parameter '" << m_name << "' = " << p << " left the range [" << m_range.first << ", "
           << m_range.second << "]";
        return std::make_pair(StopReason::ParameterRange, os.str());
    }

    int testFunctionCount() const override { return 4; }

    bool testFunctions(const Eigen::VectorXd& y, const Eigen::VectorXd& t, const Eigen::MatrixXd& jac,
                       std::vector<double>& out) override
    {
        if (!m_map.setParameters(&y(m_n)) || !m_map.monodromy(y.data(), m_a))
            return false;
        const Eigen::MatrixXd& a = m_a;
        Eigen::MatrixXd bordered(m_n + 1, m_n + 1);
        bordered.topRows(m_n) = jac;
        bordered.row(m_n) = t.transpose();
        out[0] = t(m_n);                 // LP: turning point
        out[1] = bordered.determinant(); // BP
        // PD and NS: the sign of det(A + I) = prod (mu_i + 1) and of prod_{i<j} (mu_i mu_j - 1)
        // (real: complex multipliers come in pairs), times the distance of the nearest multiplier
        // (pair product) to -1 (to 1). The sign catches every odd crossing; the distance makes
        // each zero simple even where symmetry makes several multipliers cross together.
        m_mu = multipliersOf(a);
        m_muAt = y;
        const auto& mu = m_mu;
        const double det = (a + Eigen::MatrixXd::Identity(m_n, m_n)).determinant();
        double nearest = INFINITY;
        for (const auto& m : mu)
            nearest = std::min(nearest, std::abs(m + 1.0));
        out[2] = std::copysign(nearest, det);
        std::complex<double> ns = 1.0;
        double nearestPair = INFINITY;
        for (std::size_t i = 0; i < mu.size(); ++i)
            for (std::size_t j = i + 1; j < mu.size(); ++j) {
                ns *= mu[i] * mu[j] - 1.0;
                nearestPair = std::min(nearestPair, std::abs(mu[i] * mu[j] - 1.0));
            }
        out[3] = mu.size() < 2 ? 1.0 : std::copysign(nearestPair, ns.real());
        return std::isfinite(out[1]) && std::isfinite(out[2]) && std::isfinite(out[3]);
    }

    BranchPoint makePoint(const Eigen::VectorXd& y) override
    {
        BranchPoint point;
        point.parameters = {y(m_n)};
        point.state.assign(y.data(), y.data() + m_n);
        // The engine evaluates the test functions at every point it keeps: reuse their multipliers.
        if (m_muAt.size() == y.size() && m_muAt == y) {
            point.multipliers = m_mu;
        } else {
            Eigen::MatrixXd a;
            m_map.setParameters(&y(m_n));
            if (m_map.monodromy(y.data(), a))
                point.multipliers = multipliersOf(a);
        }
        point.stable = !point.multipliers.empty() && allInsideUnitCircle(point.multipliers);
        return point;
    }

    std::optional<SpecialPoint> classify(int index, const Eigen::VectorXd& y,
                                         const BranchPoint& point) override
    {
        SpecialPoint sp;
        switch (index) {
        case 0:
            sp.label = "LP";
            sp.description = "fold (limit point): multiplier +1";
            sp.criticality = criticality(y, [this, &y](const Eigen::MatrixXd& a) {
                Eigen::VectorXd fp(m_n);
                if (!m_map.parameterDerivative(y.data(), 0, fp.data()))
                    fp.resize(0); // unoriented; foldCriticality says so
                return foldCriticality(m_map, y.data(), a, fp);
            });
            break;
        case 1:
            sp.label = "BP";
            sp.description = "branch point: multiplier +1 with another branch crossing";
            break;
        case 2:
            sp.label = "PD";
            sp.description = "flip (period doubling): multiplier -1";
            sp.criticality = criticality(
                y, [this, &y](const Eigen::MatrixXd& a) { return flipCriticality(m_map, y.data(), a); });
            break;
        default: {
            // The critical pair: the product closest to 1. A real reciprocal pair is a neutral saddle.
            const auto& mu = point.multipliers;
            double best = INFINITY;
            std::complex<double> critical;
            for (std::size_t i = 0; i < mu.size(); ++i)
                for (std::size_t j = i + 1; j < mu.size(); ++j)
                    if (std::abs(mu[i] * mu[j] - 1.0) < best) {
                        best = std::abs(mu[i] * mu[j] - 1.0);
                        critical = mu[i];
                    }
            if (std::fabs(critical.imag()) < 1e-7)
                return std::nullopt; // neutral saddle: not a bifurcation
            sp.label = "NS";
            sp.description = "Neimark-Sacker: complex pair on the unit circle";
            sp.rotationAngle = std::fabs(std::arg(critical));
            sp.criticality = criticality(y, [this, &y](const Eigen::MatrixXd& a) {
                return neimarkSackerCriticality(m_map, y.data(), a);
            });
        }
        }
        return sp;
    }

private:
    // The verdict at y = (x, p) from `judge(A)`, or Undefined when A cannot be evaluated there.
    template <class Judge> Criticality criticality(const Eigen::VectorXd& y, Judge judge)
    {
        Eigen::MatrixXd a;
        if (!m_map.setParameters(&y(m_n)) || !m_map.monodromy(y.data(), a)) {
            Criticality c;
            c.verdict = Verdict::Undefined;
            c.coefficient = NAN;
            c.reason = "the map or its Jacobian cannot be evaluated at the point";
            return c;
        }
        return judge(a);
    }

    CycleMap m_map;
    int m_n;
    std::pair<double, double> m_range;
    std::string m_name;
    Eigen::MatrixXd m_a;
    std::vector<std::complex<double>> m_mu; // multipliers at m_muAt (last test-function point)
    Eigen::VectorXd m_muAt;
};

Branch emptyBranch(const Model& model, int period, const std::string& parameter)
{
    Branch b;
    b.kind = BranchKind::Cycle;
    b.modelType = model.typeName();
    b.period = period;
    b.parameterNames = {parameter};
    b.variableNames = model.variableNames();
    b.conventions = {
        "state: one point of the period-K cycle; multipliers: eigenvalues of the product of the K "
        "analytic step Jacobians along the cycle",
        "parameter derivatives: central differences with relative step 6e-6",
        "test functions: LP tangent parameter component, BP det([H_y; t]), PD sign(det(A + I)) min|mu + 1|, "
        "NS sign(prod_{i<j}(mu_i mu_j - 1)) min|mu_i mu_j - 1|; zeros located by regula falsi along the "
        "curve",
        "criticality of LP: " + foldNormalForm(),
        "criticality of PD: " + flipNormalForm(),
        "criticality of NS: " + neimarkSackerNormalForm()};
    return b;
}

Branch run(const Model& model, const std::vector<double>& state, double start, int period,
           const ContinuationOptions& options, Progress* progress, const Eigen::VectorXd* switchDirection)
{
    const ArclengthSettings settings = validatedSettings(options);
    const auto range =
        parameterRange(model, options.parameter, options.minimum, options.maximum, "parameter");
    const int n = model.dimension();
    if (static_cast<int>(state.size()) != n)
        throw InputError("continuation: the start state has " + std::to_string(state.size()) +
                         " values but the model has dimension " + std::to_string(n));
    for (std::size_t i = 0; i < state.size(); ++i)
        requireFinite(state[i], "continuation start state component " + std::to_string(i));
    requireFinite(start, "continuation start value of '" + options.parameter + "'");

    CycleProblem problem(model, period, options.parameter, range);
    Branch branch = emptyBranch(model, period, options.parameter);
    ArclengthStart s;
    s.guess.resize(n + 1);
    for (int i = 0; i < n; ++i)
        s.guess(i) = state[static_cast<std::size_t>(i)];
    s.guess(n) = start;
    s.constraint = Eigen::VectorXd::Zero(n + 1);
    s.orientation = Eigen::VectorXd::Zero(n + 1);
    if (switchDirection) {
        // Leave the old cycle along the flip eigenvector at the flip's parameter value.
        s.guess.head(n) += options.initialStep * *switchDirection;
        s.constraint.head(n) = *switchDirection;
        s.orientation.head(n) = *switchDirection;
    } else {
        s.constraint(n) = 1.0;
        s.orientation(n) = options.direction;
    }
    runArclength(problem, s, settings, branch, progress);
    return branch;
}

} // namespace

Branch continueCycle(const Model& model, const std::vector<double>& state, int period,
                     const ContinuationOptions& options, Progress* progress)
{
    const double start = options.startValue ? *options.startValue : model.parameter(options.parameter);
    return run(model, state, start, period, options, progress, nullptr);
}

Branch continueFromPoint(const Model& model, const Branch& branch, const BranchPoint& point,
                         const ContinuationOptions& options, Progress* progress)
{
    if (branch.kind != BranchKind::Cycle)
        throw InputError("continuation: a new cycle branch can only start from a point of a cycle branch");
    auto clone = model.clone();
    for (std::size_t i = 0; i < branch.parameterNames.size() && i < point.parameters.size(); ++i)
        clone->setParameter(branch.parameterNames[i], point.parameters[i]);
    ContinuationOptions o = options;
    if (!o.startValue)
        o.startValue = clone->parameter(o.parameter);
    return run(*clone, point.state, *o.startValue, branch.period, o, progress, nullptr);
}

Branch switchAtFlip(const Model& model, const Branch& branch, const SpecialPoint& flip,
                    const ContinuationOptions& options, Progress* progress)
{
    if (branch.kind != BranchKind::Cycle || flip.label != "PD" || branch.parameterNames.size() != 1)
        throw InputError("continuation: branch switching needs a PD point of a one-parameter cycle branch");
    if (static_cast<int>(flip.point.state.size()) != model.dimension())
        throw InputError("continuation: the flip point does not belong to this model");
    auto clone = model.clone();
    clone->setParameter(branch.parameterNames[0], flip.point.parameters[0]);
    CycleMap map(*clone, branch.period, branch.parameterNames);
    Eigen::MatrixXd a;
    if (!map.monodromy(flip.point.state.data(), a))
        throw InputError("continuation: the Jacobian is not finite at the flip point");
    const int n = model.dimension();
    // The eigenvector of the multiplier -1: right singular vector of A + I for the smallest value.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a + Eigen::MatrixXd::Identity(n, n), Eigen::ComputeFullV);
    const Eigen::VectorXd q = svd.matrixV().col(n - 1);
    ContinuationOptions o = options;
    o.parameter = branch.parameterNames[0];
    // The doubled cycle leaves the flip like a parabola, p - p* ~ c eps^2, and c grows quickly
    // along a cascade: an offset that lands far from p* has jumped; halve it until the first
    // corrected point stays within eps of p* in the parameter.
    const double pStar = flip.point.parameters[0];
    for (int attempt = 0; attempt < 12; ++attempt) {
        ContinuationOptions trial = o;
        trial.maxPoints = 2;
        trial.locateSpecialPoints = false;
        const Branch first = run(*clone, flip.point.state, pStar, 2 * branch.period, trial, nullptr, &q);
        if (!first.points.empty() && std::fabs(first.points.front().parameters[0] - pStar) <= o.initialStep)
            break;
        if (o.initialStep * 0.5 < o.minStep)
            break;
        o.initialStep *= 0.5;
    }
    return run(*clone, flip.point.state, pStar, 2 * branch.period, o, progress, &q);
}

} // namespace nd
