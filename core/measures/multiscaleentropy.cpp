#include "measures/multiscaleentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"
#include "common/progress.h"

#include <sstream>

namespace nd {

std::vector<double> coarseGrain(std::span<const double> series, int scale, int offset)
{
    const std::size_t s = static_cast<std::size_t>(scale), off = static_cast<std::size_t>(offset);
    std::vector<double> out;
    if (scale < 1 || offset < 0 || off >= s || series.size() < off + s)
        return out;
    out.resize((series.size() - off) / s);
    for (std::size_t j = 0; j < out.size(); ++j) {
        double sum = 0.0;
        for (std::size_t k = 0; k < s; ++k)
            sum += series[off + j * s + k];
        out[j] = sum / static_cast<double>(s);
    }
    return out;
}

MultiscaleEntropyResult multiscaleEntropy(std::span<const double> series, const MultiscaleEntropyOptions& o,
                                          Progress* progress)
{
    if (o.maxScale < 1)
        throw InputError("multiscale entropy: the number of scales must be >= 1 (got " +
                         std::to_string(o.maxScale) + ")");
    if (o.m < 1)
        throw InputError("multiscale entropy: m (template length) must be >= 1 (got " + std::to_string(o.m) +
                         ")");
    if (o.ddof != 0 && o.ddof != 1)
        throw InputError("multiscale entropy: ddof must be 0 or 1 (got " + std::to_string(o.ddof) + ")");
    requireFinite(o.r, "multiscale entropy: r");
    if (o.r <= 0.0) {
        std::ostringstream os;
        os << "multiscale entropy: r must be > 0 (got " << o.r << ")";
        throw InputError(os.str());
    }
    const std::size_t minLength = static_cast<std::size_t>(o.m) + 2;
    requireSeries(series, minLength, "multiscale entropy: series (m + 2 samples give two templates)");
    if (static_cast<std::size_t>(o.maxScale) > series.size())
        throw InputError("multiscale entropy: " + std::to_string(o.maxScale) + " scales exceed the series' " +
                         std::to_string(series.size()) + " samples");

    MultiscaleEntropyResult res;
    res.stdDev = seriesStdDev(series, o.ddof);
    const double r0 = sampen_detail::toleranceFor(series, o.r, o.toleranceKind, res.stdDev);

    SampleEntropyOptions so;
    so.m = o.m;
    so.rule = o.rule;
    so.toleranceKind = ToleranceKind::Absolute;
    so.threads = o.threads;
    const bool composite = o.method == MseMethod::RefinedComposite;
    for (int s = 1; s <= o.maxScale; ++s) {
        if (progress) {
            if (progress->isCanceled()) {
                res.outcome = Outcome::Canceled;
                return res;
            }
            progress->setProgress(static_cast<double>(s - 1) / o.maxScale);
        }
        MultiscaleEntropyScale sc;
        sc.scale = s;
        sc.series = composite ? s : 1;
        // The counts and the value go through sample entropy's own result and finish(), so the
        // undefined cases (r = 0, B = 0, A = 0) read the same as sample_entropy's.
        SampleEntropyResult sum;
        for (int k = 0; k < sc.series; ++k) {
            const std::vector<double> y = coarseGrain(series, s, k);
            if (k == 0) {
                sc.length = y.size();
                sc.toleranceUsed =
                    o.tolerancePerScale && o.toleranceKind == ToleranceKind::FractionOfStdDev
                        ? sampen_detail::toleranceFor(y, o.r, o.toleranceKind, seriesStdDev(y, o.ddof))
                        : r0;
            }
            if (y.size() < minLength || sc.toleranceUsed <= 0.0)
                break;
            so.r = sc.toleranceUsed;
            const SampleEntropyResult part = sampleEntropy(y, so);
            sum.a += part.a;
            sum.b += part.b;
        }
        sum.toleranceUsed = sc.toleranceUsed;
        if (sc.length < minLength) {
            sc.reason = "the coarse-grained series at scale " + std::to_string(s) + " has " +
                        std::to_string(sc.length) +
                        " samples; sample entropy needs m + 2 = " + std::to_string(minLength);
        } else {
            sampen_detail::finish(sum);
            sc.defined = sum.defined;
            sc.value = sum.value;
            sc.reason = sum.reason;
            sc.a = sum.a;
            sc.b = sum.b;
        }
        res.scales.push_back(std::move(sc));
    }
    if (progress)
        progress->setProgress(1.0);
    res.complexityDefined = true;
    for (const MultiscaleEntropyScale& sc : res.scales) {
        res.complexityDefined = res.complexityDefined && sc.defined;
        res.complexityIndex += sc.defined ? sc.value : 0.0;
    }
    if (!res.complexityDefined)
        res.complexityIndex = 0.0;

    std::ostringstream c;
    c << (composite
              ? "refined composite MSE (Wu et al. 2014: A and B summed over the s coarse-grained series "
                "at offsets 0..s-1 before -ln(A/B))"
              : "MSE (Costa et al. 2002: one coarse-grained series of non-overlapping means per scale)")
      << ", scales 1.." << o.maxScale << ", sample entropy with m=" << o.m << ", lag=1, r=";
    if (o.toleranceKind == ToleranceKind::Absolute)
        c << o.r << " (absolute, every scale)";
    else if (o.tolerancePerScale)
        c << o.r << "*SD(ddof=" << o.ddof << ") of each scale's coarse-grained series (offset 0)";
    else
        c << o.r << "*SD(ddof=" << o.ddof << ") of the original series = " << r0 << " at every scale";
    c << ", match Chebyshev distance " << (o.rule == MatchRule::LessOrEqual ? "<= r" : "< r")
      << ", self-matches excluded, A and B over the same N - m template starts of each coarse-grained series";
    res.conventions = c.str();
    return res;
}

} // namespace nd
