#include "maps/referencemaps.h"

namespace nd {

LogisticMap::LogisticMap()
    : Model({{"r", 3.7, -1e3, 1e3, 2.5, 4.0, "Growth rate"}})
{
}

void LogisticMap::evaluate(const double* x, double* out) const
{
    const double r = parameters()[0];
    out[0] = r * x[0] * (1.0 - x[0]);
}

void LogisticMap::jacobian(const double* x, double* jac) const
{
    jac[0] = parameters()[0] * (1.0 - 2.0 * x[0]);
}

DelayedLogisticMap::DelayedLogisticMap()
    : Model({{"r", 1.9, -1e3, 1e3, 1.0, 2.3, "Growth rate (Neimark-Sacker bifurcation at r = 2)"}})
{
}

void DelayedLogisticMap::evaluate(const double* x, double* out) const
{
    const double r = parameters()[0];
    out[0] = r * x[0] * (1.0 - x[1]);
    out[1] = x[0];
}

void DelayedLogisticMap::jacobian(const double* x, double* jac) const
{
    const double r = parameters()[0];
    jac[0] = r * (1.0 - x[1]);
    jac[1] = -r * x[0];
    jac[2] = 1.0;
    jac[3] = 0.0;
}

HenonMap::HenonMap()
    : Model({{"a", 1.4, -1e3, 1e3, 0.0, 1.5, "Nonlinearity"}, {"b", 0.3, -1e3, 1e3, -1.0, 1.0, "Contraction (det J = -b)"}})
{
}

void HenonMap::evaluate(const double* x, double* out) const
{
    const auto p = parameters();
    out[0] = 1.0 - p[0] * x[0] * x[0] + x[1];
    out[1] = p[1] * x[0];
}

void HenonMap::jacobian(const double* x, double* jac) const
{
    const auto p = parameters();
    jac[0] = -2.0 * p[0] * x[0];
    jac[1] = 1.0;
    jac[2] = p[1];
    jac[3] = 0.0;
}

} // namespace nd
