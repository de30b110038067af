#include "continuation/normalform.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace nd {

namespace {
using CVector = Eigen::VectorXcd;
using CMatrix = Eigen::MatrixXcd;

// Derivatives of A(x) = D(F^K)(x) along real directions, by central differences.
class JacobianDerivatives {
public:
    JacobianDerivatives(const CycleMap& map, const double* x, const Eigen::MatrixXd& a)
        : m_map(map), m_x(Eigen::Map<const Eigen::VectorXd>(x, map.dimension())), m_a(a)
    {
        const double scale = 1.0 + m_x.lpNorm<Eigen::Infinity>();
        // Steps balancing truncation (h^2) against round-off (eps/h, eps/h^2).
        m_h1 = 1e-5 * scale;
        m_h2 = 1e-4 * scale;
    }

    // D_w A (w real).
    bool first(const Eigen::VectorXd& w, Eigen::MatrixXd& out) const
    {
        Eigen::MatrixXd plus, minus;
        if (!at(w, m_h1, plus) || !at(w, -m_h1, minus))
            return false;
        out = (plus - minus) / (2.0 * m_h1);
        return out.allFinite();
    }

    // D^2_{w,w} A (w real).
    bool second(const Eigen::VectorXd& w, Eigen::MatrixXd& out) const
    {
        Eigen::MatrixXd plus, minus;
        if (!at(w, m_h2, plus) || !at(w, -m_h2, minus))
            return false;
        out = (plus - 2.0 * m_a + minus) / (m_h2 * m_h2);
        return out.allFinite();
    }

    // D_u A for complex u = r + i s (linear in u).
    bool first(const CVector& u, CMatrix& out) const
    {
        Eigen::MatrixXd dr, di;
        if (!first(Eigen::VectorXd(u.real()), dr) || !first(Eigen::VectorXd(u.imag()), di))
            return false;
        out = dr.cast<std::complex<double>>() + std::complex<double>(0, 1) * di.cast<std::complex<double>>();
        return true;
    }

    // D^2_{u,u} A for complex u = r + i s: D_rr - D_ss + 2 i D_rs, D_rs by polarisation.
    bool second(const CVector& u, CMatrix& out) const
    {
        const Eigen::VectorXd r = u.real(), s = u.imag();
        Eigen::MatrixXd rr, ss, sum, diff;
        if (!second(r, rr) || !second(s, ss) || !second(r + s, sum) || !second(r - s, diff))
            return false;
        const Eigen::MatrixXd rs = 0.25 * (sum - diff);
        out = (rr - ss).cast<std::complex<double>>() +
              std::complex<double>(0, 2) * rs.cast<std::complex<double>>();
        return true;
    }

private:
    bool at(const Eigen::VectorXd& w, double h, Eigen::MatrixXd& out) const
    {
        const Eigen::VectorXd y = m_x + h * w;
        return m_map.monodromy(y.data(), out);
    }

