#include "measures/mfdfa.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/spectrum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace nd {

namespace {

// Orthonormal polynomial basis of degree 0..order on t = 0..s-1 (modified Gram-Schmidt on
// powers of a centred, scaled t), row-major s x (order + 1).
std::vector<double> gramBasisRows(std::size_t s, int order);

// The same basis with each polynomial contiguous: (order + 1) x s.
std::vector<double> gramBasis(std::size_t s, int order)
{
    const std::size_t k = static_cast<std::size_t>(order) + 1;
    const std::vector<double> rows = gramBasisRows(s, order);
    std::vector<double> cols(rows.size());
    for (std::size_t t = 0; t < s; ++t)
        for (std::size_t j = 0; j < k; ++j)
            cols[j * s + t] = rows[t * k + j];
    return cols;
}

// Dot product with four independent partial sums (instruction-level parallelism without
// reassociating beyond a fixed, deterministic order).
double dot(const double* a, const double* b, std::size_t n)
{
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

std::vector<double> gramBasisRows(std::size_t s, int order)
{
    const std::size_t k = static_cast<std::size_t>(order) + 1;
    std::vector<double> b(s * k);
    const double centre = 0.5 * static_cast<double>(s - 1), scale = 1.0 / static_cast<double>(s);
    for (std::size_t t = 0; t < s; ++t) {
        const double u = (static_cast<double>(t) - centre) * scale;
        double pw = 1.0;
        for (std::size_t d = 0; d < k; ++d, pw *= u)
            b[t * k + d] = pw;
    }
    for (std::size_t d = 0; d < k; ++d) {
        for (int pass = 0; pass < 2; ++pass) // re-orthogonalise once for accuracy at high order
            for (std::size_t e = 0; e < d; ++e) {
                double dot = 0.0;
                for (std::size_t t = 0; t < s; ++t)
                    dot += b[t * k + d] * b[t * k + e];
                for (std::size_t t = 0; t < s; ++t)
                    b[t * k + d] -= dot * b[t * k + e];
            }
        double norm = 0.0;
        for (std::size_t t = 0; t < s; ++t)
            norm += b[t * k + d] * b[t * k + d];
        norm = 1.0 / std::sqrt(norm);
        for (std::size_t t = 0; t < s; ++t)
            b[t * k + d] *= norm;
    }
    return b;
}

void validate(std::span<const double> x, const MfdfaOptions& o, std::vector<double>& q,
              std::vector<std::size_t>& scales)
{
    if (o.order < 0 || o.order > 8)
        throw InputError(ND_ENGINE_TEXT("MFDFA: detrending order must be in 0..8 (got %1)"),
                         {std::to_string(o.order)});
    requireSeries(x, 2 * (static_cast<std::size_t>(o.order) + 2), "MFDFA: series");
    q = sortedQGrid(o.q, "MFDFA");
    if (!(o.zeroVarianceTolerance >= 0.0 && o.zeroVarianceTolerance < 1.0))
        throw InputError(ND_ENGINE_TEXT("MFDFA: zero-variance tolerance must be in [0, 1)"), {});
    if (!(o.minRSquared >= 0.0 && o.minRSquared <= 1.0))
        throw InputError(ND_ENGINE_TEXT("MFDFA: the R^2 warning threshold must be in [0, 1]"), {});
    if (!(o.flatSegmentFraction >= 0.0 && o.flatSegmentFraction < 1.0))
        throw InputError(ND_ENGINE_TEXT("MFDFA: the flat-segment fraction must be in [0, 1)"), {});
    const std::size_t n = x.size();
    const std::size_t smallest = static_cast<std::size_t>(o.order) + 2;
    if (o.scales.empty()) {
        if (o.scaleCount < 2)
            throw InputError(ND_ENGINE_TEXT("MFDFA: at least two scales are needed (scale count %1)"),
                             {std::to_string(o.scaleCount)});
        const std::size_t maxScale = o.maxScale == 0 ? n / 4 : o.maxScale;
        if (o.minScale < smallest || maxScale > n / 2 || o.minScale >= maxScale)
            throw InputError(ND_ENGINE_TEXT("MFDFA: scale range [%1, %2] must lie in [order + 2, N / 2] = "
                                            "[%3, %4] with min < max (series too short?)"),
                             {std::to_string(o.minScale), std::to_string(maxScale), std::to_string(smallest),
                              std::to_string(n / 2)});
        scales = mfdfaScales(n, o.minScale, maxScale, o.scaleCount);
    } else {
        scales = o.scales;
    }
    if (scales.size() < 2)
        throw InputError(ND_ENGINE_TEXT("MFDFA: at least two distinct scales are needed"), {});
    for (std::size_t i = 0; i < scales.size(); ++i) {
        if (scales[i] < smallest || scales[i] > n / 2)
            throw InputError(ND_ENGINE_TEXT("MFDFA: scale %1 lies outside [order + 2, N / 2] = [%2, %3]"),
                             {std::to_string(scales[i]), std::to_string(smallest), std::to_string(n / 2)});
        if (i > 0 && scales[i] <= scales[i - 1])
            throw InputError(ND_ENGINE_TEXT("MFDFA: scales must be strictly increasing (%1 after %2)"),
                             {std::to_string(scales[i]), std::to_string(scales[i - 1])});
    }
}

} // namespace

std::vector<std::size_t> mfdfaScales(std::size_t n, std::size_t minScale, std::size_t maxScale, int count)
{
    (void)n;
    std::vector<std::size_t> s;
    const double lo = std::log(static_cast<double>(minScale)), hi = std::log(static_cast<double>(maxScale));
    for (int i = 0; i < count; ++i) {
        const double v = std::exp(lo + (hi - lo) * i / std::max(1, count - 1));
        const auto r = static_cast<std::size_t>(std::llround(v));
        if (s.empty() || r > s.back())
            s.push_back(r);
    }
    return s;
}

MfdfaResult mfdfa(std::span<const double> x, const MfdfaOptions& o, Progress* progress)
{
    MfdfaResult res;
    validate(x, o, res.q, res.scales);
    const std::size_t n = x.size(), ns = res.scales.size(), nq = res.q.size();
    std::ostringstream conv;
    conv << "profile Y = cumsum(x - mean), two-ended segmentation (2 floor(N/s) segments), detrending order "
         << o.order
         << ", F^2 = residual variance, q = 0 by the log average, h = least-squares slope of ln F_q vs "
         << "ln s over s = " << res.scales.front() << ".." << res.scales.back() << " (" << ns
         << " scales), tau = q h - 1, alpha by finite differences in q, zero-variance segments (residual < "
         << o.zeroVarianceTolerance << " of the segment's sum of squares) excluded";
    res.conventions = conv.str();

    const double mean = seriesMean(x);
    std::vector<double> profile(n);
    double acc = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        acc += x[i] - mean;
        profile[i] = acc;
    }

