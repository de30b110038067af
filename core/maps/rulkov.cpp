#include "maps/rulkov.h"

namespace nd {

namespace {
std::vector<ParameterSpec> rulkovSpecs()
{
    return {
        {"alpha", 4.1, -1e3, 1e3, 3.0, 6.0, "Nonlinearity (alpha > 4 allows chaotic bursting)"},
        {"mu", 0.001, -10.0, 10.0, 0.0, 0.01, "Time-scale ratio of the slow variable (mu << 1)"},
        {"sigma", -1.0, -1e3, 1e3, -2.0, 0.0, "External dc input"},
    };
}
} // namespace

RulkovMap::RulkovMap() : Model(rulkovSpecs())
{
    parametersChanged();
}

RulkovMap::RulkovMap(const RulkovParameters& p) : Model(rulkovSpecs())
{
    setParameter(0, p.alpha);
    setParameter(1, p.mu);
    setParameter(2, p.sigma);
}

void RulkovMap::parametersChanged()
{
    const auto v = parameters();
    m_p = {v[0], v[1], v[2]};
}

void RulkovMap::evaluate(const double* x, double* out) const
{
    rulkovStep(m_p, x[0], x[1], out[0], out[1]);
}

void RulkovMap::jacobian(const double* x, double* jac) const
{
    const double d = 1.0 + x[0] * x[0];
    jac[0] = -2.0 * m_p.alpha * x[0] / (d * d);
    jac[1] = 1.0;
    jac[2] = -m_p.mu;
    jac[3] = 1.0;
}

} // namespace nd
