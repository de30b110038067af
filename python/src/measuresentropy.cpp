// The entropy family of the module `neurodyn`: mse (Costa, refined composite), permutation_entropy
// and apen, with the options, checks, messages and JSON keys of `neurodyn-cli measure mse`,
// `permutation-entropy` and `apen` (see measures.cpp for the shared rules). GIL held.
#include "measureargs.h"

#include "common/progress.h"
#include "measures/approximateentropy.h"
#include "measures/embedding.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"
#include "measures/sampleentropy.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace nd::python {

namespace {

using namespace pyb::literals;
using namespace measureargs;

// --- the entropy family: mse, permutation_entropy, apen ---

pyb::dict mse(pyb::handle x, pyb::handle scales, pyb::handle method, pyb::handle tolerance, pyb::handle m,
              pyb::handle r, pyb::handle rMode, pyb::handle ddof, pyb::handle match, pyb::handle threads,
              pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    MultiscaleEntropyOptions o;
    o.maxScale =
        static_cast<int>(wholeArg(scales, 1, 100000, "scales must be a whole number from 1 to 100000"));
    DimensionRule mRule = DimensionRule::Given;
    toleranceOptions(o, m, r, rMode, ddof, match, mRule);
    const std::string how = textArg(method, "method");
    const std::string which = textArg(tolerance, "tolerance");
    if (how != "costa" && how != "rcmse")
        throw pyb::value_error("method must be costa or rcmse, not '" + how + "'");
    if (which != "original" && which != "per-scale")
        throw pyb::value_error("tolerance must be original or per-scale, not '" + which + "'");
    o.method = how == "rcmse" ? MseMethod::RefinedComposite : MseMethod::Costa;
    o.tolerancePerScale = which == "per-scale";
    o.threads = threadsFor(threads, series.values.size());

    const std::span<const double> values = series.values;
    pyb::dict out;
    EmbeddingChoice e;
    if (!embedInto(out, values, {DelayRule::Given, 1, mRule, o.m, 1, 1000, "delay", "m"}, "complexity_index",
                   e))
        return out;
    o.m = e.dimension;
    // Costa's scales together count about ln(S) + 0.6 series of length N; RCMSE about S of them.
    const std::size_t work =
        values.size() * (o.method == MseMethod::Costa ? 4 : static_cast<std::size_t>(o.maxScale));
    const MultiscaleEntropyResult res =
        runSized(work, progress, [values, o](Progress* p) { return multiscaleEntropy(values, o, p); });
    std::vector<double> perValue;
    pyb::list perScale;
    for (const MultiscaleEntropyScale& sc : res.scales) {
        perValue.push_back(sc.defined ? sc.value : std::numeric_limits<double>::quiet_NaN());
        pyb::dict one;
        put(one, key<"scale">(), sc.scale);
        put(one, key<"value">(), sc.defined ? number(sc.value) : pyb::none());
        put(one, key<"A">(), count(sc.a));
        put(one, key<"B">(), count(sc.b));
        put(one, key<"length">(), count(sc.length));
        put(one, key<"series">(), sc.series);
        put(one, key<"r_used">(), number(sc.toleranceUsed));
        if (!sc.defined)
            put(one, key<"reason">(), sc.reason);
        perScale.append(one);
    }
    put(out, key<"values">(), array(std::move(perValue)));
    put(out, key<"scales">(), perScale);
    put(out, key<"complexity_index">(), res.complexityDefined ? number(res.complexityIndex) : pyb::none());
    if (!res.complexityDefined)
        put(out, key<"reason">(), "the complexity index needs every scale defined");
    put(out, key<"sd">(), number(res.stdDev));
    pyb::dict settings;
    put(settings, key<"scales">(), o.maxScale);
    put(settings, key<"method">(), method);
    put(settings, key<"tolerance">(), tolerance);
    putToleranceSettings(settings, o, rMode, match);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

pyb::dict permutationEntropyMeasure(pyb::handle x, pyb::handle order, pyb::handle delay,
                                    pyb::handle normalise, pyb::handle weighted)
{
    const SeriesArg series = seriesArg(x, "x");
    PermutationEntropyOptions o;
    const DimensionRule orderRule =
        dimensionArg(order, "order", kMinPermutationOrder, kMaxPermutationOrder, o.order);
    const DelayRule delayRule = delayArg(delay, "delay", o.delay);
    o.normalised = flagArg(normalise, "normalise");
    o.weighted = flagArg(weighted, "weighted");
    pyb::dict out;
    EmbeddingChoice e;
    if (!embedInto(out, series.values,
                   {delayRule, o.delay, orderRule, o.order, kMinPermutationOrder, kMaxPermutationOrder,
                    "delay", "order"},
                   "value", e))
        return out;
    o.delay = e.delay;
    o.order = e.dimension;
    // One pass of a few comparisons per window: milliseconds for 1e6 values, run inline.
    PermutationEntropyResult res = permutationEntropy(series.values, o);
    put(out, key<"value">(), res.defined ? number(res.value) : pyb::none());
    if (!res.defined)
        put(out, key<"reason">(), res.reason);
    put(out, key<"windows">(), count(res.windows));
    put(out, key<"patterns_seen">(), count(res.patternsSeen));
    put(out, key<"patterns_missing">(), count(res.patternsMissing));
    put(out, key<"max_entropy">(), number(res.maxEntropy));
    put(out, key<"finite_size_bias">(), number(res.finiteSizeBias));
    if (!res.warning.empty())
        put(out, key<"warning">(), res.warning);
    put(out, key<"frequencies">(), array(std::move(res.frequencies)));
    pyb::dict settings;
    put(settings, key<"order">(), o.order);
    put(settings, key<"delay">(), o.delay);
    put(settings, key<"normalise">(), o.normalised ? "yes" : "no");
    put(settings, key<"weighted">(), o.weighted ? "yes" : "no");
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

pyb::dict apen(pyb::handle x, pyb::handle m, pyb::handle r, pyb::handle rMode, pyb::handle ddof,
               pyb::handle match, pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    ApproximateEntropyOptions o;
    DimensionRule mRule = DimensionRule::Given;
    toleranceOptions(o, m, r, rMode, ddof, match, mRule);
    const std::span<const double> values = series.values;
    pyb::dict out;
    EmbeddingChoice e;
    if (!embedInto(out, values, {DelayRule::Given, 1, mRule, o.m, 1, 1000, "delay", "m"}, "value", e))
        return out;
    o.m = e.dimension;
    const ApproximateEntropyResult res =
        runSized(values.size(), progress, [values, o](Progress*) { return approximateEntropy(values, o); });
    put(out, key<"value">(), res.defined ? number(res.value) : pyb::none());
    if (!res.defined)
        put(out, key<"reason">(), res.reason);
    put(out, key<"phi_m">(), res.defined ? number(res.phiM) : pyb::none());
    put(out, key<"phi_m1">(), res.defined ? number(res.phiM1) : pyb::none());
    put(out, key<"templates_m">(), count(res.templatesM));
    put(out, key<"templates_m1">(), count(res.templatesM1));
    put(out, key<"r_used">(), number(res.toleranceUsed));
    put(out, key<"sd">(), number(res.stdDev));
    pyb::dict settings;
    putToleranceSettings(settings, o, rMode, match);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}
} // namespace

void registerEntropy(pyb::module_& m)
{
    using namespace pyb::literals;
    m.def("mse", &mse, "x"_a, pyb::kw_only(), "scales"_a = 20, "method"_a = "costa",
          "tolerance"_a = "original", "m"_a = 2, "r"_a = 0.2, "r_mode"_a = "sd", "ddof"_a = 0,
          "match"_a = "le", "threads"_a = pyb::none(), "progress"_a = pyb::none(),
          R"(Multiscale sample entropy of a 1-D series over scales 1..scales, as `neurodyn-cli measure mse`.

method: "costa" (Costa et al. 2002: one coarse-grained series of non-overlapping means per
scale) or "rcmse" (Wu et al. 2014: A and B summed over the s coarse-grained series at offsets
0..s-1 before the logarithm). tolerance: "original" takes r from the original series' standard
deviation at every scale (Costa's rule), "per-scale" from each coarse-grained series. m, r,
r_mode, ddof, match: as sampen. threads: None = all cores. progress: as sampen.

Returns a dict: values (one per scale, NaN where undefined), scales (a dict per scale: scale,
value or None with "reason", A, B, length, series, r_used), complexity_index (the sum over the
scales; None with "reason" when a scale is undefined), sd, settings and conventions. Raises
ValueError for bad options or input.)");
    m.def("permutation_entropy", &permutationEntropyMeasure, "x"_a, pyb::kw_only(), "order"_a = 3,
          "delay"_a = 1, "normalise"_a = true, "weighted"_a = false,
          R"(Permutation entropy of a 1-D series (Bandt & Pompe 2002), as `neurodyn-cli measure
permutation-entropy`.

order: d, 2 to 8, or "fnn" / "cao": the embedding dimension chosen from the series at the delay
in use (the result then has "dimension_choice"). delay: tau between a pattern's samples, or "ami"
/ "acf": chosen as `embedding` does (the result then has "delay_choice"); a rule that chooses
nothing gives value None with the "reason". normalise: divide by ln d!.
weighted: each window counts with the variance of its values (Fadlallah et al. 2013). Ties
rank the earlier sample as the smaller; patterns that never occur count as p = 0.

Returns a dict: value (None for a constant series, with "reason"), windows, patterns_seen,
patterns_missing, max_entropy (ln d!), finite_size_bias ((d!-1)/(2 windows), over ln d! when
normalised), warning (only when there are fewer than 5 windows per possible pattern, N < 5 d!),
frequencies (d! values by Lehmer-code index), settings and conventions. Raises
ValueError for bad options or input.)");
    m.def("apen", &apen, "x"_a, pyb::kw_only(), "m"_a = 2, "r"_a = 0.2, "r_mode"_a = "sd", "ddof"_a = 0,
          "match"_a = "le", "progress"_a = pyb::none(),
          R"(Approximate entropy Phi_m - Phi_(m+1) of a 1-D series (Pincus 1991), self-matches
included, as `neurodyn-cli measure apen`. m, r, r_mode, ddof, match: as sampen.

Returns a dict: value (None for a constant series under r_mode "sd", with "reason"), phi_m,
phi_m1, templates_m, templates_m1, r_used, sd, settings and conventions. Raises ValueError for
bad options or input.)");
}

} // namespace nd::python
