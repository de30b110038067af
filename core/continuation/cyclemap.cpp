#include "continuation/cyclemap.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>

namespace nd {

CycleMap::CycleMap(const Model& model, int period, const std::vector<std::string>& parameterNames)
    : m_model(model.clone()), m_n(model.dimension()), m_period(period)
{
    if (model.timeKind() != TimeKind::Map)
        throw InputError("continuation: model '" + model.typeName() +
                         "' is not a map (only maps are supported)");
    if (period < 1 || period > 4096)
        throw InputError("continuation: period must be between 1 and 4096 (got " + std::to_string(period) +
                         ")");
    if (parameterNames.empty())
        throw InputError("continuation: no continuation parameter given");
    for (const auto& name : parameterNames) {
        const int i = model.parameterIndex(name);
        if (i < 0)
            throw InputError("continuation: model '" + model.typeName() + "' has no parameter named '" +
                             name + "'");
        if (std::find(m_indices.begin(), m_indices.end(), i) != m_indices.end())
            throw InputError("continuation: parameter '" + name + "' given twice");
        m_indices.push_back(i);
    }
    // A link and a parameter it sets cannot both be free: setting one would overwrite the other.
    for (const auto& name : parameterNames)
        for (const ParameterLink* l = model.linkOf(name); l; l = model.linkOf(l->name))
            if (std::find(parameterNames.begin(), parameterNames.end(), l->name) != parameterNames.end())
                throw InputError("continuation: '" + name + "' is set by the link '" + l->name +
                                 "', which is also free");
    const auto n = static_cast<std::size_t>(m_n);
    m_a.resize(n);
    m_b.resize(n);
    m_jac.resize(n * n);
}

std::vector<std::string> CycleMap::parameterNames() const
{
    std::vector<std::string> names;
    for (int i : m_indices)
        names.push_back(m_model->parameterSpecs()[static_cast<std::size_t>(i)].name);
    return names;
}

bool CycleMap::setParameters(const double* p, std::string* reason)
{
    std::vector<double> old;
    for (int i : m_indices)
        old.push_back(m_model->parameter(i));
    try {
        for (std::size_t k = 0; k < m_indices.size(); ++k)
            m_model->setParameter(m_indices[k], p[k]);
    } catch (const InputError& e) {
        for (std::size_t k = 0; k < m_indices.size(); ++k)
            m_model->setParameter(m_indices[k], old[k]);
        if (reason)
            *reason = e.what();
        return false;
    }
    return true;
}

double CycleMap::parameterValue(int k) const
{
    return m_model->parameter(m_indices[static_cast<std::size_t>(k)]);
}

bool CycleMap::residual(const double* x, double* out) const
{
    std::copy(x, x + m_n, m_a.begin());
    for (int step = 0; step < m_period; ++step) {
        m_model->evaluate(m_a.data(), m_b.data());
        std::swap(m_a, m_b);
    }
    for (int i = 0; i < m_n; ++i) {
        out[i] = m_a[static_cast<std::size_t>(i)] - x[i];
        if (!std::isfinite(out[i]))
            return false;
    }
    return true;
}

bool CycleMap::monodromy(const double* x, Eigen::MatrixXd& a) const
{
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    a = Eigen::MatrixXd::Identity(m_n, m_n);
    std::copy(x, x + m_n, m_a.begin());
    for (int step = 0; step < m_period; ++step) {
        m_model->jacobian(m_a.data(), m_jac.data());
        const Eigen::Map<const RowMajor> j(m_jac.data(), m_n, m_n);
        a = j * a;
        if (step + 1 < m_period) {
            m_model->evaluate(m_a.data(), m_b.data());
            std::swap(m_a, m_b);
        }
    }
    return a.allFinite();
}

bool CycleMap::parameterDerivative(const double* x, int k, double* out)
{
    // A linked parameter moves its targets together: by the chain rule its derivative is the
    // scale-weighted sum of its (own, not linked) targets' derivatives. Each is differenced
    // with a step fitted to that target's value, not the link's.
    std::vector<std::pair<int, double>> leaves; // own parameter index, d(parameter)/d(link)
    auto collect = [&](auto&& self, int index, double weight) -> void {
        const ParameterLink* l = m_model->link(index);
        if (!l) {
            leaves.emplace_back(index, weight);
            return;
        }
        for (const auto& t : l->targets)
            self(self, m_model->parameterIndex(t.name), weight * t.scale);
    };
    collect(collect, m_indices[static_cast<std::size_t>(k)], 1.0);
    std::fill(out, out + m_n, 0.0);
    std::vector<double> d(static_cast<std::size_t>(m_n));
    for (const auto& [index, weight] : leaves) {
        if (!ownParameterDerivative(x, index, d.data()))
            return false;
        for (int i = 0; i < m_n; ++i)
            out[i] += weight * d[static_cast<std::size_t>(i)];
    }
    return true;
}

bool CycleMap::ownParameterDerivative(const double* x, int index, double* out)
{
    const double p0 = m_model->parameter(index);
    // eps^(1/3) balances truncation (h^2) against rounding (eps/h) for a central difference.
    const double h = 6e-6 * std::max(1.0, std::fabs(p0));
    std::vector<double> plus(static_cast<std::size_t>(m_n)), minus(static_cast<std::size_t>(m_n));
    bool ok = true;
    try {
        m_model->setParameter(index, p0 + h);
        ok = residual(x, plus.data());
        m_model->setParameter(index, p0 - h);
        ok = ok && residual(x, minus.data());
    } catch (const InputError&) {
        ok = false; // p0 sits on the edge of the model's valid range
    }
    m_model->setParameter(index, p0);
    if (!ok)
        return false;
    for (int i = 0; i < m_n; ++i)
        out[i] = (plus[static_cast<std::size_t>(i)] - minus[static_cast<std::size_t>(i)]) / (2.0 * h);
    return true;
}

std::vector<std::complex<double>> multipliersOf(const Eigen::MatrixXd& a)
{
    std::vector<std::complex<double>> mu;
    if (a.rows() == 1) {
        mu.emplace_back(a(0, 0), 0.0);
        return mu;
    }
    Eigen::EigenSolver<Eigen::MatrixXd> solver(a, false);
    const auto ev = solver.eigenvalues();
    for (Eigen::Index i = 0; i < ev.size(); ++i)
        mu.push_back(ev(i));
    std::sort(mu.begin(), mu.end(), [](const auto& l, const auto& r) {
        const double al = std::abs(l), ar = std::abs(r);
        if (al != ar)
            return al > ar;
        return std::arg(l) > std::arg(r);
    });
    return mu;
}

bool allInsideUnitCircle(const std::vector<std::complex<double>>& mu)
{
    return std::all_of(mu.begin(), mu.end(), [](const auto& m) { return std::abs(m) < 1.0; });
}

Eigen::MatrixXd secondCompound(const Eigen::MatrixXd& a)
{
    const Eigen::Index n = a.rows();
    const Eigen::Index m = n * (n - 1) / 2;
    Eigen::MatrixXd c(m, m);
    Eigen::Index row = 0;
    for (Eigen::Index p = 1; p < n; ++p)
        for (Eigen::Index q = 0; q < p; ++q, ++row) {
            Eigen::Index col = 0;
            for (Eigen::Index r = 1; r < n; ++r)
                for (Eigen::Index s = 0; s < r; ++s, ++col)
                    c(row, col) = a(p, r) * a(q, s) - a(p, s) * a(q, r);
        }
    return c;
}

std::size_t closestTo(const std::vector<std::complex<double>>& mu, double target)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < mu.size(); ++i)
        if (std::abs(mu[i] - target) < std::abs(mu[best] - target))
            best = i;
    return best;
}

