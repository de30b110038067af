// The K-th iterate of a map model as the continuation engine sees it: the residual
// G(x, p) = F^K(x) - x, the monodromy matrix D(F^K)(x) (product of the K step Jacobians along
// the cycle), parameter derivatives by central differences, and multiplier utilities.
// A CycleMap owns a private clone of the model, so one object serves one thread; make one per
// thread if continuation runs concurrently.
#pragma once

#include "model/model.h"

#include <Eigen/Dense>

#include <complex>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nd {

class CycleMap {
public:
    // Throws InputError for a model that is not a map, period < 1, an unknown parameter name, or a
    // link free together with a parameter it sets.
    CycleMap(const Model& model, int period, const std::vector<std::string>& parameterNames);

    int dimension() const { return m_n; }
    int period() const { return m_period; }
    int freeParameterCount() const { return static_cast<int>(m_indices.size()); }
    const Model& model() const { return *m_model; }
    std::vector<std::string> parameterNames() const;

    // Sets the free parameters. Returns false (with a reason) if the model refuses a value,
    // e.g. outside its valid range; the model keeps its previous values then.
    bool setParameters(const double* p, std::string* reason = nullptr);
    double parameterValue(int k) const;

    // out = F^K(x) - x. False if any iterate is non-finite.
    bool residual(const double* x, double* out) const;
    // A = D(F^K)(x) as an Eigen matrix. False if non-finite.
    bool monodromy(const double* x, Eigen::MatrixXd& a) const;
    // d(F^K(x))/dp_k by central differences with a relative step of about eps^(1/3); for a
    // linked parameter the scale-weighted sum of its targets' derivatives (chain rule).
    // Restores the parameters afterwards. False if an evaluation failed.
    bool parameterDerivative(const double* x, int k, double* out);

private:
    // The central difference in one of the model's own parameters (by model index).
    bool ownParameterDerivative(const double* x, int index, double* out);

    std::unique_ptr<Model> m_model;
    int m_n = 0;
    int m_period = 1;
    std::vector<int> m_indices;
    mutable std::vector<double> m_a, m_b, m_jac;
};

// Eigenvalues of a, sorted by modulus, descending (ties by argument), as the branch reports them.
std::vector<std::complex<double>> multipliersOf(const Eigen::MatrixXd& a);
bool allInsideUnitCircle(const std::vector<std::complex<double>>& mu);
// The second compound matrix (bialternate product a (.) a): its eigenvalues are mu_i mu_j, i < j.
Eigen::MatrixXd secondCompound(const Eigen::MatrixXd& a);

// Helpers of the codimension-2 test functions (skip indices equal to mu.size() skip nothing):
// index of the multiplier closest to a real target;
std::size_t closestTo(const std::vector<std::complex<double>>& mu, double target);
// the pair (i < j) whose product is closest to 1 (the NS / neutral-saddle pair);
std::pair<std::size_t, std::size_t> criticalPair(const std::vector<std::complex<double>>& mu,
                                                 std::size_t skipA, std::size_t skipB);
// prod_{i<j} (mu_i mu_j - 1) and prod_i (mu_i + shift) over the multipliers not skipped (real
// parts: complex multipliers come in conjugate pairs);
double pairProduct(const std::vector<std::complex<double>>& mu, std::size_t skipA, std::size_t skipB);
double shiftedProduct(const std::vector<std::complex<double>>& mu, std::size_t skipA, std::size_t skipB,
                      double shift);
// whether the pair is complex (not a real reciprocal pair).
bool isComplexPair(const std::vector<std::complex<double>>& mu, std::pair<std::size_t, std::size_t> pair);

} // namespace nd
