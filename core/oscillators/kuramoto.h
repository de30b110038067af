// Kuramoto / Sakaguchi–Kuramoto phase oscillators (models.md section 3), an ODE model:
//     dtheta_i/dt = omega_i + (K / n_i) * sum_j A_ij sin(theta_j - theta_i - alpha)
// Same thread rules as Model (evaluate/jacobian are const; the all-to-all and sparse paths
// use per-call scratch buffers, so concurrent calls are safe).
//
// Settings:
//   N             number of oscillators (>= 2)
//   topology      all-to-all | ring | graph
//                 all-to-all: A_ij = 1 for every j including i (the usual mean field
//                   K r sin(psi - theta_i - alpha)); O(N) per right-hand side.
//                 ring: A_ij = 1 for the R neighbours on each side (1 <= R, 2R <= N-1).
//                 graph: weighted edges (setting "edges" or the constructor's list), O(nnz)
//                   per right-hand side through sum_j A_ij sin(theta_j - theta_i - alpha) =
//                   cos(theta_i + alpha) (A s)_i - sin(theta_i + alpha) (A c)_i.
//   R             ring range
//   edges         for topology graph: "i-j" (undirected, weight 1), "i>j" (j acts on i only),
//                 optional ":w" weight, comma-separated, e.g. "0-1,1-2:0.5,3>2"
//   normalisation auto | N | degree | none. n_i = N, the row sum of A, or 1; auto means N for
//                 all-to-all and degree otherwise (a node without edges gets n_i = 1).
//   frequencies   lorentzian | gaussian | uniform | explicit
//   sampling      random (seeded) | quantile (omega_i at the quantiles (i + 1/2)/N, sorted)
//   seed          unsigned integer seed for random sampling
//   omegas        comma-separated omega_i for frequencies = explicit (exactly N values)
// Parameters: K (coupling), alpha (phase lag), omega0 (centre of the law), gamma (width: the
// Lorentzian half-width, the Gaussian standard deviation, the uniform half-width). Drawn
// frequencies are omega_i = omega0 + gamma * z_i with standardised z_i fixed by the seed, so
// scanning omega0 or gamma keeps the same draw. Explicit frequencies ignore omega0 and gamma.
#pragma once

#include "model/model.h"
#include "network/mapnetwork.h"

#include <vector>

namespace nd {

class KuramotoNetwork : public Model {
public:
    explicit KuramotoNetwork(const Settings& settings = {});
    // topology = graph with the given edges (target i receives from source j with weight w);
    // any "edges" setting is ignored.
    KuramotoNetwork(const Settings& settings, const std::vector<WeightedEdge>& edges);

    std::string typeName() const override { return "kuramoto"; }
    TimeKind timeKind() const override { return TimeKind::Flow; }
    int dimension() const override { return m_n; }
    std::vector<std::string> variableNames() const override;
    std::vector<double> defaultInitialState() const override; // equally spaced phases
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<KuramotoNetwork>(*this); }
    std::vector<SettingSpec> settingSpecs() const override;
    Settings settings() const override { return m_settings; }

    const std::vector<double>& frequencies() const { return m_omega; }

protected:
    void parametersChanged() override;

private:
    enum class Topology { AllToAll, Ring, Graph };
    void init(const std::vector<WeightedEdge>* edges);

    Settings m_settings;
    int m_n = 0;
    int m_r = 1;
    Topology m_topology = Topology::AllToAll;
    bool m_explicit = false;
    std::vector<double> m_z;     // standardised draws (or explicit frequencies)
    std::vector<double> m_omega; // omega0 + gamma * z
    std::vector<double> m_invNorm;
    std::vector<int> m_rowStart, m_column; // A in compressed rows (topology graph)
    std::vector<double> m_weight;
};

// |(1/N) sum_j exp(i theta_j)|, the Kuramoto order parameter of a phase vector.
double kuramotoOrderParameter(const double* theta, int n);

} // namespace nd
