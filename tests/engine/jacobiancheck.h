// Test helper: compares a model's analytic Jacobian with central finite differences.
#pragma once

#include "model/model.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ndtest {

// Largest deviation |J - FD| / max(1, |J|) over all entries at state x.
inline double jacobianError(const nd::Model& m, const std::vector<double>& x)
{
    const auto n = static_cast<std::size_t>(m.dimension());
    std::vector<double> jac(n * n), plus(n), minus(n), xp = x;
    m.jacobian(x.data(), jac.data());
    double worst = 0.0;
    for (std::size_t c = 0; c < n; ++c) {
        const double h = 1e-6 * std::max(1.0, std::fabs(x[c]));
        xp[c] = x[c] + h;
        m.evaluate(xp.data(), plus.data());
        xp[c] = x[c] - h;
        m.evaluate(xp.data(), minus.data());
        xp[c] = x[c];
        for (std::size_t r = 0; r < n; ++r) {
            const double fd = (plus[r] - minus[r]) / (2.0 * h);
            const double a = jac[r * n + c];
            worst = std::max(worst, std::fabs(a - fd) / std::max(1.0, std::fabs(a)));
        }
    }
    return worst;
}

} // namespace ndtest
