#include "measures/sampleentropydetail.h"

#include "common/errors.h"

#include <sstream>
#include <string>

namespace nd::sampen_detail {

double toleranceFor(std::span<const double> x, double r, ToleranceKind kind, double sd)
{
    // A series constant to rounding has an SD of a few ulps: r = 0.2 SD would count patterns of
    // rounding noise, so the relative tolerance treats it as constant (r = 0, undefined).
    return kind == ToleranceKind::Absolute ? r : constantToRounding(x) ? 0.0 : r * sd;
}

Prepared prepare(std::span<const double> x, const SampleEntropyOptions& o, SampleEntropyResult& res)
{
    if (o.m < 1)
        throw InputError(ND_ENGINE_TEXT("sample entropy: m (template length) must be >= 1 (got %1)"),
                         {std::to_string(o.m)});
    if (o.lag < 1)
        throw InputError(ND_ENGINE_TEXT("sample entropy: lag must be >= 1 (got %1)"),
                         {std::to_string(o.lag)});
    if (o.ddof != 0 && o.ddof != 1)
        throw InputError(ND_ENGINE_TEXT("sample entropy: ddof must be 0 or 1 (got %1)"),
                         {std::to_string(o.ddof)});
    requireFinite(o.r, "sample entropy: r");
    if (o.r <= 0.0) {
        std::ostringstream os;
        os << "sample entropy: r must be > 0 (got " << o.r << ")";
        throw InputError(os.str());
    }
    const std::size_t span = static_cast<std::size_t>(o.m) * static_cast<std::size_t>(o.lag);
    requireSeries(x, span + 2, "sample entropy: series (m*lag + 2 samples give two templates)");
    Prepared p;
    p.startsA = x.size() - span;
    p.startsB =
        o.templates == TemplateCount::SharedStarts ? p.startsA : p.startsA + static_cast<std::size_t>(o.lag);
    p.sd = seriesStdDev(x, o.ddof);
    p.r = toleranceFor(x, o.r, o.toleranceKind, p.sd);

    res.templatesA = p.startsA;
    res.templatesB = p.startsB;
    res.toleranceUsed = p.r;
    res.stdDev = p.sd;
    std::ostringstream c;
    c << "m=" << o.m << ", lag=" << o.lag << ", r=";
    if (o.toleranceKind == ToleranceKind::Absolute)
        c << p.r << " (absolute)";
    else
        c << o.r << "*SD(ddof=" << o.ddof << ") = " << p.r;
    c << ", match Chebyshev distance " << (o.rule == MatchRule::LessOrEqual ? "<= r" : "< r")
      << ", self-matches excluded, B over " << p.startsB << " and A over " << p.startsA << " template starts";
    res.conventions = c.str();
    return p;
}

void finish(SampleEntropyResult& res)
{
    if (res.toleranceUsed <= 0.0) {
        res.reason = "tolerance r is 0: " + constantSeriesReason();
    } else if (res.b == 0) {
        res.reason = "no pair of length-m templates matches (B = 0)";
    } else if (res.a == 0) {
        res.reason = "no pair of length-(m+1) templates matches (A = 0): -ln(A/B) is infinite";
    } else {
        res.defined = true;
        res.value = std::log(static_cast<double>(res.b)) - std::log(static_cast<double>(res.a));
    }
}

} // namespace nd::sampen_detail
