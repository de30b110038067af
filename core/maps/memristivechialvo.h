// The Chialvo map with electromagnetic flux (memristive Chialvo):
//     x'   = x^2 exp(y - x) + k0 + k x M(phi),   M(phi) = alpha + 3 beta phi^2
//     y'   = a y - b x + c
//     phi' = k1 x - k2 phi
// Parameters a, b, c, k0 (as in the plain Chialvo map) and k, k1, k2, alpha, beta. With k = 0
// the (x, y) part is the plain Chialvo map. Any thread may call the const members.
#pragma once

#include "model/model.h"

#include <cmath>

namespace nd {

struct MemristiveChialvoParameters {
    double a = 0.89;
    double b = 0.6;
    double c = 0.28;
    double k0 = 0.03;
    double k = -0.2;
    double k1 = 0.1;
    double k2 = 0.2;
    double alpha = 0.1;
    double beta = 0.2;
};

// One step, for tight loops that do not go through the virtual interface.
inline void memristiveChialvoStep(const MemristiveChialvoParameters& p, double x, double y, double phi,
                                  double& xOut, double& yOut, double& phiOut)
{
    const double m = p.alpha + 3.0 * p.beta * phi * phi;
    xOut = x * x * std::exp(y - x) + p.k0 + p.k * x * m;
    yOut = p.a * y - p.b * x + p.c;
    phiOut = p.k1 * x - p.k2 * phi;
}

// Row-major 3x3 Jacobian of one step at (x, y, phi).
void memristiveChialvoJacobian(const MemristiveChialvoParameters& p, double x, double y, double phi,
                               double* jac);

class MemristiveChialvoMap : public Model {
public:
    MemristiveChialvoMap();
    explicit MemristiveChialvoMap(const MemristiveChialvoParameters& p);

    std::string typeName() const override { return "memristive-chialvo"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 3; }
    std::vector<std::string> variableNames() const override { return {"x", "y", "phi"}; }
    std::vector<double> defaultInitialState() const override { return {0.5, 2.0, 0.1}; }

    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<MemristiveChialvoMap>(*this); }

    const MemristiveChialvoParameters& values() const { return m_p; }

protected:
    void parametersChanged() override;

private:
    MemristiveChialvoParameters m_p;
};

// The parameter specs shared with the network node of this type (same names and ranges).
std::vector<ParameterSpec> memristiveChialvoParameterSpecs();

} // namespace nd
