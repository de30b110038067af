// Small models written for the analysis tests, independent of the engine's model library:
// a product of two cubic maps (known basins) and an all-to-all Kuramoto network (a Flow model
// with an exact zero Lyapunov exponent from the phase-shift symmetry); for the attractor atlas,
// Newton's method for z^3 = 1 in polar coordinates (three roots related by rotation), a bistable
// flow and the Hopf normal form (a stable limit cycle).
#pragma once

#include "model/model.h"

#include <cmath>
#include <complex>
#include <memory>
#include <numbers>
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

// Newton's method for z^3 = 1, z = rho e^(i theta), as a map of (rho, theta) with theta wrapped
// into [-pi/3, 5pi/3): the roots are (1, 0), (1, 2pi/3), (1, 4pi/3), and a rotation by 2pi/3
// maps the box [0, R] x [-pi/3, 5pi/3) onto itself (area element d rho d theta kept), so the
// three basins take equal fractions of it. Jacobian by central differences (only the Lyapunov
// exponent of a non-periodic orbit would need it).
class NewtonCubePolar : public nd::Model {
public:
    NewtonCubePolar() : nd::Model({{"unused", 0.0, -1, 1, -1, 1, "no effect"}}) {}
    std::string typeName() const override { return "newton-cube-polar"; }
    nd::TimeKind timeKind() const override { return nd::TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"rho", "theta"}; }
    void evaluate(const double* x, double* out) const override
    {
        const std::complex<double> z = std::polar(x[0], x[1]);
        const std::complex<double> next = (2.0 * z * z * z + 1.0) / (3.0 * z * z);
        out[0] = std::abs(next);
        double t = std::arg(next); // (-pi, pi]
        if (t < -std::numbers::pi / 3)
            t += 2 * std::numbers::pi;
        out[1] = t;
    }
    void jacobian(const double* x, double* j) const override
    {
        const double h = 1e-7;
        for (int c = 0; c < 2; ++c) {
            double a[2] = {x[0], x[1]}, b[2] = {x[0], x[1]}, fa[2], fb[2];
            a[c] += h;
            b[c] -= h;
            evaluate(a, fa);
            evaluate(b, fb);
            j[0 * 2 + c] = (fa[0] - fb[0]) / (2 * h);
            j[1 * 2 + c] = (fa[1] - fb[1]) / (2 * h);
        }
    }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<NewtonCubePolar>(*this); }
};

// x' = x - x^3, y' = -y: stable equilibria (+-1, 0), the basins x > 0 and x < 0.
class BistableFlow : public nd::Model {
public:
    BistableFlow() : nd::Model({{"unused", 0.0, -1, 1, -1, 1, "no effect"}}) {}
    std::string typeName() const override { return "bistable-flow"; }
    nd::TimeKind timeKind() const override { return nd::TimeKind::Flow; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    void evaluate(const double* x, double* out) const override
    {
        out[0] = x[0] - x[0] * x[0] * x[0];
        out[1] = -x[1];
    }
    void jacobian(const double* x, double* j) const override
    {
        j[0] = 1 - 3 * x[0] * x[0];
        j[1] = 0;
        j[2] = 0;
        j[3] = -1;
    }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<BistableFlow>(*this); }
};

// Hopf normal form x' = x - w y - x (x^2 + y^2), y' = w x + y - y (x^2 + y^2): the unit circle is
// a stable limit cycle of angular speed w, Lyapunov exponents 0 and -2.
class HopfNormalForm : public nd::Model {
public:
    HopfNormalForm() : nd::Model({{"w", 1.0, -10, 10, 0, 2, "angular speed"}}) {}
    std::string typeName() const override { return "hopf-normal-form"; }
    nd::TimeKind timeKind() const override { return nd::TimeKind::Flow; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    void evaluate(const double* x, double* out) const override
    {
        const double w = parameters()[0], r2 = x[0] * x[0] + x[1] * x[1];
        out[0] = x[0] - w * x[1] - x[0] * r2;
        out[1] = w * x[0] + x[1] - x[1] * r2;
    }
    void jacobian(const double* x, double* j) const override
    {
        const double w = parameters()[0], r2 = x[0] * x[0] + x[1] * x[1];
        j[0] = 1 - r2 - 2 * x[0] * x[0];
        j[1] = -w - 2 * x[0] * x[1];
        j[2] = w - 2 * x[0] * x[1];
        j[3] = 1 - r2 - 2 * x[1] * x[1];
    }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<HopfNormalForm>(*this); }
};

} // namespace ndtest
