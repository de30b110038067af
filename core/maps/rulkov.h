// The Rulkov (2002) map in its chaotic form:
//     x' = alpha / (1 + x^2) + y,   y' = y - mu (x - sigma)
// mu << 1 makes y slow; alpha > 4 allows chaotic bursting; sigma acts as a dc input.
#pragma once

#include "model/model.h"

namespace nd {

struct RulkovParameters {
    double alpha = 4.1;
    double mu = 0.001;
    double sigma = -1.0;
};

inline void rulkovStep(const RulkovParameters& p, double x, double y, double& xOut, double& yOut)
{
    xOut = p.alpha / (1.0 + x * x) + y;
    yOut = y - p.mu * (x - p.sigma);
}

class RulkovMap : public Model {
public:
    RulkovMap();
    explicit RulkovMap(const RulkovParameters& p);
    std::string typeName() const override { return "rulkov"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {-1.0, -3.0}; }
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<RulkovMap>(*this); }
    const RulkovParameters& values() const { return m_p; }

protected:
    void parametersChanged() override;

private:
    RulkovParameters m_p;
};

} // namespace nd