    res.segments.assign(ns, 0);
    res.zeroVarianceSegments.assign(ns, 0);
    res.nearZeroSegments.assign(ns, 0);
    res.scaleUsable.assign(ns, 0);
    res.logFq.assign(nq, std::vector<double>(ns, 0.0));
    const std::size_t k = static_cast<std::size_t>(o.order) + 1;

    const bool complete = parallelFor(
        ns, o.threads,
        [&](std::size_t si) {
            const std::size_t s = res.scales[si];
            const std::vector<double> basis = gramBasis(s, o.order);
            const std::size_t perEnd = n / s;
            std::vector<double> logF2;
            logF2.reserve(2 * perEnd);
            std::size_t zero = 0;
            std::vector<double> proj(k), d(s);
            for (std::size_t v = 0; v < 2 * perEnd; ++v) {
                const std::size_t start = v < perEnd ? v * s : n - (v - perEnd + 1) * s;
                const double* y = profile.data() + start;
                const double y0 =
                    y[0]; // shifting by the first value keeps the one-pass sums well conditioned
                for (std::size_t t = 0; t < s; ++t)
                    d[t] = y[t] - y0;
                const double syy = dot(d.data(), d.data(), s);
                for (std::size_t j = 0; j < k; ++j)
                    proj[j] = dot(d.data(), basis.data() + j * s, s);
                double resid = syy;
                for (double p : proj)
                    resid -= p * p;
                if (!(resid > o.zeroVarianceTolerance * syy) || resid <= 0.0) {
                    ++zero;
                    continue;
                }
                logF2.push_back(std::log(resid / static_cast<double>(s)));
            }
            res.segments[si] = 2 * perEnd;
            res.zeroVarianceSegments[si] = zero;
            if (logF2.empty())
                return;
            if (o.flatSegmentFraction > 0.0) {
                std::vector<double> sortedLog = logF2;
                auto mid = sortedLog.begin() + static_cast<std::ptrdiff_t>(sortedLog.size() / 2);
                std::nth_element(sortedLog.begin(), mid, sortedLog.end());
                const double cut = *mid + std::log(o.flatSegmentFraction);
                res.nearZeroSegments[si] = static_cast<std::size_t>(
                    std::count_if(logF2.begin(), logF2.end(), [cut](double l) { return l < cut; }));
            }
            res.scaleUsable[si] = 1;
            const double count = static_cast<double>(logF2.size());
            for (std::size_t qi = 0; qi < nq; ++qi) {
                const double q = res.q[qi];
                if (q == 0.0) {
                    double sum = 0.0;
                    for (double l : logF2)
                        sum += l;
                    res.logFq[qi][si] = 0.5 * sum / count;
                } else {
                    // ln F_q = (1/q) ln mean exp((q/2) ln F^2), evaluated without overflow.
                    double top = -std::numeric_limits<double>::infinity();
                    for (double l : logF2)
                        top = std::max(top, 0.5 * q * l);
                    double sum = 0.0;
                    for (double l : logF2)
                        sum += std::exp(0.5 * q * l - top);
                    res.logFq[qi][si] = (top + std::log(sum / count)) / q;
                }
            }
        },
        progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }

