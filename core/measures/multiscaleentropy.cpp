#include "measures/multiscaleentropy.h"
#include "measures/sampleentropydetail.h"

#include "common/errors.h"
#include "common/parallel.h"

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
    so.threads = 1; // the parallelism is over (scale, offset) pairs: small series split badly
    const bool composite = o.method == MseMethod::RefinedComposite;
    // One task per coarse-grained series: its scale and offset. Each writes its own counts.
    struct Task {
        std::size_t scale = 0; // index into res.scales
        int offset = 0;
        std::uint64_t a = 0, b = 0;
    };
    std::vector<Task> tasks;
    res.scales.resize(static_cast<std::size_t>(o.maxScale));
    for (int s = 1; s <= o.maxScale; ++s) {
        MultiscaleEntropyScale& sc = res.scales[static_cast<std::size_t>(s - 1)];
        sc.scale = s;
        sc.series = composite ? s : 1;
        sc.length = series.size() / static_cast<std::size_t>(s);
        sc.toleranceUsed = r0;
        if (sc.length < minLength) {
            sc.reason = "the coarse-grained series at scale " + std::to_string(s) + " has " +
                        std::to_string(sc.length) +
                        " samples; sample entropy needs m + 2 = " + std::to_string(minLength);
            continue;
        }
        if (o.tolerancePerScale && o.toleranceKind == ToleranceKind::FractionOfStdDev) {
            const std::vector<double> y = coarseGrain(series, s, 0);
            sc.toleranceUsed = sampen_detail::toleranceFor(y, o.r, o.toleranceKind, seriesStdDev(y, o.ddof));
        }
        if (sc.toleranceUsed <= 0.0)
            continue;
        // A shifted series one sample shorter than m + 2 has no template pair: it adds nothing.
        for (int k = 0; k < sc.series; ++k)
            if ((series.size() - static_cast<std::size_t>(k)) / static_cast<std::size_t>(s) >= minLength)
                tasks.push_back({static_cast<std::size_t>(s - 1), k, 0, 0});
    }
    const bool complete = parallelFor(
        tasks.size(), o.threads,
        [&](std::size_t i) {
            Task& t = tasks[i];
            const MultiscaleEntropyScale& sc = res.scales[t.scale];
            SampleEntropyOptions mine = so;
            mine.r = sc.toleranceUsed;
            const SampleEntropyResult part = sampleEntropy(coarseGrain(series, sc.scale, t.offset), mine);
            t.a = part.a;
            t.b = part.b;
        },
        progress);
    if (!complete) {
        res.outcome = Outcome::Canceled;
        return res;
    }
    for (const Task& t : tasks) {
        res.scales[t.scale].a += t.a;
        res.scales[t.scale].b += t.b;
    }
    for (MultiscaleEntropyScale& sc : res.scales) {
        if (sc.length < minLength)
            continue;
        // The value goes through sample entropy's own finish(), so the undefined cases (r = 0,
        // B = 0, A = 0) read the same as sample_entropy's.
        SampleEntropyResult sum;
        sum.a = sc.a;
        sum.b = sc.b;
        sum.toleranceUsed = sc.toleranceUsed;
        sampen_detail::finish(sum);
        sc.defined = sum.defined;
        sc.value = sum.value;
        sc.reason = sum.reason;
    }
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