// The pair (i < j) whose product is closest to 1: the NS / neutral-saddle pair.
std::pair<std::size_t, std::size_t> criticalPair(const std::vector<std::complex<double>>& mu,
                                                 std::size_t skipA, std::size_t skipB)
{
    std::pair<std::size_t, std::size_t> best{mu.size(), mu.size()};
    double distance = INFINITY;
    for (std::size_t i = 0; i < mu.size(); ++i)
        for (std::size_t j = i + 1; j < mu.size(); ++j) {
            if (i == skipA || i == skipB || j == skipA || j == skipB)
                continue;
            const double d = std::abs(mu[i] * mu[j] - 1.0);
            if (d < distance) {
                distance = d;
                best = {i, j};
            }
        }
    return best;
}

// prod_{i<j, both not skipped} (mu_i mu_j - 1): vanishes when another pair reaches the unit circle.
double pairProduct(const std::vector<std::complex<double>>& mu, std::size_t skipA, std::size_t skipB)
{
    std::complex<double> p = 1.0;
    for (std::size_t i = 0; i < mu.size(); ++i)
        for (std::size_t j = i + 1; j < mu.size(); ++j)
            if (i != skipA && i != skipB && j != skipA && j != skipB)
                p *= mu[i] * mu[j] - 1.0;
    return p.real();
}

double shiftedProduct(const std::vector<std::complex<double>>& mu, std::size_t skipA, std::size_t skipB,
                      double shift)
{
    std::complex<double> p = 1.0;
    for (std::size_t i = 0; i < mu.size(); ++i)
        if (i != skipA && i != skipB)
            p *= mu[i] + shift;
    return p.real();
}

bool isComplexPair(const std::vector<std::complex<double>>& mu, std::pair<std::size_t, std::size_t> pair)
{
    return pair.first < mu.size() && std::fabs(mu[pair.first].imag()) > 1e-7;
}

} // namespace nd
