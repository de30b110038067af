#include "maps/chialvo.h"

namespace nd {

namespace {
std::vector<ParameterSpec> chialvoSpecs()
{
    return {
        {"a", 0.89, -10.0, 10.0, 0.0, 1.0, "Recovery time constant (a < 1)"},
        {"b", 0.6, -10.0, 10.0, 0.0, 1.0, "Activation-dependence of the recovery"},
        {"c", 0.28, -10.0, 10.0, 0.0, 1.0, "Recovery offset"},
        {"k0", 0.03, -10.0, 10.0, 0.0, 0.1, "Constant bias (external stimulus) of the activation"},
    };
}
} // namespace

ChialvoMap::ChialvoMap() : Model(chialvoSpecs())
{
    parametersChanged();
}

ChialvoMap::ChialvoMap(const ChialvoParameters& p) : Model(chialvoSpecs())
{
    setParameter(0, p.a);
    setParameter(1, p.b);
    setParameter(2, p.c);
    setParameter(3, p.k0);
}

void ChialvoMap::parametersChanged()
{
    const auto v = parameters();
    m_p = {v[0], v[1], v[2], v[3]};
}

void ChialvoMap::evaluate(const double* x, double* out) const
{
    chialvoStep(m_p, x[0], x[1], out[0], out[1]);
}

void ChialvoMap::jacobian(const double* x, double* jac) const
{
    const double e = std::exp(x[1] - x[0]);
    jac[0] = (2.0 * x[0] - x[0] * x[0]) * e;
    jac[1] = x[0] * x[0] * e;
    jac[2] = -m_p.b;
    jac[3] = m_p.a;
}

} // namespace nd
