#include "measures/emergence.h"

#include "common/errors.h"
#include "measures/measurecommon.h"
#include "measures/networkspectrum.h"

#include <cmath>
#include <limits>

namespace nd {

namespace {

bool positiveFinite(double v)
{
    return std::isfinite(v) && v > 0.0;
}

} // namespace

double degreeOfEmergence(double alpha0T0, double widthT0, double alpha0T, double widthT)
{
    if (!positiveFinite(alpha0T0) || !positiveFinite(alpha0T) || !positiveFinite(widthT0) ||
        !std::isfinite(widthT))
        return std::numeric_limits<double>::quiet_NaN();
    return widthT / widthT0 * std::log(alpha0T0 / alpha0T);
}

EmergenceResult emergenceSeries(std::span<const EmergenceSamples> checkpoints)
{
    if (checkpoints.empty())
        throw InputError(ND_ENGINE_TEXT("emergence: no checkpoint given"), {});
    EmergenceResult res;
    res.conventions = "per checkpoint: mean and standard deviation (ddof 0) of alpha_0 and width over the "
                      "subnetworks given; E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)) from the means, "
                      "t0 = the first checkpoint (NeuroMFA, analysis/emergence.py)";
    for (std::size_t c = 0; c < checkpoints.size(); ++c) {
        const EmergenceSamples& s = checkpoints[c];
        if (s.alpha0.size() != s.width.size())
            throw InputError(
                ND_ENGINE_TEXT("emergence: checkpoint %1 has %2 alpha_0 values but %3 widths"),
                {std::to_string(c), std::to_string(s.alpha0.size()), std::to_string(s.width.size())});
        requireFinite(s.step, "emergence: step of checkpoint " + std::to_string(c));
        for (std::size_t k = 0; k < s.alpha0.size(); ++k) {
            requireFinite(s.alpha0[k], "emergence: alpha_0 of checkpoint " + std::to_string(c));
            requireFinite(s.width[k], "emergence: width of checkpoint " + std::to_string(c));
        }
        EmergencePoint p;
        p.step = s.step;
        p.samples = s.alpha0.size();
        if (p.samples == 0) {
            p.reason = "no subnetwork of this checkpoint has a defined spectrum that passes the filter";
        } else {
            p.alpha0Mean = seriesMean(s.alpha0);
            p.alpha0Sd = seriesStdDev(s.alpha0, 0);
            p.widthMean = seriesMean(s.width);
            p.widthSd = seriesStdDev(s.width, 0);
        }
        res.points.push_back(p);
    }
    const EmergencePoint& t0 = res.points.front();
    if (t0.samples == 0)
        res.reason = "the first checkpoint (t0) has no usable subnetwork";
    else if (!(t0.widthMean > 0.0))
        res.reason = "the mean spectrum width at the first checkpoint (t0) is 0: E divides by it";
    else if (!(t0.alpha0Mean > 0.0))
        res.reason =
            "the mean alpha_0 at the first checkpoint (t0) is not positive: ln(alpha_0(t0)/alpha_0(t)) "
            "needs it";
    res.defined = res.reason.empty();
    for (std::size_t c = 0; c < res.points.size(); ++c) {
        EmergencePoint& p = res.points[c];
        if (p.samples == 0)
            continue;
        if (!res.defined) {
            p.reason = res.reason;
            continue;
        }
        if (c == 0) {
            p.emergence = 0.0; // by construction; ln(1) could differ from 0 only by rounding
            p.defined = true;
            continue;
        }
        if (!(p.alpha0Mean > 0.0)) {
            p.reason = "mean alpha_0 is not positive: the logarithm of alpha_0(t0)/alpha_0(t) is undefined";
            continue;
        }
        p.emergence = degreeOfEmergence(t0.alpha0Mean, t0.widthMean, p.alpha0Mean, p.widthMean);
        p.defined = true;
    }
    return res;
}

EmergenceSamples emergenceSamples(double step, std::span<const NetworkSpectrumResult> subnetworks)
{
    EmergenceSamples s;
    s.step = step;
    for (const NetworkSpectrumResult& r : subnetworks)
        if (r.defined && r.passesFilter) {
            s.alpha0.push_back(r.alpha0);
            s.width.push_back(r.width);
        }
    return s;
}

} // namespace nd
