#include "oscillators/akorn.h"

#include "common/errors.h"
#include "network/presetnetwork.h"

#include <cmath>
#include <numbers>

namespace nd {

namespace {
using Size = std::size_t;

Size at(int r, int c, int n)
{
    return static_cast<Size>(r) * static_cast<Size>(n) + static_cast<Size>(c);
}

std::vector<ParameterSpec> akornParameters(const AkornStructure& s)
{
    const double j0 = s.topology == AkornTopology::Explicit ? 1.0 : 0.0;
    const double c0 = s.stimulusGiven ? 1.0 : 0.0;
    return {{"gamma", 0.1, 0.0, 1e3, 0.0, 1.0, "Step size of the update"},
            {"omega", 1.0, -1e6, 1e6, -5.0, 5.0, "Angular velocity of the natural rotation Omega"},
            {"J", j0, -1e6, 1e6, -2.0, 2.0, "Coupling strength (scales the coupling matrix)"},
            {"c", c0, -1e6, 1e6, -2.0, 2.0, "Stimulus strength (c_i = c s_i, s_i = e_0 by default)"}};
}
} // namespace

AkornNetwork::Parsed AkornNetwork::parse(const Settings& settings)
{
    Parsed p;
    p.merged = mergeSettings("akorn", akornSettingSpecs(), settings);
    p.structure = parseAkornStructure(p.merged);
    return p;
}

AkornNetwork::AkornNetwork(const Settings& settings) : AkornNetwork(parse(settings))
{
}

AkornNetwork::AkornNetwork(Parsed p)
    : Model(akornParameters(p.structure)), m_settings(std::move(p.merged)), m_s(std::move(p.structure))
{
}

std::vector<SettingSpec> AkornNetwork::settingSpecs() const
{
    return akornSettingSpecs();
}

std::vector<std::string> AkornNetwork::variableNames() const
{
    std::vector<std::string> names;
    for (int i = 0; i < m_s.units; ++i)
        for (int k = 0; k < m_s.n; ++k)
            names.push_back("x" + std::to_string(i) + "_" + std::to_string(k));
    return names;
}

std::vector<double> AkornNetwork::defaultInitialState() const
{
    std::vector<double> x(static_cast<Size>(dimension()), 0.0);
    for (int i = 0; i < m_s.units; ++i) {
        const double a = 2.0 * std::numbers::pi * i / m_s.units;
        x[static_cast<Size>(i * m_s.n)] = std::cos(a);
        x[static_cast<Size>(i * m_s.n + 1)] = std::sin(a);
    }
    return x;
}

template <class F> void AkornNetwork::forEachCoupling(int i, F&& f) const
{
    const double jv = parameter(2);
    switch (m_s.topology) {
    case AkornTopology::None:
        return;
    case AkornTopology::AllToAll: {
        const double w = jv / m_s.units;
        for (int j = 0; j < m_s.units; ++j)
            if (j != i && w != 0.0)
                f(j, w, nullptr);
        return;
    }
    case AkornTopology::Ring:
        for (int j = 0; j < m_s.units; ++j) {
            const int d = std::abs(i - j);
            if (j != i && jv != 0.0 && (d == 1 || d == m_s.units - 1))
                f(j, jv, nullptr);
        }
        return;
    case AkornTopology::Explicit:
        for (int e = m_s.rowStart[static_cast<Size>(i)]; e < m_s.rowStart[static_cast<Size>(i) + 1]; ++e) {
            const auto ue = static_cast<Size>(e);
            const int b = m_s.block[ue];
            f(m_s.column[ue], jv * m_s.scalar[ue], b < 0 ? nullptr : m_s.blocks.data() + b);
        }
        return;
    }
}

void AkornNetwork::stimulusOf(int unit, double* c) const
{
    const int n = m_s.n;
    const double cv = parameter(3);
    for (int k = 0; k < n; ++k)
        c[k] = m_s.stimulus.empty() ? (k == 0 ? cv : 0.0) : cv * m_s.stimulus[at(unit, k, n)];
}

void AkornNetwork::drive(const double* x, int unit, double* y) const
{
    const int n = m_s.n;
    stimulusOf(unit, y);
    const double jv = parameter(2);
    forEachCoupling(unit, [&](int j, double w, const double* block) {
        const double* xj = x + j * n;
        if (!block) {
            for (int k = 0; k < n; ++k)
                y[k] += w * xj[k];
            return;
        }
        for (int r = 0; r < n; ++r) {
            double s = 0.0;
            for (int k = 0; k < n; ++k)
                s += block[at(r, k, n)] * xj[k];
            y[r] += jv * s;
        }
    });
}

void AkornNetwork::omegaMatrix(int unit, double* m) const
{
    const int n = m_s.n;
    const double omega = parameter(1);
    std::fill(m, m + at(n, 0, n), 0.0);
    if (m_s.options.identityOmega) {
        for (int k = 0; k < n; ++k)
            m[at(k, k, n)] = 1.0;
        return;
    }
    if (!m_s.omegaMatrices.empty()) {
        const double* src = m_s.omegaMatrices.data() + at(unit, 0, n * n);
        for (Size k = 0; k < at(n, 0, n); ++k)
            m[k] = omega * src[k];
        return;
    }
    const double sign = m_s.options.rotationSign();
    for (int k = 0; k < n; k += 2) {
        const double w =
            sign * (m_s.planeRates.empty() ? omega : omega * m_s.planeRates[at(unit, k / 2, n / 2)]);
        m[at(k, k + 1, n)] = -w;
        m[at(k + 1, k, n)] = w;
    }
}

double AkornNetwork::update(const double* x, int unit, const double* y, double* u) const
{
    const int n = m_s.n;
    const double gamma = parameter(0), omega = parameter(1);
    const double* xi = x + unit * n;
    double yx = 0.0;
    if (m_s.options.project)
        for (int k = 0; k < n; ++k)
            yx += y[k] * xi[k];
    if (m_s.options.identityOmega) {
        for (int k = 0; k < n; ++k)
            u[k] = xi[k] + gamma * (xi[k] + (y[k] - yx * xi[k]));
        return yx;
    }
    if (m_s.omegaMatrices.empty()) {
        const double sign = m_s.options.rotationSign();
        for (int k = 0; k < n; k += 2) {
            const double w =
                sign * (m_s.planeRates.empty() ? omega : omega * m_s.planeRates[at(unit, k / 2, n / 2)]);
            u[k] = xi[k] + gamma * (-w * xi[k + 1] + (y[k] - yx * xi[k]));
            u[k + 1] = xi[k + 1] + gamma * (w * xi[k] + (y[k + 1] - yx * xi[k + 1]));
        }
        return yx;
    }
    const double* m = m_s.omegaMatrices.data() + at(unit, 0, n * n);
    for (int r = 0; r < n; ++r) {
        double s = 0.0;
        for (int k = 0; k < n; ++k)
            s += m[at(r, k, n)] * xi[k];
        u[r] = xi[r] + gamma * (omega * s + (y[r] - yx * xi[r]));
    }
    return yx;
}

void AkornNetwork::evaluate(const double* x, double* out) const
{
    const int n = m_s.n;
    std::vector<double> y(static_cast<Size>(n));
    for (int i = 0; i < m_s.units; ++i) {
        double* o = out + i * n;
        drive(x, i, y.data());
        update(x, i, y.data(), o);
        double norm2 = 0.0;
        for (int k = 0; k < n; ++k)
            norm2 += o[k] * o[k];
        const double inv = 1.0 / std::sqrt(norm2);
        for (int k = 0; k < n; ++k)
            o[k] *= inv;
    }
}

void AkornNetwork::jacobian(const double* x, double* jac) const
{
    const double gamma = parameter(0);
    const int n = m_s.n, dim = dimension();
    const Size nn = at(n, 0, n);
    std::fill(jac, jac + static_cast<Size>(dim) * static_cast<Size>(dim), 0.0);
    std::vector<double> y(static_cast<Size>(n)), u(y.size()), d(nn), self(nn), a(nn);
    const double proj = m_s.options.project ? 1.0 : 0.0; // without projection y enters as it is
    // Writes D * m into the (i, j) block of jac.
    auto store = [&](int i, int j, const std::vector<double>& m) {
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c) {
                double s = 0.0;
                for (int k = 0; k < n; ++k)
                    s += d[at(r, k, n)] * m[at(k, c, n)];
                jac[at(i * n + r, j * n + c, dim)] = s;
            }
    };
    for (int i = 0; i < m_s.units; ++i) {
        const double* xi = x + i * n;
        drive(x, i, y.data());
        const double yx = update(x, i, y.data(), u.data());
        double norm2 = 0.0;
        for (int k = 0; k < n; ++k)
            norm2 += u[static_cast<Size>(k)] * u[static_cast<Size>(k)];
        const double len = std::sqrt(norm2);
        // d(u/|u|)/du = (I - v v^T)/|u| with v = u/|u|.
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                d[at(r, c, n)] =
                    ((r == c ? 1.0 : 0.0) - u[static_cast<Size>(r)] * u[static_cast<Size>(c)] / norm2) / len;
        // du_i/dx_i = I + gamma (Omega_i - x_i y^T - <y, x_i> I), plus the coupling term below
        // (I + gamma Omega_i without projection).
        omegaMatrix(i, self.data());
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                self[at(r, c, n)] =
                    (r == c ? 1.0 : 0.0) +
                    gamma * (self[at(r, c, n)] - proj * xi[r] * y[static_cast<Size>(c)] - (r == c ? yx : 0.0));
        // du_i/dx_j += gamma (I - x_i x_i^T) J_ij (gamma J_ij without projection).
        forEachCoupling(i, [&](int j, double w, const double* block) {
            std::vector<double>& m = j == i ? self : a;
            if (j != i)
                std::fill(a.begin(), a.end(), 0.0);
            for (int c = 0; c < n; ++c) {
                double xb = 0.0; // (x_i^T J_ij)_c
                for (int k = 0; k < n; ++k)
                    xb += xi[k] * (block ? parameter(2) * block[at(k, c, n)] : (k == c ? w : 0.0));
                for (int r = 0; r < n; ++r) {
                    const double jrc = block ? parameter(2) * block[at(r, c, n)] : (r == c ? w : 0.0);
                    m[at(r, c, n)] += gamma * (jrc - proj * xi[r] * xb);
                }
            }
            if (j != i)
                store(i, j, a);
        });
        store(i, i, self);
    }
}

double AkornNetwork::energy(const double* x, AkornEnergyForm form) const
{
    // -<x_i, c_i + sum_j J_ij x_j> split into its stimulus and coupling parts, so that the
    // coupling part alone takes the paper's 1/2.
    const int n = m_s.n;
    std::vector<double> y(static_cast<Size>(n)), c(static_cast<Size>(n));
    const double half = form == AkornEnergyForm::Paper ? 0.5 : 1.0;
    double e = 0.0;
    for (int i = 0; i < m_s.units; ++i) {
        drive(x, i, y.data());
        stimulusOf(i, c.data());
        for (int k = 0; k < n; ++k) {
            const double xk = x[i * n + k];
            const auto uk = static_cast<Size>(k);
            e -= half * xk * (y[uk] - c[uk]) + xk * c[uk];
        }
    }
    return e;
}

} // namespace nd
