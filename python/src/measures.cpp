// The measures of the module `neurodyn` on numpy arrays: sampen, zero_one, mfdfa, kuramoto_r,
// cross_correlation and network_spectrum here; mse, permutation_entropy and apen in
// measuresentropy.cpp, embedding and rqa in measuresrecurrence.cpp (measureargs.h: what they
// share). Each takes the options of
// `neurodyn-cli measure NAME` (same names with underscores, same defaults, same checks and messages without
// the "--"), fills the same core option struct, calls the same kernel and returns a dict with the keys of the
// CLI's JSON (arrays as numpy arrays, NaN where the JSON has null inside an array; a scalar the CLI writes as
// null is None, with "reason"), built directly: the hot path of a tiny call never goes through QJsonObject.
// Small inputs run inline with the GIL held (a thread start would cost more than the work); inputs above
// kInlineValues values run through runLong, which releases the GIL and stops on Ctrl-C. Called from Python
// with the GIL held.
#include "measureargs.h"

#include "common/progress.h"
#include "io/edgelistreader.h"
#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

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

// --- sampen ---

pyb::dict sampen(pyb::handle x, pyb::handle m, pyb::handle r, pyb::handle rMode, pyb::handle ddof,
                 pyb::handle match, pyb::handle lag, pyb::handle templates, pyb::handle threads,
                 pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    SampleEntropyOptions o;
    DimensionRule mRule = DimensionRule::Given;
    toleranceOptions(o, m, r, rMode, ddof, match, mRule);
    const DelayRule lagRule = delayArg(lag, "lag", o.lag);
    o.threads = threadsFor(threads, series.values.size());
    const std::string starts = textArg(templates, "templates");
    if (starts != "shared" && starts != "all")
        throw pyb::value_error("templates must be shared or all, not '" + starts + "'");
    o.templates = starts == "all" ? TemplateCount::AllTemplates : TemplateCount::SharedStarts;

    const std::span<const double> values = series.values;
    pyb::dict out;
    EmbeddingChoice e;
    if (!embedInto(out, values, {lagRule, o.lag, mRule, o.m, 1, 1000, "lag", "m"}, "value", e))
        return out;
    o.lag = e.delay;
    o.m = e.dimension;
    const SampleEntropyResult res =
        runSized(values.size(), progress, [values, o](Progress* p) { return sampleEntropy(values, o, p); });
    put(out, key<"value">(), res.defined ? number(res.value) : pyb::none());
    if (!res.defined)
        put(out, key<"reason">(), res.reason);
    put(out, key<"A">(), count(res.a));
    put(out, key<"B">(), count(res.b));
    put(out, key<"templates_A">(), count(res.templatesA));
    put(out, key<"templates_B">(), count(res.templatesB));
    put(out, key<"r_used">(), number(res.toleranceUsed));
    put(out, key<"sd">(), number(res.stdDev));
    pyb::dict settings;
    putToleranceSettings(settings, o, rMode, match);
    put(settings, key<"lag">(), o.lag);
    put(settings, key<"templates">(), templates);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

// --- zero_one ---

pyb::dict zeroOne(pyb::handle x, pyb::handle seed, pyb::handle cCount, pyb::handle cMin, pyb::handle cMax,
                  pyb::handle cValues, pyb::handle nCut, pyb::handle full, pyb::handle threads,
                  pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    ZeroOneOptions o;
    o.seed = static_cast<std::uint64_t>(
        wholeArg(seed, 0, std::numeric_limits<long>::max(), "seed must be a whole number >= 0"));
    o.cCount = static_cast<int>(wholeArg(cCount, 1, 1000000, "c_count must be a whole number from 1 to 1e6"));
    o.nCut = static_cast<std::size_t>(wholeArg(nCut, 0, 1LL << 40, "n_cut must be a whole number >= 0"));
    o.threads = threadsFor(threads, series.values.size());
    if (!cMin.is_none())
        o.cMin = realArg(cMin, "c_min must be a number");
    if (!cMax.is_none())
        o.cMax = realArg(cMax, "c_max must be a number");
    if (!cValues.is_none())
        o.cValues = realListArg(cValues, "c_values");
    if (!pyb::isinstance<pyb::bool_>(full))
        throw pyb::type_error("full: expected True or False");
    o.keepMsd = full.cast<bool>();

    const std::span<const double> values = series.values;
    // Each c costs an FFT of the whole series.
    const std::size_t work =
        values.size() * (o.cValues.empty() ? static_cast<std::size_t>(o.cCount) : o.cValues.size());
    ZeroOneResult res =
        runSized(work, progress, [values, &o](Progress* p) { return zeroOneTest(values, o, p); });
    pyb::dict out;
    put(out, key<"K">(), res.defined ? number(res.k) : pyb::none());
    reasonAndWarning(out, res);
    put(out, key<"n_cut">(), count(res.nCut));
    put(out, key<"oversampling_ratio">(), number(res.oversamplingRatio));
    put(out, key<"oversampled">(), res.oversampled);
    pyb::array_t<double> kc = array(masked(std::move(res.kc), res.kcDefined));
    put(out, key<"K_c">(), kc);
    put(out, key<"Kc">(), kc);
    put(out, key<"c">(), array(std::move(res.c)));
    if (o.keepMsd) {
        put(out, key<"M_c">(), matrix(res.msd));
        put(out, key<"display_c_index">(), count(res.displayIndex));
        put(out, key<"p">(), array(std::move(res.p)));
        put(out, key<"q">(), array(std::move(res.q)));
    }
    pyb::dict settings;
    put(settings, key<"seed">(), count(o.seed));
    put(settings, key<"c_count">(), o.cCount);
    put(settings, key<"c_min">(), o.cMin);
    put(settings, key<"c_max">(), o.cMax);
    put(settings, key<"c_file">(), "");
    if (!o.cValues.empty())
        put(settings, key<"c_values">(), array(std::vector<double>(o.cValues)));
    put(settings, key<"n_cut">(), count(o.nCut));
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

// --- fitting reports of mfdfa and network_spectrum (the CLI's keys, resultjson.cpp) ---

pyb::list fitWarnings(const std::vector<FitWarning>& warnings, const char* breakKey)
{
    pyb::list list;
    for (const FitWarning& w : warnings) {
        pyb::dict d;
        put(d, key<"kind">(), w.kind);
        put(d, key<"message">(), w.message);
        if (w.hasQ)
            put(d, key<"q">(), number(w.q));
        if (w.kind == "low_r_squared")
            put(d, key<"r_squared">(), number(w.value));
        else if (w.kind == "crossover")
            d[breakKey] = number(w.value);
        else if (w.kind == "flat_segments")
            put(d, key<"segments">(), number(w.value));
        list.append(d);
    }
    return list;
}

// Per q: the break of a detected crossover (exp of the fit's x, times unit); None where none.
pyb::list crossoverBreaks(const std::vector<CrossoverReport>& reports, double unit)
{
    pyb::list list;
    for (const CrossoverReport& c : reports)
        list.append(c.detected ? pyb::object(pyb::float_(std::exp(c.breakX) * unit)) : pyb::none());
    return list;
}

double minRSquaredArg(pyb::handle v)
{
    const double r = pyb::cast<double>(v);
    if (!(r >= 0.0 && r <= 1.0))
        throw pyb::value_error("min_r2 must be a number from 0 to 1");
    return r;
}

// --- mfdfa ---

pyb::dict mfdfaMeasure(pyb::handle x, pyb::handle q, pyb::handle order, pyb::handle scales,
                       pyb::handle scaleMin, pyb::handle scaleMax, pyb::handle scaleCount,
                       pyb::handle scaleList, pyb::handle threads, pyb::handle progress, pyb::handle minR2)
{
    const SeriesArg series = seriesArg(x, "x");
    MfdfaOptions o;
    if (!q.is_none())
        o.q = realListArg(q, "q");
    o.order = static_cast<int>(wholeArg(order, 0, 8, "order must be a whole number from 0 to 8"));
    o.minScale =
        static_cast<std::size_t>(wholeArg(scaleMin, 1, 1LL << 40, "scale_min must be a whole number >= 1"));
    o.maxScale =
        static_cast<std::size_t>(wholeArg(scaleMax, 0, 1LL << 40, "scale_max must be a whole number >= 1"));
    o.scaleCount = static_cast<int>(
        wholeArg(scaleCount, 2, 10000, "scale_count must be a whole number from 2 to 10000"));
    o.threads = threadsFor(threads, series.values.size());
    o.minRSquared = minRSquaredArg(minR2);
    if (!scales.is_none() && !scaleList.is_none())
        throw pyb::value_error("scales and scale_list are the same option: give one of them");
    const pyb::handle list = scales.is_none() ? scaleList : scales;
    if (!list.is_none()) {
        const char* message = "scale_list expects whole numbers >= 1";
        for (double s : realListArg(list, scales.is_none() ? "scale_list" : "scales")) {
            if (s != std::floor(s) || s < 1 || s > static_cast<double>(1LL << 40))
                throw pyb::value_error(message);
            o.scales.push_back(static_cast<std::size_t>(s));
        }
    }

    const std::span<const double> values = series.values;
    MfdfaResult res =
        runSized(values.size(), progress, [values, &o](Progress* p) { return mfdfa(values, o, p); });
    const MeasureValue h2 = mfdfaH(res, 2.0); // before q and h move out (the CLI's "h2")
    pyb::dict out;
    reasonAndWarning(out, res);
    put(out, key<"q">(), array(std::move(res.q)));
    put(out, key<"h">(), array(std::move(res.h)));
    put(out, key<"r_squared">(), array(std::move(res.rSquared)));
    put(out, key<"scales_used">(), counts(res.scales));
    put(out, key<"segments">(), counts(res.segments));
    put(out, key<"zero_variance_segments">(), counts(res.zeroVarianceSegments));
    put(out, key<"log_fq">(), matrix(res.logFq));
    put(out, key<"width">(), res.defined ? number(res.width) : pyb::none());
    put(out, key<"h2">(), h2.defined ? number(h2.value) : pyb::none());
    if (!h2.defined)
        put(out, key<"h2_reason">(), h2.reason);
    put(out, key<"tau">(), array(std::move(res.tau)));
    put(out, key<"alpha">(), array(std::move(res.alpha)));
    pyb::array_t<double> f = array(std::move(res.fAlpha));
    put(out, key<"f_alpha">(), f);
    put(out, key<"f">(), f);
    put(out, key<"h_stderr">(), array(std::move(res.hStdErr)));
    put(out, key<"scale_usable">(), counts(res.scaleUsable));
    put(out, key<"fit_scale_min">(), count(res.fitScaleMin));
    put(out, key<"fit_scale_max">(), count(res.fitScaleMax));
    put(out, key<"fit_points">(), count(res.fitPoints));
    put(out, key<"near_zero_segments">(), counts(res.nearZeroSegments));
    put(out, key<"crossover_scale">(), crossoverBreaks(res.crossovers, 1.0));
    put(out, key<"warnings">(), fitWarnings(res.warnings, "break_scale"));
    pyb::dict settings;
    put(settings, key<"order">(), o.order);
    put(settings, key<"scale_min">(), count(o.minScale));
    put(settings, key<"scale_max">(), count(o.maxScale));
    put(settings, key<"scale_count">(), o.scaleCount);
    put(settings, key<"scale_list">(), counts(o.scales));
    put(settings, key<"min_r2">(), number(o.minRSquared));
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

// --- kuramoto_r and cross_correlation: nodes x samples, one row per node ---

// What the CLI appends to the engine's conventions ("in --columns order"): rows here.
constexpr const char* kNodeNumbering = "; nodes are numbered from 1 in row order";

PhaseConvention phaseConventionArg(pyb::handle v)
{
    const std::string name = textArg(v, "convention");
    constexpr PhaseConvention all[] = {PhaseConvention::Spike, PhaseConvention::Centred,
                                       PhaseConvention::Arctan, PhaseConvention::Hilbert,
                                       PhaseConvention::Given};
    std::string names;
    for (PhaseConvention c : all) {
        if (name == phaseConventionName(c))
            return c;
        names += (names.empty() ? "" : ", ") + std::string(phaseConventionName(c));
    }
    throw pyb::value_error("convention must be one of " + names + ", not '" + name + "'");
}

// The ring-star hub, 1-based as the CLI's --ring-hub; None: every node is on the ring.
RingLayout ringArg(pyb::handle ringHub, std::size_t nodes)
{
    RingLayout ring;
    if (ringHub.is_none())
        return ring;
    const std::string message = "ring_hub must be a whole number from 1 to " + std::to_string(nodes);
    ring.excludesHub = true;
    ring.hub =
        static_cast<std::size_t>(wholeArg(ringHub, 1, static_cast<long long>(nodes), message.c_str()) - 1);
    return ring;
}

SeriesView nodeRows(const MatrixArg& a)
{
    return SeriesView::nodeMajor({a.data, a.rows * a.cols}, a.rows, a.cols);
}

pyb::dict kuramoto(pyb::handle phases, pyb::handle convention, pyb::handle y, pyb::handle threshold,
                   pyb::handle localHalfWidth, pyb::handle ringHub)
{
    const MatrixArg x = matrixArg(phases, "phases");
    const PhaseConvention c = phaseConventionArg(convention);
    const double t = realArg(threshold, "threshold must be a number");
    const long long width =
        wholeArg(localHalfWidth, -1, 1LL << 30, "local_half_width must be a whole number >= 0");
    const RingLayout ring = ringArg(ringHub, x.rows);
    std::optional<MatrixArg> ya;
    if (phaseNeedsY(c)) {
        if (y.is_none())
            throw pyb::value_error("convention " + std::string(phaseConventionName(c)) +
                                   " needs y with one row per node (" + std::to_string(x.rows) + ")");
        ya = matrixArg(y, "y");
        if (ya->rows != x.rows || ya->cols != x.cols)
            throw pyb::value_error("y must have the shape of phases (" + std::to_string(x.rows) + " x " +
                                   std::to_string(x.cols) + ")");
    }
    const SeriesView xv = nodeRows(x);
    const std::optional<SeriesView> yv = ya ? std::optional(nodeRows(*ya)) : std::nullopt;
    KuramotoOptions o;
    o.localHalfWidth = static_cast<int>(width);
    o.ring = ring;
    struct Both {
        PhaseMatrix phases;
        std::optional<KuramotoResult> order;
    };
    Both res = runSized(x.rows * x.cols, pyb::none(), [&xv, &yv, c, t, &o](Progress*) {
        Both b{phasesOf(c, xv, yv ? &*yv : nullptr, t), std::nullopt};
        if (b.phases.defined)
            b.order = kuramotoOrder(b.phases.view(), o);
        return b;
    });
    pyb::dict out;
    put(out, key<"order_parameter_mean">(), res.order ? number(res.order->mean) : pyb::none());
    put(out, key<"order_parameter_sd">(), res.order ? number(res.order->stdDev) : pyb::none());
    if (res.order) {
        put(out, key<"phase_first_sample">(), count(res.phases.firstSample));
        put(out, key<"phase_samples">(), count(res.phases.samples));
        put(out, key<"local_half_width">(), res.order->localHalfWidth);
    }
    pyb::dict settings;
    put(settings, key<"phases">(), phaseConventionName(c));
    put(settings, key<"threshold">(), t);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), orderConventions(c, ring) + kNodeNumbering);
    if (!res.phases.defined)
        put(out, key<"reason">(), res.phases.reason);
    else
        put(out, key<"local_order">(), array(std::move(res.order->localOrder)));
    return out;
}

pyb::dict crossCorrelationMeasure(pyb::handle X, pyb::handle correlation, pyb::handle hub,
                                  pyb::handle ringHub, pyb::handle threads)
{
    const MatrixArg x = matrixArg(X, "X");
    const std::string name = textArg(correlation, "correlation");
    constexpr CorrelationScalar all[] = {CorrelationScalar::Hub, CorrelationScalar::AllPairs,
                                         CorrelationScalar::RingNeighbours};
    std::optional<CorrelationScalar> scalar;
    std::string names;
    for (CorrelationScalar c : all) {
        if (name == correlationScalarName(c))
            scalar = c;
        names += (names.empty() ? "" : ", ") + std::string(correlationScalarName(c));
    }
    if (!scalar)
        throw pyb::value_error("correlation must be one of " + names + ", not '" + name + "'");
    const std::string hubMessage = "hub must be a whole number from 1 to " + std::to_string(x.rows);
    CrossCorrelationOptions o;
    o.hub =
        static_cast<std::size_t>(wholeArg(hub, 1, static_cast<long long>(x.rows), hubMessage.c_str()) - 1);
    o.threads = threadsFor(threads, x.rows * x.cols);
    o.ring = ringArg(ringHub, x.rows);
    const SeriesView view = nodeRows(x);
    const CrossCorrelationResult r =
        runSized(x.rows * x.cols, pyb::none(), [&view, &o](Progress*) { return crossCorrelation(view, o); });

    pyb::dict out;
    std::vector<double> m(r.matrix);
    put(out, key<"cross_correlation_matrix">(),
        ownedArray(masked(std::move(m), r.pairDefined),
                   {static_cast<pyb::ssize_t>(r.nodes), static_cast<pyb::ssize_t>(r.nodes)}));
    put(out, key<"cross_correlation_mean">(), r.meanDefined ? number(r.mean) : pyb::none());
    put(out, key<"defined_pairs">(), count(r.definedPairs));
    if (!r.meanDefined)
        put(out, key<"reason">(), r.reason);
    const auto valueOf = [](const MeasureValue& v) { return v.defined ? number(v.value) : pyb::none(); };
    const MeasureValue chosen = r.scalar(*scalar);
    put(out, key<"correlation">(), correlationScalarName(*scalar));
    put(out, key<"value">(), valueOf(chosen));
    if (!chosen.defined)
        put(out, key<"value_reason">(), chosen.reason);
    put(out, key<"hub_mean">(), valueOf(r.hubMean));
    put(out, key<"ring_neighbour_mean">(), valueOf(r.ringNeighbourMean));
    put(out, key<"ring_edges">(), count(r.ringEdges));
    put(out, key<"hub">(), count(r.hub + 1));
    std::vector<double> hubRow(r.hubCorrelation);
    for (std::size_t j = 0; j < r.nodes; ++j)
        if (!r.pairDefined[r.hub * r.nodes + j])
            hubRow[j] = std::numeric_limits<double>::quiet_NaN();
    put(out, key<"hub_correlation">(), array(std::move(hubRow)));
    std::vector<std::size_t> zero;
    for (std::size_t n : r.zeroVarianceNodes)
        zero.push_back(n + 1);
    put(out, key<"zero_variance_nodes">(), counts(zero));
    put(out, key<"conventions">(),
        correlationConventions(*scalar, o.ring) +
            "; value is the scalar of correlation, mean the all-pairs mean" + kNodeNumbering);
    return out;
}

// --- network_spectrum ---

// The edge list as the CLI reads a file of numbers (nd::readEdgeList with 0-based ids): node
// ids whole numbers in [0, 1e6), a missing weight is 1.
WeightedGraph graphArg(pyb::handle edges)
{
    const MatrixArg e = matrixArg(edges, "edges");
    if (e.cols < 2 || e.cols > 3)
        throw pyb::value_error(
            "edges: an edge list has 2 or 3 columns (source, target[, weight]); this array has " +
            std::to_string(e.cols));
    constexpr std::size_t maxNodes = EdgeListReadOptions{}.maxNodes;
    WeightedGraph g;
    std::size_t maxIndex = 0;
    g.edges.reserve(e.rows);
    for (std::size_t i = 0; i < e.rows; ++i) {
        const auto row = e.row(i);
        std::size_t ids[2] = {0, 0};
        for (std::size_t c = 0; c < 2; ++c) {
            const double v = row[c];
            if (!std::isfinite(v) || v != std::floor(v) || v < 0 || v >= static_cast<double>(maxNodes))
                throw pyb::value_error("edges: row " + std::to_string(i) + ", column " + std::to_string(c) +
                                       ": node id " + std::string(pyb::str(pyb::float_(v))) +
                                       " is not an integer in [0, " + std::to_string(maxNodes - 1) + "]");
            ids[c] = static_cast<std::size_t>(v);
            maxIndex = std::max(maxIndex, ids[c]);
        }
        g.edges.push_back({ids[0], ids[1], e.cols == 3 ? row[2] : 1.0});
    }
    g.nodes = maxIndex + 1;
    return g;
}

pyb::dict networkSpectrumMeasure(pyb::handle edges, pyb::handle q, pyb::handle radii, pyb::handle radiusCount,
                                 pyb::handle threads, pyb::handle progress, pyb::handle minR2,
                                 pyb::handle method, pyb::handle directed, pyb::handle maxDistance,
                                 pyb::handle minEdges, pyb::handle roundDigits, pyb::handle filterMode,
                                 pyb::handle centres, pyb::handle seed)
{
    WeightedGraph g = graphArg(edges);
    g.directed = pyb::cast<bool>(directed);
    const std::string methodName = textArg(method, "method");
    const auto m = networkSpectrumMethodFromName(methodName);
    if (!m)
        throw pyb::value_error("method must be \"neuromfa-code\", \"neuromfa-paths\", \"sandbox\" or "
                               "\"normalised-growth\", got \"" +
                               methodName + "\"");
    NetworkSpectrumOptions o = networkSpectrumDefaults(*m);
    o.neuroMfa.maxDistance = realArg(maxDistance, "max_distance must be a number above 1");
    if (!(o.neuroMfa.maxDistance > 1.0))
        throw pyb::value_error("max_distance must be a number above 1");
    o.neuroMfa.minEdges =
        static_cast<int>(wholeArg(minEdges, 0, 1000000000, "min_edges must be a whole number from 0 to 1e9"));
    o.neuroMfa.roundDigits =
        static_cast<int>(wholeArg(roundDigits, 0, 6, "round_digits must be a whole number from 0 to 6"));
    o.neuroMfa.filterMode = static_cast<int>(wholeArg(filterMode, 0, 3, "filter_mode must be 0, 1, 2 or 3"));
    o.sandboxCentres = static_cast<std::size_t>(
        wholeArg(centres, 0, 1000000000, "centres must be a whole number from 0 to 1e9"));
    o.sandboxSeed = static_cast<std::uint64_t>(
        wholeArg(seed, 0, 9007199254740991LL, "seed must be a whole number from 0 to 2^53 - 1"));
    o.minRSquared = minRSquaredArg(minR2);
    if (!q.is_none())
        o.q = realListArg(q, "q");
    if (!radii.is_none())
        o.radii = realListArg(radii, "radii");
    o.radiusCount = static_cast<int>(
        wholeArg(radiusCount, 2, 100000, "radius_count must be a whole number from 2 to 1e5"));
    o.threads = threadsFor(threads, g.edges.size() * 3);
    NetworkSpectrumResult r =
        runSized(g.edges.size() * 3, progress, [&g, &o](Progress* p) { return networkSpectrum(g, o, p); });
    pyb::dict out;
    reasonAndWarning(out, r);
    put(out, key<"radii_used">(), array(std::vector<double>(r.radii)));
    put(out, key<"diameter">(), number(r.diameter));
    put(out, key<"min_r_squared">(), number(r.minRSquared));
    put(out, key<"min_r_squared_q">(), number(r.minRSquaredQ));
    put(out, key<"alpha_0">(), r.defined ? number(r.alpha0) : pyb::none());
    put(out, key<"width">(), r.defined ? number(r.width) : pyb::none());
    put(out, key<"nodes">(), count(g.nodes));
    put(out, key<"edges">(), count(g.edges.size()));
    put(out, key<"node_ids">(), "0-based numbers");
    pyb::list names;
    for (std::size_t i = 0; i < g.nodes; ++i)
        names.append(std::to_string(i));
    put(out, key<"node_names">(), names);
    put(out, key<"q">(), array(std::move(r.q)));
    put(out, key<"tau">(), array(std::move(r.tau)));
    put(out, key<"alpha">(), array(std::move(r.alpha)));
    pyb::array_t<double> f = array(std::move(r.fAlpha));
    put(out, key<"f_alpha">(), f);
    put(out, key<"f">(), f);
    put(out, key<"r_squared">(), array(std::move(r.rSquared)));
    put(out, key<"log_Z">(), matrix(r.logZ));
    put(out, key<"tau_stderr">(), array(std::vector<double>(r.tauStdErr)));
    const bool fitted = !r.fits.empty();
    put(out, key<"fit_radius_min">(), fitted ? number(r.radii.front()) : pyb::none());
    put(out, key<"fit_radius_max">(), fitted ? number(r.radii.back()) : pyb::none());
    put(out, key<"fit_points">(), count(fitted ? r.fits.front().points : 0));
    put(out, key<"crossover_radius">(), crossoverBreaks(r.crossovers, r.diameter));
    put(out, key<"warnings">(), fitWarnings(r.warnings, "break_radius"));
    put(out, key<"conventions">(), r.conventions);
    put(out, key<"method">(), std::string(networkSpectrumMethodName(r.method)));
    put(out, key<"directed">(), g.directed);
    put(out, key<"nodes_used">(), count(r.nodesUsed));
    put(out, key<"d_q">(), array(std::move(r.dq))); // NaN at q = 1 (0/0), except sandbox's D_1
    put(out, key<"alpha_q">(), array(std::move(r.alphaQ)));
    put(out, key<"passes_filter">(), r.passesFilter);
    put(out, key<"filter_reason">(), r.filterReason);
    return out;
}

// The benchmark's same-process baseline (tests/python/bench_python.py): the best wall time in
// seconds of `repeats` calls of the sampen kernel on x with the given options, timed in C++ with
// the GIL released, so the script can compare the Python call with the bare kernel on the same
// data, in the same process, under the same load.
double timeSampenKernel(pyb::handle x, int repeats, int threads)
{
    const SeriesArg series = seriesArg(x, "x");
    SampleEntropyOptions o;
    o.threads = threads;
    const std::span<const double> values = series.values;
    double best = std::numeric_limits<double>::infinity();
    pyb::gil_scoped_release release;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const auto start = std::chrono::steady_clock::now();
        const SampleEntropyResult r = sampleEntropy(values, o);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        if (r.b == std::numeric_limits<std::uint64_t>::max())
            best = -1; // keeps the call from being optimised away
        best = std::min(best, took.count());
    }
    return best;
}

} // namespace

