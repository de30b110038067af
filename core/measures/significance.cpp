#include "measures/significance.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

namespace {

using Channels = std::vector<std::vector<double>>;

NullSummary summarise(const std::vector<MeasureValue>& values, std::vector<double>& defined)
{
    NullSummary s;
    for (const MeasureValue& v : values)
        if (v.defined)
            defined.push_back(v.value);
    s.defined = defined.size();
    s.undefined = values.size() - defined.size();
    if (defined.empty())
        return s;
    s.mean = seriesMean(defined);
    s.sd = defined.size() > 1 ? seriesStdDev(defined, 1) : 0.0;
    std::vector<double> sorted = defined;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.front();
    s.max = sorted.back();
    const std::size_t m = sorted.size();
    s.median = m % 2 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
    return s;
}

SignificanceResult run(const Channels& channels, const ChannelsMeasure& measure, const SignificanceOptions& o,
                       Progress* progress)
{
    if (o.count < 1)
        throw InputError(ND_ENGINE_TEXT("significance needs at least one surrogate"), {});
    SignificanceResult r;
    // The input checks of the surrogates come first, so a bad series fails before any work.
    const SurrogateGenerator generator(channels, o.surrogates);
    r.observed = measure(channels);
    r.nullValues.resize(o.count);
    r.surrogateInfo.resize(o.count);
    const bool finished = parallelFor(
        o.count, o.threads,
        [&](std::size_t i) { r.nullValues[i] = measure(generator.make(i, &r.surrogateInfo[i])); }, progress);
    if (!finished) {
        r = {};
        r.outcome = Outcome::Canceled;
        r.reason = kCanceledReason;
        return r;
    }
    std::vector<double> defined;
    r.null = summarise(r.nullValues, defined);
    if (!r.observed.defined)
        r.reason = "the measure of the series is undefined: " + r.observed.reason;
    else if (defined.empty())
        r.reason = "the measure is undefined on every surrogate";
    else {
        r.pDefined = true;
        r.pValue = rankPValue(r.observed.value, defined, o.tail);
    }
    std::ostringstream c;
    c << surrogateConventions(o.surrogates, channels.size()) << "; " << o.count
      << " surrogates, p rank-based with the observed value counted among the surrogates: ";
    switch (o.tail) {
    case Tail::Greater:
        c << "greater, p = (1 + #{null >= observed}) / (n + 1)";
        break;
    case Tail::Less:
        c << "less, p = (1 + #{null <= observed}) / (n + 1)";
        break;
    case Tail::TwoSided:
        c << "two-sided, p = min(1, 2 min(p_greater, p_less))";
        break;
    }
    c << ", n = surrogates with a defined value (undefined ones are left out and counted); null sd with n - "
         "1";
    r.conventions = c.str();
    return r;
}

} // namespace

const char* tailName(Tail tail)
{
    switch (tail) {
    case Tail::Greater:
        return "greater";
    case Tail::Less:
        return "less";
    case Tail::TwoSided:
        return "two-sided";
    }
    return "greater";
}

bool tailFromName(const std::string& name, Tail& tail)
{
    for (Tail t : {Tail::Greater, Tail::Less, Tail::TwoSided})
        if (name == tailName(t)) {
            tail = t;
            return true;
        }
    return false;
}

double rankPValue(double observed, std::span<const double> null, Tail tail)
{
    std::size_t atLeast = 0, atMost = 0;
    for (double v : null) {
        atLeast += v >= observed;
        atMost += v <= observed;
    }
    const double n1 = static_cast<double>(null.size()) + 1.0;
    const double greater = (1.0 + static_cast<double>(atLeast)) / n1;
    const double less = (1.0 + static_cast<double>(atMost)) / n1;
    switch (tail) {
    case Tail::Greater:
        return greater;
    case Tail::Less:
        return less;
    case Tail::TwoSided:
        break;
    }
    return std::min(1.0, 2.0 * std::min(greater, less));
}

SignificanceResult surrogateSignificance(std::span<const double> series, const SeriesMeasure& measure,
                                         const SignificanceOptions& options, Progress* progress)
{
    const Channels x{std::vector<double>(series.begin(), series.end())};
    return run(
        x, [&](const Channels& c) { return measure(c.front()); }, options, progress);
}

SignificanceResult surrogateSignificance(const std::vector<std::vector<double>>& channels,
                                         const ChannelsMeasure& measure, const SignificanceOptions& options,
                                         Progress* progress)
{
    return run(channels, measure, options, progress);
}

} // namespace nd
