#include "oscillators/akorn.h"

#include "common/errors.h"
#include "network/presetnetwork.h"

#include <cmath>
#include <numbers>

namespace nd {

namespace {
const char* kType = "akorn";

std::vector<SettingSpec> akornSpecs()
{
    return {
        {"N", "8", "Number of units (>= 1)", {}},
        {"n", "2", "Dimension of each unit vector (even, >= 2)", {}},
        {"coupling", "all-to-all", "J_ij: none, J/N between all pairs, or J between ring neighbours",
         {"none", "all-to-all", "ring"}},
    };
}
} // namespace

AkornNetwork::AkornNetwork(const Settings& settings)
    : Model({{"gamma", 0.1, 0.0, 1e3, 0.0, 1.0, "Step size of the update"},
             {"omega", 1.0, -1e6, 1e6, -5.0, 5.0, "Angular velocity of the natural rotation Omega"},
             {"J", 0.0, -1e6, 1e6, -2.0, 2.0, "Coupling strength"},
             {"c", 0.0, -1e6, 1e6, -2.0, 2.0, "Stimulus c_i = c e_0 of every unit"}})
{
    m_settings = mergeSettings(kType, akornSpecs(), settings);
    m_units = integerSetting(kType, m_settings, "N", 1, 1000000);
    m_n = integerSetting(kType, m_settings, "n", 2, 1024);
    if (m_n % 2 != 0)
        throw InputError("akorn setting 'n' = " + std::to_string(m_n) + " must be even");
    const std::string& c = m_settings.at("coupling");
    m_topology = c == "none" ? 0 : c == "all-to-all" ? 1 : 2;
}

std::vector<SettingSpec> AkornNetwork::settingSpecs() const
{
    return akornSpecs();
}

std::vector<std::string> AkornNetwork::variableNames() const
{
    std::vector<std::string> names;
    for (int i = 0; i < m_units; ++i)
        for (int k = 0; k < m_n; ++k)
            names.push_back("x" + std::to_string(i) + "_" + std::to_string(k));
    return names;
}

std::vector<double> AkornNetwork::defaultInitialState() const
{
    std::vector<double> x(static_cast<std::size_t>(dimension()), 0.0);
    for (int i = 0; i < m_units; ++i) {
        const double a = 2.0 * std::numbers::pi * i / m_units;
        x[static_cast<std::size_t>(i * m_n)] = std::cos(a);
        x[static_cast<std::size_t>(i * m_n + 1)] = std::sin(a);
    }
    return x;
}

double AkornNetwork::coupling(int i, int j) const
{
    if (i == j || m_topology == 0)
        return 0.0;
    const double jv = parameter(2);
    if (m_topology == 1)
        return jv / m_units;
    const int d = std::abs(i - j);
    return (d == 1 || d == m_units - 1) ? jv : 0.0;
}

void AkornNetwork::drive(const double* x, int unit, double* y) const
{
    for (int k = 0; k < m_n; ++k)
        y[k] = 0.0;
    y[0] = parameter(3);
    for (int j = 0; j < m_units; ++j) {
        const double w = coupling(unit, j);
        if (w != 0.0)
            for (int k = 0; k < m_n; ++k)
                y[k] += w * x[j * m_n + k];
    }
}

void AkornNetwork::evaluate(const double* x, double* out) const
{
    const double gamma = parameter(0), omega = parameter(1);
    std::vector<double> y(static_cast<std::size_t>(m_n));
    for (int i = 0; i < m_units; ++i) {
        const double* xi = x + i * m_n;
        double* o = out + i * m_n;
        drive(x, i, y.data());
        double yx = 0.0;
        for (int k = 0; k < m_n; ++k)
            yx += y[static_cast<std::size_t>(k)] * xi[k];
        double norm2 = 0.0;
        for (int k = 0; k < m_n; k += 2) {
            const double p0 = y[static_cast<std::size_t>(k)] - yx * xi[k];
            const double p1 = y[static_cast<std::size_t>(k) + 1] - yx * xi[k + 1];
            o[k] = xi[k] + gamma * (-omega * xi[k + 1] + p0);
            o[k + 1] = xi[k + 1] + gamma * (omega * xi[k] + p1);
            norm2 += o[k] * o[k] + o[k + 1] * o[k + 1];
        }
        const double inv = 1.0 / std::sqrt(norm2);
        for (int k = 0; k < m_n; ++k)
            o[k] *= inv;
    }
}

void AkornNetwork::jacobian(const double* x, double* jac) const
{
    const double gamma = parameter(0), omega = parameter(1);
    const int n = m_n, dim = dimension();
    std::fill(jac, jac + static_cast<std::size_t>(dim) * static_cast<std::size_t>(dim), 0.0);
    std::vector<double> y(static_cast<std::size_t>(n)), u(static_cast<std::size_t>(n)), d(static_cast<std::size_t>(n * n)),
        a(static_cast<std::size_t>(n * n));
    auto at = [n](std::vector<double>& m, int r, int c) -> double& { return m[static_cast<std::size_t>(r * n + c)]; };
    for (int i = 0; i < m_units; ++i) {
        const double* xi = x + i * n;
        drive(x, i, y.data());
        double yx = 0.0;
        for (int k = 0; k < n; ++k)
            yx += y[static_cast<std::size_t>(k)] * xi[k];
        double norm2 = 0.0;
        for (int k = 0; k < n; k += 2) {
            u[static_cast<std::size_t>(k)] = xi[k] + gamma * (-omega * xi[k + 1] + y[static_cast<std::size_t>(k)] - yx * xi[k]);
            u[static_cast<std::size_t>(k) + 1] =
                xi[k + 1] + gamma * (omega * xi[k] + y[static_cast<std::size_t>(k) + 1] - yx * xi[k + 1]);
            norm2 += u[static_cast<std::size_t>(k)] * u[static_cast<std::size_t>(k)] +
                     u[static_cast<std::size_t>(k) + 1] * u[static_cast<std::size_t>(k) + 1];
        }
        const double len = std::sqrt(norm2);
        // d(u/|u|)/du = (I - v v^T)/|u| with v = u/|u|.
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                at(d, r, c) = ((r == c ? 1.0 : 0.0) - u[static_cast<std::size_t>(r)] * u[static_cast<std::size_t>(c)] / norm2) / len;
        for (int j = 0; j < m_units; ++j) {
            // du_i/dx_j: i == j: I + gamma (Omega - x y^T - <y,x> I); else gamma J_ij (I - x x^T).
            const double w = coupling(i, j);
            if (j != i && w == 0.0)
                continue;
            for (int r = 0; r < n; ++r)
                for (int c = 0; c < n; ++c) {
                    const double id = r == c ? 1.0 : 0.0;
                    if (j == i) {
                        double om = 0.0;
                        if (r % 2 == 0 && c == r + 1)
                            om = -omega;
                        if (r % 2 == 1 && c == r - 1)
                            om = omega;
                        at(a, r, c) = id + gamma * (om - xi[r] * y[static_cast<std::size_t>(c)] - yx * id);
                    } else {
                        at(a, r, c) = gamma * w * (id - xi[r] * xi[c]);
                    }
                }
            for (int r = 0; r < n; ++r)
                for (int c = 0; c < n; ++c) {
                    double s = 0.0;
                    for (int k = 0; k < n; ++k)
                        s += at(d, r, k) * at(a, k, c);
                    jac[static_cast<std::size_t>(i * n + r) * static_cast<std::size_t>(dim) + static_cast<std::size_t>(j * n + c)] = s;
                }
        }
    }
}

double AkornNetwork::energy(const double* x) const
{
    std::vector<double> y(static_cast<std::size_t>(m_n));
    double e = 0.0;
    for (int i = 0; i < m_units; ++i) {
        drive(x, i, y.data());
        for (int k = 0; k < m_n; ++k)
            e -= x[i * m_n + k] * y[static_cast<std::size_t>(k)];
    }
    return e;
}

} // namespace nd
