#include "continuation/normalform.h"

#include <cmath>

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
} // namespace

bool flipCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a, double& c)
{
    const Eigen::Index n = a.rows();
    const Eigen::MatrixXd id = Eigen::MatrixXd::Identity(n, n);
    // Null vectors of A + I from the SVD: well defined even where -1 is slightly off.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a + id, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::VectorXd q = svd.matrixV().col(n - 1);
    Eigen::VectorXd p = svd.matrixU().col(n - 1);
    const double pq = p.dot(q);
    if (!(std::fabs(pq) > 1e-12))
        return false;
    p /= pq;
    const JacobianDerivatives d(map, x, a);
    Eigen::MatrixXd dq, ddq;
    if (!d.first(q, dq) || !d.second(q, ddq))
        return false;
    const Eigen::VectorXd bqq = dq * q;
    const auto lu = (id - a).fullPivLu();
    if (!lu.isInvertible())
        return false;
    const Eigen::VectorXd h2 = lu.solve(bqq);
    c = p.dot(ddq * q + 3.0 * (dq * h2)) / 6.0;
    return std::isfinite(c);
}

bool neimarkSackerCoefficient(const CycleMap& map, const double* x, const Eigen::MatrixXd& a,
                              std::complex<double>& d)
{
    const Eigen::Index n = a.rows();
    if (n < 2)
        return false;
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
    if (!std::isfinite(bestDistance))
        return false;
    CVector q = eigenvectorNear(ac, lambda, &lambda);
    q /= q.norm();
    CVector p = eigenvectorNear(ac.transpose(), std::conj(lambda));
    const std::complex<double> pq = p.dot(q); // p^H q
    if (!(std::abs(pq) > 1e-12))
        return false;
    p /= std::conj(pq);
    const JacobianDerivatives der(map, x, a);
    CMatrix dq, ddq;
    if (!der.first(q, dq) || !der.second(q, ddq))
        return false;
    const CMatrix dqbar = dq.conjugate(); // D_{qbar} A: A is real
    const CMatrix id = CMatrix::Identity(n, n);
    const auto lu11 = (id - ac).fullPivLu();
    const std::complex<double> e2 = lambda * lambda / std::abs(lambda * lambda); // e^(2 i theta)
    const auto lu20 = (e2 * id - ac).fullPivLu();
    if (!lu11.isInvertible() || !lu20.isInvertible())
        return false;
    const CVector h11 = lu11.solve(CVector(dq * q.conjugate()));
    const CVector h20 = lu20.solve(CVector(dq * q));
    const CVector sum = ddq * q.conjugate() + 2.0 * (dq * h11) + dqbar * h20;
    const std::complex<double> phase = std::conj(lambda) / std::abs(lambda); // e^(-i theta)
    d = 0.5 * phase * p.dot(sum);
    return std::isfinite(d.real()) && std::isfinite(d.imag());
}

} // namespace nd
