#include "continuation/curveproblem.h"

#include "common/errors.h"
#include "continuation/normalform.h"

#include <cmath>
#include <sstream>

namespace nd {

namespace {
using Complexes = std::vector<std::complex<double>>;
} // namespace

CurveProblem::CurveProblem(const Model& model, int period, BranchKind kind,
                           const std::vector<std::string>& parameters, std::pair<double, double> range1,
                           std::pair<double, double> range2)
    : m_map(model, period, parameters), m_kind(kind), m_n(model.dimension()), m_range{range1, range2},
      m_names(parameters)
{
    if (kind == BranchKind::NeimarkSacker && m_n < 2)
        throw InputError("continuation: a Neimark-Sacker curve needs a map of dimension 2 or more");
}

Eigen::MatrixXd CurveProblem::criticalMatrix(const Eigen::MatrixXd& a) const
{
    switch (m_kind) {
    case BranchKind::FoldCurve:
        return a - Eigen::MatrixXd::Identity(m_n, m_n);
    case BranchKind::FlipCurve:
        return a + Eigen::MatrixXd::Identity(m_n, m_n);
    default: {
        const Eigen::MatrixXd c = secondCompound(a);
        return c - Eigen::MatrixXd::Identity(c.rows(), c.cols());
    }
    }
}

bool CurveProblem::bordered(const Eigen::VectorXd& y, Bordered& out)
{
    if (!m_map.setParameters(&y(m_n)) || !m_map.monodromy(y.data(), out.a))
        return false;
    const Eigen::MatrixXd m = criticalMatrix(out.a);
    const Eigen::Index k = m.rows();
    Eigen::MatrixXd big = Eigen::MatrixXd::Zero(k + 1, k + 1);
    big.topLeftCorner(k, k) = m;
    big.topRightCorner(k, 1) = m_b;
    big.bottomLeftCorner(1, k) = m_c.transpose();
    Eigen::VectorXd e = Eigen::VectorXd::Zero(k + 1);
    e(k) = 1.0;
    const auto lu = big.partialPivLu();
    const Eigen::VectorXd right = lu.solve(e);
    const Eigen::VectorXd left = big.transpose().partialPivLu().solve(e);
    out.v = right.head(k);
    out.w = left.head(k);
    out.g = right(k);
    return right.allFinite() && left.allFinite();
}

bool CurveProblem::initBorders(const Eigen::VectorXd& y)
{
    Eigen::MatrixXd a;
    if (!m_map.setParameters(&y(m_n)) || !m_map.monodromy(y.data(), a))
        return false;
    const Eigen::MatrixXd m = criticalMatrix(a);
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(m, Eigen::ComputeFullU | Eigen::ComputeFullV);
    m_b = svd.matrixU().col(m.cols() - 1);
    m_c = svd.matrixV().col(m.cols() - 1);
    return true;
}

bool CurveProblem::evaluate(const Eigen::VectorXd& y, Eigen::VectorXd& r, Eigen::MatrixXd* jac,
                            PointFailure& why)
{
    if (!m_map.setParameters(&y(m_n), &why.message)) {
        why.kind = y.tail(2).allFinite() ? PointFailure::Kind::OutsideModel : PointFailure::Kind::NonFinite;
        return false;
    }
    r.resize(m_n + 1);
    Bordered b;
    if (!m_map.residual(y.data(), r.data()) || !bordered(y, b)) {
        why = {PointFailure::Kind::NonFinite, "the map produced non-finite values"};
        return false;
    }
    r(m_n) = b.g;
    if (!jac)
        return true;
    jac->setZero(m_n + 1, m_n + 2);
    jac->topLeftCorner(m_n, m_n) = b.a - Eigen::MatrixXd::Identity(m_n, m_n);
    for (int k = 0; k < 2; ++k)
        if (!m_map.parameterDerivative(y.data(), k, jac->col(m_n + k).data())) {
            why = {PointFailure::Kind::OutsideModel,
                   "parameter derivative failed (parameter at the edge of its valid range)"};
            return false;
        }
    // Derivatives of the bordered scalar by central differences.
    Eigen::VectorXd z = y;
    for (int k = 0; k < m_n + 2; ++k) {
        const double h = 6e-6 * std::max(1.0, std::fabs(y(k)));
        Bordered plus, minus;
        z(k) = y(k) + h;
        const bool ok = bordered(z, plus);
        z(k) = y(k) - h;
        const bool ok2 = bordered(z, minus);
        z(k) = y(k);
        if (!ok || !ok2) {
            m_map.setParameters(&y(m_n));
            why = {PointFailure::Kind::Other,
                   "the test function could not be differentiated (model refused a perturbed parameter)"};
            return false;
        }
        (*jac)(m_n, k) = (plus.g - minus.g) / (2.0 * h);
    }
    m_map.setParameters(&y(m_n));
    return jac->allFinite();
}

std::optional<std::pair<StopReason, std::string>> CurveProblem::outOfRange(const Eigen::VectorXd& y) const
{
    for (int k = 0; k < 2; ++k) {
        const double p = y(m_n + k);
        if (p < m_range[k].first || p > m_range[k].second) {
            std::ostringstream os;
            os << "parameter '" << m_names[static_cast<std::size_t>(k)] << "' = " << p << " left the range ["
               << m_range[k].first << ", " << m_range[k].second << "]";
            return std::make_pair(StopReason::ParameterRange, os.str());
        }
    }
    return std::nullopt;
}

int CurveProblem::testFunctionCount() const
{
    switch (m_kind) {
    case BranchKind::FoldCurve:
        return 4;
    case BranchKind::FlipCurve:
        return 4;
    default:
        return 8;
    }
}

bool CurveProblem::cuspCoefficient(const Eigen::VectorXd& y, const Bordered& b, double& value)
{
    // Normal-form coefficient a = p^T B(q, q) / 2 with A q = q, p^T A = p^T, p^T q = 1, where
    // B(q, q) is the derivative of A(x) q along q (central difference on the analytic Jacobians).
    const Eigen::VectorXd q = b.v / b.v.norm();
    const double pq = b.w.dot(q);
    if (pq == 0.0)
        return false;
    const Eigen::VectorXd p = b.w / pq;
    const double h = 1e-4 * (1.0 + y.head(m_n).lpNorm<Eigen::Infinity>());
    Eigen::VectorXd xp = y.head(m_n) + h * q, xm = y.head(m_n) - h * q;
    Eigen::MatrixXd ap, am;
    if (!m_map.monodromy(xp.data(), ap) || !m_map.monodromy(xm.data(), am))
        return false;
    value = 0.5 * p.dot((ap - am) * q) / (2.0 * h);
    return std::isfinite(value);
}

bool CurveProblem::testFunctions(const Eigen::VectorXd& y, const Eigen::VectorXd&, const Eigen::MatrixXd&,
                                 std::vector<double>& out)
{
    Bordered b;
    if (!bordered(y, b))
        return false;
    const Complexes mu = multipliersOf(b.a);
    const auto none = mu.size();
    const Eigen::MatrixXd id = Eigen::MatrixXd::Identity(m_n, m_n);
    switch (m_kind) {
    case BranchKind::FoldCurve: {
        const std::size_t c = closestTo(mu, 1.0);
        if (!cuspCoefficient(y, b, out[0]))
            return false;
        out[1] = b.w.dot(b.v) / (b.w.norm() * b.v.norm()); // R1: left and right null vectors orthogonal
        out[2] = (b.a + id).determinant();                 // LPPD: another multiplier -1
        out[3] = pairProduct(mu, c, none);                 // LPNS: another pair on the unit circle
        break;
    }
    case BranchKind::FlipCurve: {
        const std::size_t c = closestTo(mu, -1.0);
        out[0] = b.w.dot(b.v) / (b.w.norm() * b.v.norm()); // R2
        out[1] = (b.a - id).determinant();                 // LPPD
        out[2] = pairProduct(mu, c, none);                 // PDNS
        // GPD: the cubic normal-form coefficient vanishes. Where it cannot be computed (1 is a
        // multiplier too, at LPPD) the value 0 makes no sign change and leaves the others alone.
        if (!flipCoefficient(m_map, y.data(), b.a, out[3]))
            out[3] = 0.0;
        break;
    }
    default: {
        const auto pair = criticalPair(mu, none, none);
        // The mean of a cluster of eigenvalues is well conditioned even where they coalesce (R1, R2).
        const double kappa = 0.5 * (mu[pair.first] + mu[pair.second]).real();
        out[0] = kappa - 1.0;
        out[1] = kappa + 1.0;
        out[2] = kappa + 0.5;
        out[3] = kappa;
        out[4] = shiftedProduct(mu, pair.first, pair.second, -1.0);
        out[5] = shiftedProduct(mu, pair.first, pair.second, 1.0);
        out[6] = pairProduct(mu, pair.first, pair.second);
        // CH: the first Lyapunov coefficient Re d vanishes. It is undefined on the neutral-saddle
        // part of the curve and where d cannot be computed: 0 there makes no sign change. A value
        // within the rounding noise of d counts as 0 too: on an area-preserving map Re d is 0
        // all along the curve (d is imaginary), and noise must not make CH points.
        std::complex<double> d;
        out[7] = 0.0;
        if (isComplexPair(mu, pair) && neimarkSackerCoefficient(m_map, y.data(), b.a, d) &&
            std::fabs(d.real()) > 1e-7 * std::abs(d))
            out[7] = d.real();
    }
    }
    m_map.setParameters(&y(m_n));
    for (int i = 0; i < testFunctionCount(); ++i)
        if (!std::isfinite(out[static_cast<std::size_t>(i)]))
            return false;
    return true;
}

void CurveProblem::accept(const Eigen::VectorXd& y)
{
    Bordered b;
    if (bordered(y, b) && b.v.norm() > 0 && b.w.norm() > 0) {
        m_c = b.v / b.v.norm();
        m_b = b.w / b.w.norm();
    }
    m_map.setParameters(&y(m_n));
}

BranchPoint CurveProblem::makePoint(const Eigen::VectorXd& y)
{
    BranchPoint point;
    point.parameters = {y(m_n), y(m_n + 1)};
    point.state.assign(y.data(), y.data() + m_n);
    Eigen::MatrixXd a;
    if (m_map.setParameters(&y(m_n)) && m_map.monodromy(y.data(), a)) {
        point.multipliers = multipliersOf(a);
        point.stable = allInsideUnitCircle(point.multipliers);
    }
    return point;
}

std::optional<SpecialPoint> CurveProblem::classify(int index, const Eigen::VectorXd&,
                                                   const BranchPoint& point)
{
    const Complexes& mu = point.multipliers;
    const auto none = mu.size();
    SpecialPoint sp;
    auto set = [&](const char* label, const char* description) {
        sp.label = label;
        sp.description = description;
    };
    if (m_kind == BranchKind::FoldCurve || m_kind == BranchKind::FlipCurve) {
        const bool fold = m_kind == BranchKind::FoldCurve;
        if (!fold && index == 3) {
            set("GPD", "generalised flip: flip with vanishing normal-form coefficient");
            return sp;
        }
        const std::size_t c = closestTo(mu, fold ? 1.0 : -1.0);
        const int i = fold ? index : index + 1; // flip curves have no cusp test
        switch (i) {
        case 0:
            set("CP", "cusp: fold with vanishing normal-form coefficient");
            break;
        case 1:
            if (fold)
                set("R1", "1:1 resonance: double multiplier +1");
            else
                set("R2", "1:2 resonance: double multiplier -1");
            break;
        case 2:
            if (fold)
                set("LPPD", "fold-flip: multipliers +1 and -1");
            else
                set("LPPD", "fold-flip: multipliers -1 and +1");
            break;
        default: {
            const auto pair = criticalPair(mu, c, none);
            if (!isComplexPair(mu, pair))
                return std::nullopt; // another pair became a neutral saddle: no bifurcation
            if (fold)
                set("LPNS", "fold-Neimark-Sacker: multiplier +1 and a complex pair on the unit circle");
            else
                set("PDNS", "flip-Neimark-Sacker: multiplier -1 and a complex pair on the unit circle");
            sp.rotationAngle = std::fabs(std::arg(mu[pair.first]));
        }
        }
        return sp;
    }
    const auto pair = criticalPair(mu, none, none);
    const double kappa = 0.5 * (mu[pair.first] + mu[pair.second]).real();
    const bool ns = std::fabs(kappa) < 1.0;
    switch (index) {
    case 0:
        set("R1", "1:1 resonance: NS pair meets at +1");
        break;
    case 1:
        set("R2", "1:2 resonance: NS pair meets at -1");
        break;
    case 2:
        set("R3", "1:3 resonance: NS pair exp(+-2 pi i/3)");
        break;
    case 3:
        set("R4", "1:4 resonance: NS pair exp(+-pi i/2)");
        break;
    case 4:
        set("LPNS", "fold-Neimark-Sacker: NS pair and a multiplier +1");
        break;
    case 5:
        set("PDNS", "flip-Neimark-Sacker: NS pair and a multiplier -1");
        break;
    case 7:
        if (!isComplexPair(mu, pair))
            return std::nullopt;
        set("CH", "Chenciner: Neimark-Sacker with vanishing first Lyapunov coefficient");
        break;
    default: {
        const auto other = criticalPair(mu, pair.first, pair.second);
        if (!isComplexPair(mu, other))
            return std::nullopt;
        set("NSNS", "double Neimark-Sacker: two complex pairs on the unit circle");
    }
    }
    if (index >= 2 && !ns)
        return std::nullopt; // on the neutral-saddle part of the curve these are not bifurcations
    if (std::fabs(kappa) <= 1.0)
        sp.rotationAngle = std::acos(kappa);
    return sp;
}

} // namespace nd