    const CycleMap& m_map;
    Eigen::VectorXd m_x;
    const Eigen::MatrixXd& m_a;
    double m_h1 = 0.0, m_h2 = 0.0;
};

// The eigenvector of m for the eigenvalue closest to target.
CVector eigenvectorNear(const CMatrix& m, std::complex<double> target, std::complex<double>* value = nullptr)
{
    Eigen::ComplexEigenSolver<CMatrix> es(m);
    Eigen::Index best = 0;
    for (Eigen::Index i = 1; i < es.eigenvalues().size(); ++i)
        if (std::abs(es.eigenvalues()(i) - target) < std::abs(es.eigenvalues()(best) - target))
            best = i;
    if (value)
        *value = es.eigenvalues()(best);
    return es.eigenvectors().col(best);
}

// A coefficient with the scale it is judged against, or why it is undefined.
struct Terms {
    bool ok = false;
    std::string why;
    double value = NAN;
    std::complex<double> complexValue;
    double scale = 0.0; // sum of the magnitudes of the products forming the coefficient
};

double productScale(const Eigen::VectorXd& p, const Eigen::VectorXd& v)
{
    return p.cwiseAbs().dot(v.cwiseAbs());
}

// The smallest singular value of a - shift I, relative to 1 + |a|: far from zero means `shift`
// is not a multiplier and the null vectors mean nothing.
bool hasMultiplier(const Eigen::JacobiSVD<Eigen::MatrixXd>& svd, const Eigen::MatrixXd& a, double shift,
                   std::string& why)
{
    const Eigen::Index n = a.rows();
    const double tolerance = 1e-6 * (1.0 + a.lpNorm<Eigen::Infinity>());
    const std::string name = shift > 0 ? "+1" : "-1";
    const double smallest = svd.singularValues()(n - 1);
    if (smallest > tolerance) {
        why = name + " is not a multiplier here (smallest singular value of A " + (shift > 0 ? "-" : "+") +
              " I is " + std::to_string(smallest) + ")";
        return false;
    }
    // Several multipliers at once (identical uncoupled nodes: an odd number of them makes the
    // test function change sign): the null vectors span a plane and the one-dimensional normal
    // form does not apply.
    if (n >= 2 && svd.singularValues()(n - 2) <= tolerance) {
        why = "the multiplier " + name +
              " is not simple (several multipliers cross together, e.g. by symmetry): the "
              "one-dimensional normal form does not apply";
        return false;
    }
    return true;
}

Terms foldTerms(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, const Eigen::VectorXd& fp)
{
    Terms t;
    const Eigen::Index n = a.rows();
    if (!a.allFinite()) {
        t.why = "the Jacobian is not finite";
        return t;
    }
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a - Eigen::MatrixXd::Identity(n, n),
                                          Eigen::ComputeFullU | Eigen::ComputeFullV);
    if (!hasMultiplier(svd, a, 1.0, t.why))
        return t;
    Eigen::VectorXd q = svd.matrixV().col(n - 1);
    Eigen::VectorXd p = svd.matrixU().col(n - 1);
    const double pq = p.dot(q);
    if (!(std::fabs(pq) > 1e-8)) {
        t.why = "the eigenvectors of the multiplier +1 cannot be normalised (p.q = 0: +1 is not simple)";
        return t;
    }
    p /= pq;
    // Orientation: beta = p . dF/dp grows with the parameter.
    if (fp.size() == n && p.dot(fp) < 0) {
        q = -q;
        p = -p;
    }
    const JacobianDerivatives d(map, x, a);
    Eigen::MatrixXd dq;
    if (!d.first(q, dq)) {
        t.why = "the derivatives of the map near the point are not finite";
        return t;
    }
    const Eigen::VectorXd bqq = dq * q;
    t.value = 0.5 * p.dot(bqq);
    t.scale = 0.5 * productScale(p, bqq);
    t.ok = std::isfinite(t.value);
    if (!t.ok)
        t.why = "the coefficient is not finite";
    return t;
}

Terms flipTerms(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, bool checkMultiplier)
{
    Terms t;
    const Eigen::Index n = a.rows();
    if (!a.allFinite()) {
        t.why = "the Jacobian is not finite";
        return t;
    }
    const Eigen::MatrixXd id = Eigen::MatrixXd::Identity(n, n);
    // Null vectors of A + I from the SVD: well defined even where -1 is slightly off.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a + id, Eigen::ComputeFullU | Eigen::ComputeFullV);
    if (checkMultiplier && !hasMultiplier(svd, a, -1.0, t.why))
        return t;
    const Eigen::VectorXd q = svd.matrixV().col(n - 1);
    Eigen::VectorXd p = svd.matrixU().col(n - 1);
    const double pq = p.dot(q);
    if (!(std::fabs(pq) > (checkMultiplier ? 1e-8 : 1e-12))) {
        t.why = "the eigenvectors of the multiplier -1 cannot be normalised (p.q = 0: -1 is not simple)";
        return t;
    }
    p /= pq;
    const JacobianDerivatives d(map, x, a);
    Eigen::MatrixXd dq, ddq;
    if (!d.first(q, dq) || !d.second(q, ddq)) {
        t.why = "the derivatives of the map near the point are not finite";
        return t;
    }
    const Eigen::VectorXd bqq = dq * q;
    const auto lu = (id - a).fullPivLu();
    if (!lu.isInvertible()) {
        t.why = "I - A is singular: +1 is a multiplier too (fold-flip)";
        return t;
    }
    const Eigen::VectorXd h2 = lu.solve(bqq);
    const Eigen::VectorXd cubic = ddq * q, quadratic = 3.0 * (dq * h2);
    t.value = p.dot(cubic + quadratic) / 6.0;
    t.scale = (productScale(p, cubic) + productScale(p, quadratic)) / 6.0;
    t.ok = std::isfinite(t.value);
    if (!t.ok)
        t.why = "the coefficient is not finite";
    return t;
}

