// AKOrN-style vector oscillators (Miyato et al. 2025; models.md section 3) as a map model: N
// units, each a unit vector x_i in R^n (n even), state = the units concatenated, variable
// names x<i>_<k> (component k of unit i). One step with step size gamma:
//     y_i  = c_i + sum_j J_ij x_j
//     y_i <- y_i - <y_i, x_i> x_i                 (projection onto the tangent space; 'project')
//     x_i <- normalise(x_i + gamma (Omega_i x_i + y_i))
// 'convention' official (the default) turns each plane clockwise, Omega = omega [[0, 1], [-1, 0]],
// as the released code does; neurodyn-2025 is NeuroDyn's first, counter-clockwise sign. 'c-norm'
// group normalises the stimulus pattern over all units before c scales it (akornstructure.h).
// 'omega-layer' identity is the official code's use_omega=False: Omega_i is then I (omega unused).
// Settings (akornstructure.h): N (>= 1), n (even, >= 2), and
//   coupling: none | all-to-all (J_ij = J/N, i != j) | ring (J_ij = J for the two ring
//     neighbours) | sparse / dense (J_ij = J W_ij with W from 'J-entries' or 'J-matrix'; each
//     W_ij a scalar (times the identity) or an n x n block; W_ii is allowed and then acts too);
//   frequencies: Omega_i rotates sub-plane m (components 2m, 2m+1) by omega * f_im (f = 1 when
//     empty; one value per unit or per unit and sub-plane);
//   omega-matrices: instead, Omega_i = omega * M_i with an antisymmetric n x n matrix M_i;
//   stimulus: c_i = c s_i (s_i shared or per unit; e_0 when empty).
// Parameters: gamma, omega, J, c. J defaults to 1 with an explicit coupling matrix and c to 1
// with explicit stimulus vectors (0 otherwise), so a typed matrix acts as typed.
// The Jacobian is analytic. evaluate()/jacobian() are const and thread-safe.
#pragma once

#include "model/model.h"
#include "oscillators/akornstructure.h"

namespace nd {

class AkornNetwork : public Model {
public:
    explicit AkornNetwork(const Settings& settings = {});
    std::string typeName() const override { return "akorn"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_s.units * m_s.n; }
    std::vector<std::string> variableNames() const override;
    std::vector<double> defaultInitialState() const override; // unit i at angle 2 pi i / N in plane 0
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<AkornNetwork>(*this); }
    std::vector<SettingSpec> settingSpecs() const override;
    Settings settings() const override { return m_settings; }

    int units() const { return m_s.units; }
    int unitDimension() const { return m_s.n; }
    // Paper: E = -1/2 sum_ij x_i^T J_ij x_j - sum_i c_i^T x_i (the Lyapunov function of the
    // paper); Code: -sum_i <x_i, c_i + sum_j J_ij x_j>, the form the official code logs (no 1/2).
    double energy(const double* x, AkornEnergyForm form = AkornEnergyForm::Paper) const;
    const AkornOptions& options() const { return m_s.options; }

private:
    struct Parsed {
        Settings merged;
        AkornStructure structure;
    };
    static Parsed parse(const Settings& settings);
    explicit AkornNetwork(Parsed parsed);
    // c_i (n values).
    void stimulusOf(int unit, double* c) const;
    // y = c_i + sum_j J_ij x_j (n values).
    void drive(const double* x, int unit, double* y) const;
    // u = x_i + gamma (Omega_i x_i + y - <y, x_i> x_i) before normalisation; returns <y, x_i>.
    double update(const double* x, int unit, const double* y, double* u) const;
    // Omega_i as a dense n x n row-major matrix (I under 'omega-layer' identity).
    void omegaMatrix(int unit, double* m) const;
    // Calls f(j, scalar, block) for every nonzero J_ij (block null: scalar * I).
    template <class F> void forEachCoupling(int unit, F&& f) const;

    Settings m_settings;
    AkornStructure m_s;
};

} // namespace nd
