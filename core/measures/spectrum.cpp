#include "measures/spectrum.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace nd {

LineFit fitLine(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size() || x.size() < 2)
        throw InputError(ND_ENGINE_TEXT("line fit: needs at least two (x, y) points of equal count"), {});
    const double n = static_cast<double>(x.size());
    double mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0.0, sxy = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0.0)
        throw InputError(ND_ENGINE_TEXT("line fit: all x values are equal"), {});
    LineFit fit;
    // Equal y values are a perfect horizontal line. Their mean, rounded, would leave residuals of
    // 1e-16 whose ratio made R^2 noise (0 for the network spectrum's constant ln Z_0(r)).
    if (std::all_of(y.begin(), y.end(), [&](double v) { return v == y[0]; })) {
        fit.intercept = y[0];
        return fit;
    }
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    double ssRes = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double r = y[i] - (fit.intercept + fit.slope * x[i]);
        ssRes += r * r;
    }
    fit.rSquared = syy > 0.0 ? std::max(0.0, 1.0 - ssRes / syy) : 1.0;
    fit.slopeStdErr = x.size() > 2 ? std::sqrt(ssRes / (n - 2.0) / sxx) : 0.0;
    return fit;
}

LegendreSpectrum legendreSpectrum(std::span<const double> q, std::span<const double> tau)
{
    LegendreSpectrum s;
    const std::size_t n = q.size();
    if (n < 2 || tau.size() != n)
        return s;
    s.alpha.resize(n);
    s.f.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (i == 0) {
            s.alpha[i] = (tau[1] - tau[0]) / (q[1] - q[0]);
        } else if (i + 1 == n) {
            s.alpha[i] = (tau[i] - tau[i - 1]) / (q[i] - q[i - 1]);
        } else {
            // Derivative of the parabola through three neighbouring points (exact for quadratics).
            const double h1 = q[i] - q[i - 1], h2 = q[i + 1] - q[i];
            s.alpha[i] = -h2 / (h1 * (h1 + h2)) * tau[i - 1] + (h2 - h1) / (h1 * h2) * tau[i]
                         + h1 / (h2 * (h1 + h2)) * tau[i + 1];
        }
        s.f[i] = q[i] * s.alpha[i] - tau[i];
    }
    const auto [lo, hi] = std::minmax_element(s.alpha.begin(), s.alpha.end());
    s.width = *hi - *lo;
    s.alpha0 = s.alpha[static_cast<std::size_t>(std::max_element(s.f.begin(), s.f.end()) - s.f.begin())];
    s.defined = true;
    return s;
}

std::vector<double> sortedQGrid(std::span<const double> q, const char* field)
{
    if (q.empty())
        throw InputError(ND_ENGINE_TEXT("%1: the q grid is empty"), {std::string(field)});
    std::vector<double> out(q.begin(), q.end());
    for (std::size_t i = 0; i < out.size(); ++i)
        requireFinite(out[i], std::string(field) + ": q[" + std::to_string(i) + "]");
    std::sort(out.begin(), out.end());
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i] == out[i - 1]) {
            std::ostringstream os;
            os << field << ": the q grid holds " << out[i] << " twice";
            throw InputError(os.str());
        }
    return out;
}

} // namespace nd