// checkSimple: refuse a critical pair of multiplicity > 1 (the verdicts; the CH test function on
// curves keeps its value there as before).
Terms neimarkSackerTerms(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, double* theta,
                         bool checkSimple)
{
    Terms t;
    const Eigen::Index n = a.rows();
    if (n < 2) {
        t.why = "a one-dimensional map has no complex multipliers";
        return t;
    }
    if (!a.allFinite()) {
        t.why = "the Jacobian is not finite";
        return t;
    }
    const CMatrix ac = a.cast<std::complex<double>>();
    // The multiplier of the critical pair: positive imaginary part, modulus closest to 1.
    Eigen::ComplexEigenSolver<CMatrix> es(ac, false);
    std::complex<double> lambda;
    double bestDistance = INFINITY;
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto mu = es.eigenvalues()(i);
        if (mu.imag() > 1e-10 * std::max(1.0, std::abs(mu)) && std::fabs(std::abs(mu) - 1.0) < bestDistance) {
            bestDistance = std::fabs(std::abs(mu) - 1.0);
            lambda = mu;
        }
    }
    if (!std::isfinite(bestDistance)) {
        t.why = "no complex pair of multipliers";
        return t;
    }
    for (Eigen::Index i = 0, near = 0; checkSimple && i < n; ++i)
        if (std::abs(es.eigenvalues()(i) - lambda) <= 1e-6 * (1.0 + a.lpNorm<Eigen::Infinity>()) &&
            ++near > 1) {
            t.why = "the critical pair of multipliers is not simple (two pairs cross together, e.g. by "
                    "symmetry): the two-dimensional normal form does not apply";
            return t;
        }
    CVector q = eigenvectorNear(ac, lambda, &lambda);
    if (theta)
        *theta = std::arg(lambda);
    q /= q.norm();
    CVector p = eigenvectorNear(ac.transpose(), std::conj(lambda));
    const std::complex<double> pq = p.dot(q); // p^H q
    if (!(std::abs(pq) > 1e-12 * p.norm())) {
        t.why = "the eigenvectors of the critical pair cannot be normalised (<p,q> = 0)";
        return t;
    }
    p /= std::conj(pq);
    const JacobianDerivatives der(map, x, a);
    CMatrix dq, ddq;
    if (!der.first(q, dq) || !der.second(q, ddq)) {
        t.why = "the derivatives of the map near the point are not finite";
        return t;
    }
    const CMatrix dqbar = dq.conjugate(); // D_{qbar} A: A is real
    const CMatrix id = CMatrix::Identity(n, n);
    const auto lu11 = (id - ac).fullPivLu();
    const std::complex<double> e2 = lambda * lambda / std::abs(lambda * lambda); // e^(2 i theta)
    const auto lu20 = (e2 * id - ac).fullPivLu();
    if (!lu11.isInvertible()) {
        t.why = "I - A is singular: +1 is a multiplier too (fold-NS)";
        return t;
    }
    if (!lu20.isInvertible()) {
        t.why = "e^(2 i theta) I - A is singular: a 1:3 resonance (or e^(2 i theta) is another multiplier)";
        return t;
    }
    const CVector h11 = lu11.solve(CVector(dq * q.conjugate()));
    const CVector h20 = lu20.solve(CVector(dq * q));
    const CVector t1 = ddq * q.conjugate(), t2 = 2.0 * (dq * h11), t3 = dqbar * h20;
    const std::complex<double> phase = std::conj(lambda) / std::abs(lambda); // e^(-i theta)
    t.complexValue = 0.5 * phase * p.dot(t1 + t2 + t3);
    t.value = t.complexValue.real();
    const Eigen::VectorXd pa = p.cwiseAbs();
    t.scale = 0.5 * (pa.dot(t1.cwiseAbs()) + pa.dot(t2.cwiseAbs()) + pa.dot(t3.cwiseAbs()));
    t.ok = std::isfinite(t.complexValue.real()) && std::isfinite(t.complexValue.imag());
    if (!t.ok)
        t.why = "the coefficient is not finite";
    return t;
}

bool isDegenerate(const Terms& t)
{
    return std::fabs(t.value) <= std::max(kDegenerateRelative * t.scale, kDegenerateAbsolute);
}

std::string degeneracyRule()
{
    return "degenerate when |coefficient| <= 1e-5 x (sum of the magnitudes of the products forming it) or <= "
           "1e-6";
}

Criticality undefined(std::string normalForm, std::string why)
{
    Criticality c;
    c.verdict = Verdict::Undefined;
    c.coefficient = NAN;
    c.normalForm = std::move(normalForm);
    c.reason = std::move(why);
    return c;
}

} // namespace

bool flipCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, double& c)
{
    const Terms t = flipTerms(map, x, a, false);
    if (t.ok)
        c = t.value;
    return t.ok;
}

bool neimarkSackerCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                              std::complex<double>& d)
{
    const Terms t = neimarkSackerTerms(map, x, a, nullptr, false);
    if (t.ok)
        d = t.complexValue;
    return t.ok;
}

