#include "maps/memristivechialvo.h"

namespace nd {

std::vector<ParameterSpec> memristiveChialvoParameterSpecs()
{
    return {
        {"a", 0.89, -10.0, 10.0, 0.0, 1.0, "Recovery time constant (a < 1)"},
        {"b", 0.6, -10.0, 10.0, 0.0, 1.0, "Activation-dependence of the recovery"},
        {"c", 0.28, -10.0, 10.0, 0.0, 1.0, "Recovery offset"},
        {"k0", 0.03, -10.0, 10.0, 0.0, 0.1, "Constant bias (external stimulus) of the activation"},
        {"k", -0.2, -10.0, 10.0, -1.0, 1.0, "Strength of the flux feedback k x M(phi) on the activation"},
        {"k1", 0.1, -10.0, 10.0, 0.0, 1.0, "Activation-driven change of the flux"},
        {"k2", 0.2, -10.0, 10.0, 0.0, 1.0, "Leakage of the flux"},
        {"alpha", 0.1, -10.0, 10.0, 0.0, 1.0, "Constant part of the memductance M(phi)"},
        {"beta", 0.2, -10.0, 10.0, 0.0, 1.0, "Quadratic part of the memductance M(phi) = alpha + 3 beta phi^2"},
    };
}

void memristiveChialvoJacobian(const MemristiveChialvoParameters& p, double x, double y, double phi, double* jac)
{
    const double e = std::exp(y - x);
    const double m = p.alpha + 3.0 * p.beta * phi * phi;
    jac[0] = (2.0 * x - x * x) * e + p.k * m;
    jac[1] = x * x * e;
    jac[2] = p.k * x * 6.0 * p.beta * phi;
    jac[3] = -p.b;
    jac[4] = p.a;
    jac[5] = 0.0;
    jac[6] = p.k1;
    jac[7] = 0.0;
    jac[8] = -p.k2;
}

MemristiveChialvoMap::MemristiveChialvoMap() : Model(memristiveChialvoParameterSpecs())
{
    parametersChanged();
}

MemristiveChialvoMap::MemristiveChialvoMap(const MemristiveChialvoParameters& p)
    : Model(memristiveChialvoParameterSpecs())
{
    const double v[] = {p.a, p.b, p.c, p.k0, p.k, p.k1, p.k2, p.alpha, p.beta};
    for (int i = 0; i < 9; ++i)
        setParameter(i, v[i]);
}

void MemristiveChialvoMap::parametersChanged()
{
    const auto v = parameters();
    m_p = {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]};
}

void MemristiveChialvoMap::evaluate(const double* x, double* out) const
{
    memristiveChialvoStep(m_p, x[0], x[1], x[2], out[0], out[1], out[2]);
}

void MemristiveChialvoMap::jacobian(const double* x, double* jac) const
{
    memristiveChialvoJacobian(m_p, x[0], x[1], x[2], jac);
}

} // namespace nd
