// Small models written for the analysis tests, independent of the engine's model library:
// a product of two cubic maps (known basins) and an all-to-all Kuramoto network (a Flow model
// with an exact zero Lyapunov exponent from the phase-shift symmetry).
#pragma once

#include "model/model.h"

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace ndtest {

// x' = r x - x^3, y' = r y - y^3. For 1 < r < 2 each coordinate has the stable fixed points
// +-sqrt(r - 1); on (0, sqrt r) the map stays positive, and |x| > sqrt(r + 1) escapes.
class CubicPairMap : public nd::Model {
public:
    CubicPairMap() : nd::Model({{"r", 1.5, -10, 10, 1.0, 2.0, "growth"}}) {}
    std::string typeName() const override { return "cubic-pair"; }
    nd::TimeKind timeKind() const override { return nd::TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    void evaluate(const double* x, double* out) const override
    {
        const double r = parameters()[0];
        out[0] = r * x[0] - x[0] * x[0] * x[0];
        out[1] = r * x[1] - x[1] * x[1] * x[1];
    }
    void jacobian(const double* x, double* j) const override
    {
        const double r = parameters()[0];
        j[0] = r - 3 * x[0] * x[0];
        j[1] = 0;
        j[2] = 0;
        j[3] = r - 3 * x[1] * x[1];
    }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<CubicPairMap>(*this); }
};

// dtheta_i/dt = omega_i + (K/N) sum_j sin(theta_j - theta_i)
class KuramotoAllToAll : public nd::Model {
public:
    explicit KuramotoAllToAll(std::vector<double> omega)
        : nd::Model({{"K", 2.0, 0, 100, 0, 5, "coupling"}}), m_omega(std::move(omega))
    {
    }
    std::string typeName() const override { return "test-kuramoto"; }
    nd::TimeKind timeKind() const override { return nd::TimeKind::Flow; }
    int dimension() const override { return static_cast<int>(m_omega.size()); }
    std::vector<std::string> variableNames() const override
    {
        std::vector<std::string> n;
        for (std::size_t i = 0; i < m_omega.size(); ++i)
            n.push_back("theta" + std::to_string(i + 1));
        return n;
    }
    void evaluate(const double* x, double* out) const override
    {
        const int n = dimension();
        const double k = parameters()[0] / n;
        for (int i = 0; i < n; ++i) {
            double s = 0;
            for (int j = 0; j < n; ++j)
                s += std::sin(x[j] - x[i]);
            out[i] = m_omega[static_cast<std::size_t>(i)] + k * s;
        }
    }
    void jacobian(const double* x, double* jac) const override
    {
        const int n = dimension();
        const double k = parameters()[0] / n;
        for (int i = 0; i < n; ++i) {
            double diag = 0;
            for (int j = 0; j < n; ++j) {
                const double c = j == i ? 0.0 : k * std::cos(x[j] - x[i]);
                jac[i * n + j] = c;
                diag -= c;
            }
            jac[i * n + i] = diag;
        }
    }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<KuramotoAllToAll>(*this); }

private:
    std::vector<double> m_omega;
};

} // namespace ndtest