std::string foldNormalForm()
{
    return "fold: F^K ~ xi + beta + a xi^2 on the centre manifold, A q = q, A^T p = p, |q| = 1, p.q = 1, q "
           "oriented so that beta = p.dF^K/dp (p - p*) grows with the parameter; a = p.B(q,q)/2; a fold has "
           "no super/sub: a > 0 the two cycles exist below the fold, a < 0 above it; at the stored point of "
           "the cycle (for K > 1 the value depends on that point, the sign does not); " +
           degeneracyRule() + " (cusp)";
}

std::string flipNormalForm()
{
    return "flip: F^K ~ -xi + c xi^3 on the centre manifold, A q = -q, A^T p = -p, |q| = 1, p.q = 1; c = "
           "p.[C(q,q,q) + 3 B(q,(I - A)^-1 B(q,q))]/6; c > 0 supercritical (a 2K-cycle with xi^2 = mu/c, "
           "attracting in the centre manifold, where the multiplier has passed -1 - mu), c < 0 "
           "subcritical; at the stored point of the cycle (for K > 1 the value depends on that point, the "
           "sign does not); " +
           degeneracyRule() + " (generalised flip)";
}

std::string neimarkSackerNormalForm()
{
    return "Neimark-Sacker: F^K ~ e^(i theta) xi (1 + d |xi|^2) on the centre manifold, A q = e^(i theta) q, "
           "A^T p = e^(-i theta) p, <q,q> = <p,q> = 1; coefficient: the first Lyapunov coefficient Re d; "
           "Re d < 0 supercritical (an invariant circle with |xi|^2 = -mu/Re d, attracting in the centre "
           "manifold, where |multiplier| = 1 + mu), Re d > 0 subcritical; at the stored point of the cycle "
           "(for K > 1 the value depends on that point, the sign does not); " +
           degeneracyRule() +
           " (Chenciner); within 0.01 rad of a strong resonance 1:1..1:4 the coefficient alone does not "
           "decide";
}

Criticality foldCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                            const Eigen::VectorXd& parameterDerivative)
{
    const Terms t = foldTerms(map, x, a, parameterDerivative);
    if (!t.ok)
        return undefined(foldNormalForm(), t.why);
    Criticality c;
    c.normalForm = foldNormalForm();
    c.coefficient = t.value;
    c.verdict = isDegenerate(t) ? Verdict::Degenerate : Verdict::Nondegenerate;
    if (c.verdict == Verdict::Degenerate)
        c.reason = "the quadratic coefficient vanishes: a cusp?";
    else if (parameterDerivative.size() != a.rows())
        c.reason = "the sign of a is arbitrary: no parameter derivative to orient q";
    return c;
}

Criticality flipCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a)
{
    const Terms t = flipTerms(map, x, a, true);
    if (!t.ok)
        return undefined(flipNormalForm(), t.why);
    Criticality c;
    c.normalForm = flipNormalForm();
    c.coefficient = t.value;
    c.verdict = isDegenerate(t) ? Verdict::Degenerate
                : t.value > 0   ? Verdict::Supercritical
                                : Verdict::Subcritical;
    if (c.verdict == Verdict::Degenerate)
        c.reason = "the cubic coefficient vanishes: a generalised flip?";
    return c;
}

Criticality neimarkSackerCriticality(const CycleMap& map, const double* x, const Eigen::MatrixXd& a)
{
    double theta = NAN;
    const Terms t = neimarkSackerTerms(map, x, a, &theta, true);
    Criticality c = t.ok ? Criticality{} : undefined(neimarkSackerNormalForm(), t.why);
    if (t.ok) {
        c.normalForm = neimarkSackerNormalForm();
        c.coefficient = t.value;
        c.verdict = isDegenerate(t) ? Verdict::Degenerate
                    : t.value < 0   ? Verdict::Supercritical
                                    : Verdict::Subcritical;
        if (c.verdict == Verdict::Degenerate)
            c.reason = "the first Lyapunov coefficient vanishes: a Chenciner point?";
    }
    if (std::isfinite(theta)) {
        const double angle = std::fabs(theta); // in [0, pi]
        for (int q = 1; q <= 4; ++q) {
            const double target = q == 1 ? 0.0 : 2.0 * std::numbers::pi / q;
            if (std::fabs(angle - target) < kResonanceTolerance) {
                c.resonance = q;
                const std::string note = "within 0.01 rad of the strong resonance 1:" + std::to_string(q) +
                                         ": the coefficient alone does not decide";
                c.reason = c.reason.empty() ? note : c.reason + "; " + note;
            }
        }
    }
    return c;
}

} // namespace nd
