// The Chialvo (1995) neuron map:
//     x' = x^2 exp(y - x) + k0,   y' = a y - b x + c
// x is the activation, y the recovery variable. Parameters a, b, c, k0.
#pragma once

#include "model/model.h"

#include <cmath>

namespace nd {

struct ChialvoParameters {
    double a = 0.89;
    double b = 0.6;
    double c = 0.28;
    double k0 = 0.03;
};

// One step of the map, for tight loops that do not go through the virtual interface.
inline void chialvoStep(const ChialvoParameters& p, double x, double y, double& xOut, double& yOut)
{
    xOut = x * x * std::exp(y - x) + p.k0;
    yOut = p.a * y - p.b * x + p.c;
}

class ChialvoMap : public Model {
public:
    ChialvoMap();
    explicit ChialvoMap(const ChialvoParameters& p);

    std::string typeName() const override { return "chialvo"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {0.5, 2.0}; }

    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<ChialvoMap>(*this); }

    const ChialvoParameters& values() const { return m_p; }

protected:
    void parametersChanged() override;

private:
    ChialvoParameters m_p;
};

} // namespace nd
