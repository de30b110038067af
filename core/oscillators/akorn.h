// AKOrN-style vector oscillators (Miyato et al. 2025; models.md section 3) as a map model: N
// units, each a unit vector x_i in R^n (n even), state = the units concatenated, variable
// names x<i>_<k> (component k of unit i). One step with step size gamma:
//     y_i  = c_i + sum_j J_ij x_j
//     y_i <- y_i - <y_i, x_i> x_i                 (projection onto the tangent space)
//     x_i <- normalise(x_i + gamma (Omega x_i + y_i))
// Omega rotates each 2-D sub-plane (components 2m, 2m+1) by the angular velocity omega.
// Settings: N (>= 1), n (even, >= 2), coupling none | all-to-all (J_ij = J/N, i != j) |
// ring (J_ij = J for the two ring neighbours). The stimulus is the same for every unit,
// c_i = c e_0 (parameter c). Parameters: gamma, omega, J, c. J_ii = 0 always.
// The Jacobian is analytic. evaluate()/jacobian() are const and thread-safe.
#pragma once

#include "model/model.h"

namespace nd {

class AkornNetwork : public Model {
public:
    explicit AkornNetwork(const Settings& settings = {});
    std::string typeName() const override { return "akorn"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_units * m_n; }
    std::vector<std::string> variableNames() const override;
    std::vector<double> defaultInitialState() const override; // unit i at angle 2 pi i / N in plane 0
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<AkornNetwork>(*this); }
    std::vector<SettingSpec> settingSpecs() const override;
    Settings settings() const override { return m_settings; }

    int units() const { return m_units; }
    int unitDimension() const { return m_n; }
    // E = -sum_i <x_i, c_i + sum_j J_ij x_j>, the energy AKOrN logs.
    double energy(const double* x) const;

private:
    // y_i = c_i + sum_j J_ij x_j into y (n values).
    void drive(const double* x, int unit, double* y) const;
    double coupling(int i, int j) const;

    Settings m_settings;
    int m_units = 1;
    int m_n = 2;
    int m_topology = 0; // 0 none, 1 all-to-all, 2 ring
};

} // namespace nd