    std::size_t zeroTotal = 0;
    for (std::size_t z : res.zeroVarianceSegments)
        zeroTotal += z;
    if (zeroTotal > 0) {
        std::ostringstream w;
        w << zeroTotal << " zero-variance segment(s) excluded (per scale:";
        for (std::size_t si = 0; si < ns; ++si)
            if (res.zeroVarianceSegments[si])
                w << " s=" << res.scales[si] << ": " << res.zeroVarianceSegments[si] << "/"
                  << res.segments[si];
        w << "); they would make F_q infinite for q <= 0";
        res.warning = w.str();
    }
    // Flat segments only matter to negative moments: F^2 to a negative power is dominated by
    // (or, at zero, divided by) them. Zero-variance ones are already excluded, near-zero ones
    // are kept and still dominate: count both.
    std::size_t nearTotal = 0;
    for (std::size_t c : res.nearZeroSegments)
        nearTotal += c;
    if (res.q.front() < 0.0 && zeroTotal + nearTotal > 0) {
        std::ostringstream w;
        w << zeroTotal + nearTotal << " flat segment(s) (" << zeroTotal << " with zero and " << nearTotal
          << " with near-zero detrended variance, below " << o.flatSegmentFraction
          << " of their scale's median F^2): the q < 0 moments are dominated by them and h(q < 0) "
             "reflects the flat stretches rather than the scaling of the series";
        res.warnings.push_back({"flat_segments", false, 0.0, static_cast<double>(zeroTotal + nearTotal), w.str()});
    }
    std::vector<double> lx, ly;
    std::vector<std::size_t> usable;
    for (std::size_t si = 0; si < ns; ++si)
        if (res.scaleUsable[si])
            usable.push_back(si);
    if (usable.size() < 2) {
        res.reason = constantToRounding(x)
                         ? constantSeriesReason()
                         : "fewer than two scales have a segment with nonzero detrended variance";
        return res;
    }
    std::vector<double> weights; // segments averaged per scale: the crossover test's weights
    for (std::size_t si : usable) {
        lx.push_back(std::log(static_cast<double>(res.scales[si])));
        weights.push_back(static_cast<double>(res.segments[si] - res.zeroVarianceSegments[si]));
    }
    res.fitScaleMin = res.scales[usable.front()];
    res.fitScaleMax = res.scales[usable.back()];
    res.fitPoints = usable.size();
    res.h.resize(nq);
    res.hStdErr.resize(nq);
    res.rSquared.resize(nq);
    for (std::size_t qi = 0; qi < nq; ++qi) {
        ly.clear();
        for (std::size_t si : usable)
            ly.push_back(res.logFq[qi][si]);
        const FitReport fit = fitReport(lx, ly);
        res.h[qi] = fit.slope;
        res.hStdErr[qi] = fit.slopeStdErr;
        res.rSquared[qi] = fit.rSquared;
        res.fits.push_back(fit);
        res.crossovers.push_back(crossoverTest(lx, ly, o.crossover, weights));
        appendFitWarnings(res.warnings, res.q[qi], fit, res.crossovers.back(), o.minRSquared, "scale");
    }
    res.tau.resize(nq);
    for (std::size_t qi = 0; qi < nq; ++qi)
        res.tau[qi] = res.q[qi] * res.h[qi] - 1.0;
    const LegendreSpectrum spec = legendreSpectrum(res.q, res.tau);
    if (!spec.defined)
        res.warning +=
            std::string(res.warning.empty() ? "" : "; ") + "alpha and f(alpha) need at least two q values";
    res.alpha = spec.alpha;
    res.fAlpha = spec.f;
    res.width = spec.width;
    res.defined = true;
    return res;
}

MeasureValue mfdfaH(const MfdfaResult& result, double q)
{
    if (!result.defined)
        return MeasureValue::undefined(result.reason);
    for (std::size_t i = 0; i < result.q.size() && i < result.h.size(); ++i)
        if (result.q[i] == q)
            return MeasureValue::of(result.h[i]);
    std::ostringstream os;
    os << "q = " << q << " is not in the q grid";
    return MeasureValue::undefined(os.str());
}

MeasureValue mfdfaWidth(std::span<const double> series)
{
    MfdfaOptions o;
    o.threads = 1;
    const MfdfaResult res = mfdfa(series, o);
    return res.defined ? MeasureValue::of(res.width) : MeasureValue::undefined(res.reason);
}

} // namespace nd