void registerMeasures(pyb::module_& m)
{
    registerEmbedding(m);
    m.def("sampen", &sampen, "x"_a, pyb::kw_only(), "m"_a = 2, "r"_a = 0.2, "r_mode"_a = "sd", "ddof"_a = 0,
          "match"_a = "le", "lag"_a = 1, "templates"_a = "shared", "threads"_a = pyb::none(),
          "progress"_a = pyb::none(),
          R"(Sample entropy -ln(A/B) of a 1-D series (Richman & Moorman 2000), exact, as
`neurodyn-cli measure sample_entropy`.

m: template length >= 1. r: tolerance > 0, a fraction of the standard deviation
(r_mode="sd", divisor N - ddof, ddof 0 or 1) or absolute (r_mode="abs"). match: "le" counts
pairs at Chebyshev distance <= r, "lt" < r. lag: delay between template coordinates.
m may be "fnn" or "cao" and lag "ami" or "acf": chosen from the series as `embedding` does,
reported in "dimension_choice" / "delay_choice" (value None with "reason" when a rule chooses
nothing); mse and apen take the same m.
templates: "shared" counts A and B over the same N - m*lag starts; "all" counts B over every
length-m template. Self-matches are never counted. threads: None = all cores. progress: None
or a callable taking the fraction done (called on this thread while a long call runs on the
engine's; Ctrl-C stops it).

Returns a dict: value (None when A or B is 0, with "reason"), A, B (matching pairs of length
m+1 and m), templates_A, templates_B, r_used (absolute tolerance applied), sd, settings and
conventions (the options in words). Raises ValueError for bad options or input.)");
    registerEntropy(m);
    m.def("zero_one", &zeroOne, "x"_a, pyb::kw_only(), "seed"_a = 1, "c_count"_a = 100,
          "c_min"_a = pyb::none(), "c_max"_a = pyb::none(), "c_values"_a = pyb::none(), "n_cut"_a = 0,
          "full"_a = false, "threads"_a = pyb::none(), "progress"_a = pyb::none(),
          R"(0-1 test for chaos (Gottwald & Melbourne, correlation method), as
`neurodyn-cli measure zero_one`.

c_count values of c are drawn uniformly in (c_min, c_max) (default pi/5, 4 pi/5) from seed,
unless c_values gives them. n_cut: largest n of M_c(n) (0: N/10). full: also return M_c
(c x n_cut), display_c_index and the p, q trajectory of that c. threads, progress: as sampen's.

Returns a dict: K (median of the defined K_c; None with "reason" when undefined), K_c (array;
NaN where undefined, the CLI's null) also as "Kc", c, n_cut, oversampling_ratio, oversampled
(K is unreliable when True; see "warning"), settings and conventions.)");
    m.def("mfdfa", &mfdfaMeasure, "x"_a, pyb::kw_only(), "q"_a = pyb::none(), "order"_a = 1,
          "scales"_a = pyb::none(), "scale_min"_a = 16, "scale_max"_a = 0, "scale_count"_a = 20,
          "scale_list"_a = pyb::none(), "threads"_a = pyb::none(), "progress"_a = pyb::none(),
          "min_r2"_a = 0.98,
          R"(Multifractal detrended fluctuation analysis (Kantelhardt et al. 2002), as
`neurodyn-cli measure mfdfa`.

q: the q values (default -5..5 step 1). order: detrending polynomial order 0..8. scales (the
CLI's scale_list; give one of the two): explicit increasing segment lengths; otherwise
scale_count log-spaced scales in [scale_min, scale_max] (0: N/4). threads, progress: as
sampen's.

Returns a dict: q (sorted), h (slope of ln F_q(s) against ln s), tau = q h - 1, alpha, f_alpha
(also "f"), h_stderr, r_squared, scales_used, segments, zero_variance_segments, scale_usable,
log_fq (q x scales), width, settings, conventions; "reason" when undefined, "warning" when
zero-variance segments were excluded. Fitting report: fit_scale_min, fit_scale_max, fit_points,
near_zero_segments, crossover_scale (per q, None without a crossover) and warnings (dicts with
kind "low_r_squared" below min_r2, "crossover" with break_scale, or "flat_segments" when q < 0
meets segments of zero or near-zero variance; see docs/conventions.md, "Fitting reports").)");
    m.def("kuramoto_r", &kuramoto, "phases"_a, pyb::kw_only(), "convention"_a = "given", "y"_a = pyb::none(),
          "threshold"_a = 0.0, "local_half_width"_a = -1, "ring_hub"_a = pyb::none(),
          R"(Kuramoto order parameter R(n) = |mean_j exp(i theta_j(n))| of nodes x samples, as
`neurodyn-cli measure kuramoto_r` (whose --phases option is `convention` here).

convention: "given" (default: the rows are phases in radians), "spike" (upward crossings of
threshold), "centred" (angle of (x - <x>, y - <y>), needs y), "arctan" (atan2(y, x), needs y)
or "hilbert" (analytic signal of x - <x>). local_half_width: the ring neighbourhood of the
local order parameter (-1: max(1, ring nodes/10)). ring_hub: a node (1-based row) left off the
ring, as a ring-star's hub.

Returns a dict: order_parameter_mean, order_parameter_sd (None with "reason" when the phases
are undefined), phase_first_sample, phase_samples, local_half_width, local_order (NaN for the
hub), settings, conventions.)");
    m.def("cross_correlation", &crossCorrelationMeasure, "X"_a, pyb::kw_only(), "correlation"_a = "all-pairs",
          "hub"_a = 1, "ring_hub"_a = pyb::none(), "threads"_a = pyb::none(),
          R"(Zero-lag Pearson cross-correlation of nodes x samples, as
`neurodyn-cli measure cross_correlation`.

correlation: the scalar "value": "all-pairs" (mean over pairs i < j), "hub" (mean of the hub's
correlations) or "ring-neighbours" (mean over ring edges i ~ i+1). hub, ring_hub: nodes as
1-based row numbers, as the CLI numbers them. threads: None = all cores.

Returns a dict: cross_correlation_matrix (nodes x nodes; NaN for a pair with a zero-variance
node), cross_correlation_mean, defined_pairs, value (None with "value_reason" when undefined),
hub_mean, ring_neighbour_mean, ring_edges, hub, hub_correlation, zero_variance_nodes (1-based),
conventions.)");
    m.def("network_spectrum", &networkSpectrumMeasure, "edges"_a, pyb::kw_only(), "q"_a = pyb::none(),
          "radii"_a = pyb::none(), "radius_count"_a = 20, "threads"_a = pyb::none(),
          "progress"_a = pyb::none(), "min_r2"_a = 0.98, "method"_a = "normalised-growth",
          "directed"_a = false, "max_distance"_a = 150.0, "min_edges"_a = 10, "round_digits"_a = 0,
          "filter_mode"_a = 0, "centres"_a = 0, "seed"_a = 1,
          R"(Multifractal spectrum of a weighted network, as `neurodyn-cli measure network_spectrum`
on an edge list of 0-based node numbers.

edges: (k x 2) or (k x 3) array of source, target[, weight] (a missing weight is 1; distance
1/|w|; a pair listed twice keeps its largest |w|); directed: edges run source -> target.
method: "normalised-growth" (default; shortest paths, sum of (N_i(r)/N_i(d))^q), "sandbox"
(Tel-Fulop-Vicsek; centres: 0 = all nodes, else a sample drawn by seed), "neuromfa-code" (the
official NeuroMFA estimator on one-hop out-edges: max_distance, min_edges, round_digits,
filter_mode) or "neuromfa-paths" (the same on shortest paths); docs/conventions.md. q: default
-5..5 step 1, the NeuroMFA methods -3..3 step 0.1. radii: explicit increasing radii > 0, else
radius_count log-spaced ones (not for NeuroMFA). threads, progress: as sampen's.

Returns a dict: q, tau, alpha, f_alpha (also "f"), r_squared, log_Z (q x radii), radii_used,
diameter, min_r_squared, min_r_squared_q, alpha_0, width (None with "reason" when undefined),
nodes, edges, node_ids, node_names, conventions; "warning" for a poor fit (R^2 < 0.9). Fitting
report: tau_stderr, fit_radius_min, fit_radius_max, fit_points, crossover_radius (per q, None
without a crossover) and warnings (dicts with kind "low_r_squared" below min_r2 or "crossover"
with break_radius; see docs/conventions.md, "Fitting reports"). Also method, directed,
nodes_used, d_q (tau/(q-1); NaN at q = 1 except sandbox's information dimension), alpha_q (the
q of each alpha: NeuroMFA's forward differences give one fewer), passes_filter, filter_reason.)");
    m.def("_time_sampen_kernel", &timeSampenKernel, "x"_a, "repeats"_a = 5, "threads"_a = 0,
          "Best wall time (s) of the sampen kernel on x with default options, timed in C++: the benchmark's "
          "same-process baseline.");
    registerRqa(m);
}

} // namespace nd::python
