// The measures of the module `neurodyn` on numpy arrays: sampen, zero_one, mfdfa, kuramoto_r,
// cross_correlation, network_spectrum, mse, permutation_entropy and apen. Each takes the options of
// `neurodyn-cli measure NAME` (same names with underscores, same defaults, same checks and messages without
// the "--"), fills the same core option struct, calls the same kernel and returns a dict with the keys of the
// CLI's JSON (arrays as numpy arrays, NaN where the JSON has null inside an array; a scalar the CLI writes as
// null is None, with "reason"), built directly: the hot path of a tiny call never goes through QJsonObject.
// Small inputs run inline with the GIL held (a thread start would cost more than the work); inputs above
// kInlineValues values run through runLong, which releases the GIL and stops on Ctrl-C. Called from Python
// with the GIL held.
#include "pycommon.h"

#include "common/progress.h"
#include "io/edgelistreader.h"
#include "measures/approximateentropy.h"
#include "measures/embedding.h"
#include "measures/mfdfa.h"
#include "measures/multiscaleentropy.h"
#include "measures/networkspectrum.h"
#include "measures/permutationentropy.h"
#include "measures/recurrence.h"
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

// Inputs up to this many values are measured inline (microseconds); longer ones on a worker
// thread with the GIL released, so that Ctrl-C and other Python threads are served.
constexpr std::size_t kInlineValues = 10000;

// Below this many values the default thread count (threads=None) is one thread: starting a
// worker costs about 20 microseconds, more than sampen on a few hundred values takes, and
// measured on two cores the second thread pays off only from about 1e4 values. An explicit
// thread count is kept. The engine's results do not depend on it (the tests compare one-thread
// calls with the CLI, which uses every core).
constexpr std::size_t kSingleThreadValues = 4096;

int threadsFor(pyb::handle threads, std::size_t values)
{
    const int n = threadsArg(threads);
    return n == 0 && values < kSingleThreadValues ? 1 : n;
}

// `progress`: None or a callable taking the fraction done; an inline call reports 1 at its end.
template <class Work> auto runSized(std::size_t values, pyb::handle progress, Work&& work)
{
    if (!progress.is_none() && !PyCallable_Check(progress.ptr()))
        throw pyb::type_error("progress: expected a callable taking the fraction done, or None");
    if (values > kInlineValues)
        return runLong(progress, std::forward<Work>(work));
    auto result = work(static_cast<Progress*>(nullptr));
    if (!progress.is_none())
        progress(1.0);
    return result;
}

// --- Options: the CLI's checks with its messages (app/cli/measure*.cpp), "--m" read as "m". ---

bool isWhole(pyb::handle v)
{
    return !pyb::isinstance<pyb::bool_>(v) && (PyLong_Check(v.ptr()) || pyb::hasattr(v, "__index__"));
}

// A whole number in [minimum, maximum]; TypeError for other types, ValueError outside the
// range, both with the CLI's message.
long long wholeArg(pyb::handle v, long long minimum, long long maximum, const char* message)
{
    if (!isWhole(v))
        throw pyb::type_error(message);
    int overflow = 0;
    const long long n =
        PyLong_AsLongLongAndOverflow(pyb::int_(pyb::reinterpret_borrow<pyb::object>(v)).ptr(), &overflow);
    if (overflow != 0 || n < minimum || n > maximum)
        throw pyb::value_error(message);
    return n;
}

// A finite real number (int or float, numpy scalars too; not bool, str or complex).
double realArg(pyb::handle v, const char* message)
{
    if (PyFloat_CheckExact(v.ptr())) {
        const double d = PyFloat_AS_DOUBLE(v.ptr());
        if (!std::isfinite(d))
            throw pyb::value_error(message);
        return d;
    }
    if (pyb::isinstance<pyb::bool_>(v) || pyb::isinstance<pyb::str>(v) || PyComplex_Check(v.ptr()) ||
        !(PyFloat_Check(v.ptr()) || isWhole(v) || pyb::hasattr(v, "__float__")))
        throw pyb::type_error(message);
    const double d = PyFloat_AsDouble(v.ptr());
    if (d == -1.0 && PyErr_Occurred())
        throw pyb::error_already_set();
    if (!std::isfinite(d))
        throw pyb::value_error(message);
    return d;
}

std::string textArg(pyb::handle v, const char* name)
{
    if (!pyb::isinstance<pyb::str>(v))
        throw pyb::type_error(std::string(name) + ": expected text, got " +
                              std::string(pyb::str(pyb::type::handle_of(v).attr("__name__"))));
    return v.cast<std::string>();
}

// A list of finite numbers (the CLI's comma-separated list): any 1-D sequence or array.
std::vector<double> realListArg(pyb::handle v, const char* name)
{
    const SeriesArg s = seriesArg(v, name, 0);
    return {s.values.begin(), s.values.end()};
}

// --- Results: the CLI's JSON values as Python objects (app/cli/resultjson.cpp). ---

// jsonNumber: a finite number, or None.
pyb::object number(double v)
{
    return std::isfinite(v) ? pyb::object(pyb::float_(v)) : pyb::object(pyb::none());
}

pyb::object count(std::uint64_t v)
{
    return pyb::int_(v);
}

pyb::array_t<double> array(std::vector<double>&& v)
{
    return ownedArray(std::move(v));
}

// A whole-number array (counts, scales, node numbers).
template <class Int> pyb::array_t<std::int64_t> counts(const std::vector<Int>& v)
{
    pyb::array_t<std::int64_t> out(static_cast<pyb::ssize_t>(v.size()));
    auto* p = out.mutable_data();
    for (std::size_t i = 0; i < v.size(); ++i)
        p[i] = static_cast<std::int64_t>(v[i]);
    return out;
}

// rows x cols (every row as long as the first; jsonMatrix's rows are).
pyb::array_t<double> matrix(const std::vector<std::vector<double>>& rows)
{
    const std::size_t cols = rows.empty() ? 0 : rows.front().size();
    std::vector<double> flat;
    flat.reserve(rows.size() * cols);
    for (const auto& row : rows) {
        if (row.size() != cols)
            throw std::logic_error("matrix: ragged rows");
        flat.insert(flat.end(), row.begin(), row.end());
    }
    return ownedArray(std::move(flat),
                      {static_cast<pyb::ssize_t>(rows.size()), static_cast<pyb::ssize_t>(cols)});
}

// NaN where `defined` is 0 (the CLI's null).
std::vector<double> masked(std::vector<double> values, const std::vector<unsigned char>& defined)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!defined[i])
            values[i] = std::numeric_limits<double>::quiet_NaN();
    return values;
}

// Dict keys made once per name and kept for the life of the process (interned, as Python keeps
// its own identifiers): a tiny call builds about twenty keys, and making them anew each time was
// a measurable part of its 5 microseconds.
template <std::size_t N> struct KeyText {
    char text[N];
    constexpr KeyText(const char (&s)[N]) { std::copy_n(s, N, text); }
};

template <KeyText Text> PyObject* key()
{
    static PyObject* const k = PyUnicode_InternFromString(Text.text);
    return k;
}

template <class Value> void put(pyb::dict& d, PyObject* k, Value&& value)
{
    pyb::object v;
    if constexpr (std::is_base_of_v<pyb::handle, std::decay_t<Value>>)
        v = pyb::reinterpret_borrow<pyb::object>(value);
    else
        v = pyb::cast(std::forward<Value>(value));
    if (!k || PyDict_SetItem(d.ptr(), k, v.ptr()) != 0)
        throw pyb::error_already_set();
}

template <class Result> void reasonAndWarning(pyb::dict& out, const Result& r)
{
    if (!r.defined)
        put(out, key<"reason">(), r.reason);
    if (!r.warning.empty())
        put(out, key<"warning">(), r.warning);
}

// --- sampen ---

pyb::dict sampen(pyb::handle x, pyb::handle m, pyb::handle r, pyb::handle rMode, pyb::handle ddof,
                 pyb::handle match, pyb::handle lag, pyb::handle templates, pyb::handle threads,
                 pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    SampleEntropyOptions o;
    o.m = static_cast<int>(wholeArg(m, 1, 1000, "m must be a whole number from 1 to 1000"));
    o.r = realArg(r, "r must be a positive number");
    if (!(o.r > 0))
        throw pyb::value_error("r must be a positive number");
    o.ddof = static_cast<int>(wholeArg(ddof, 0, 1, "ddof must be 0 or 1"));
    o.lag = static_cast<int>(wholeArg(lag, 1, 1000000, "lag must be a whole number from 1 to 1e6"));
    o.threads = threadsFor(threads, series.values.size());
    const std::string mode = textArg(rMode, "r_mode");
    const std::string rule = textArg(match, "match");
    const std::string starts = textArg(templates, "templates");
    if (mode != "sd" && mode != "abs")
        throw pyb::value_error("r_mode must be sd or abs, not '" + mode + "'");
    if (rule != "le" && rule != "lt")
        throw pyb::value_error("match must be le or lt, not '" + rule + "'");
    if (starts != "shared" && starts != "all")
        throw pyb::value_error("templates must be shared or all, not '" + starts + "'");
    o.toleranceKind = mode == "abs" ? ToleranceKind::Absolute : ToleranceKind::FractionOfStdDev;
    o.rule = rule == "lt" ? MatchRule::Less : MatchRule::LessOrEqual;
    o.templates = starts == "all" ? TemplateCount::AllTemplates : TemplateCount::SharedStarts;

    const std::span<const double> values = series.values;
    const SampleEntropyResult res =
        runSized(values.size(), progress, [values, o](Progress* p) { return sampleEntropy(values, o, p); });
    pyb::dict out;
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
    put(settings, key<"m">(), o.m);
    put(settings, key<"r">(), o.r);
    put(settings, key<"r_mode">(), rMode);
    put(settings, key<"ddof">(), o.ddof);
    put(settings, key<"match">(), match);
    put(settings, key<"lag">(), o.lag);
    put(settings, key<"templates">(), templates);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

// --- the entropy family: mse, permutation_entropy, apen ---

// The options sample entropy, MSE and ApEn share, with the CLI's checks and messages.
template <class Options>
void toleranceOptions(Options& o, pyb::handle m, pyb::handle r, pyb::handle rMode, pyb::handle ddof,
                      pyb::handle match)
{
    o.m = static_cast<int>(wholeArg(m, 1, 1000, "m must be a whole number from 1 to 1000"));
    o.r = realArg(r, "r must be a positive number");
    if (!(o.r > 0))
        throw pyb::value_error("r must be a positive number");
    o.ddof = static_cast<int>(wholeArg(ddof, 0, 1, "ddof must be 0 or 1"));
    const std::string mode = textArg(rMode, "r_mode");
    const std::string rule = textArg(match, "match");
    if (mode != "sd" && mode != "abs")
        throw pyb::value_error("r_mode must be sd or abs, not '" + mode + "'");
    if (rule != "le" && rule != "lt")
        throw pyb::value_error("match must be le or lt, not '" + rule + "'");
    o.toleranceKind = mode == "abs" ? ToleranceKind::Absolute : ToleranceKind::FractionOfStdDev;
    o.rule = rule == "lt" ? MatchRule::Less : MatchRule::LessOrEqual;
}

pyb::dict mse(pyb::handle x, pyb::handle scales, pyb::handle method, pyb::handle tolerance, pyb::handle m,
              pyb::handle r, pyb::handle rMode, pyb::handle ddof, pyb::handle match, pyb::handle threads,
              pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    MultiscaleEntropyOptions o;
    o.maxScale =
        static_cast<int>(wholeArg(scales, 1, 100000, "scales must be a whole number from 1 to 100000"));
    toleranceOptions(o, m, r, rMode, ddof, match);
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
    pyb::dict out;
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
    put(settings, key<"m">(), o.m);
    put(settings, key<"r">(), o.r);
    put(settings, key<"r_mode">(), rMode);
    put(settings, key<"ddof">(), o.ddof);
    put(settings, key<"match">(), match);
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), res.conventions);
    return out;
}

// True or False, for the CLI's yes|no options.
bool flagArg(pyb::handle v, const char* name)
{
    if (!pyb::isinstance<pyb::bool_>(v))
        throw pyb::type_error(std::string(name) + ": expected True or False");
    return v.cast<bool>();
}

pyb::dict permutationEntropyMeasure(pyb::handle x, pyb::handle order, pyb::handle delay,
                                    pyb::handle normalise, pyb::handle weighted)
{
    const SeriesArg series = seriesArg(x, "x");
    PermutationEntropyOptions o;
    o.order = static_cast<int>(wholeArg(order, kMinPermutationOrder, kMaxPermutationOrder,
                                        "order must be a whole number from 2 to 8"));
    const bool ami = pyb::isinstance<pyb::str>(delay) && delay.cast<std::string>() == "ami";
    if (!ami)
        o.delay = static_cast<int>(
            wholeArg(delay, 1, 1000000, "delay must be a whole number from 1 to 1e6, or ami"));
    o.normalised = flagArg(normalise, "normalise");
    o.weighted = flagArg(weighted, "weighted");
    pyb::dict out;
    if (ami) {
        const DelayResult chosen = chooseDelay(series.values);
        if (!chosen.defined) {
            put(out, key<"value">(), pyb::none());
            put(out, key<"reason">(), "delay ami chose no delay: " + chosen.reason);
            return out;
        }
        o.delay = chosen.delay;
        pyb::dict choice;
        put(choice, key<"value">(), chosen.delay);
        put(choice, key<"rule">(), chosen.rule);
        put(choice, key<"conventions">(), chosen.conventions);
        put(out, key<"delay_choice">(), choice);
    }
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
    toleranceOptions(o, m, r, rMode, ddof, match);
    const std::span<const double> values = series.values;
    const ApproximateEntropyResult res =
        runSized(values.size(), progress, [values, o](Progress*) { return approximateEntropy(values, o); });
    pyb::dict out;
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
    put(settings, key<"m">(), o.m);
    put(settings, key<"r">(), o.r);
    put(settings, key<"r_mode">(), rMode);
    put(settings, key<"ddof">(), o.ddof);
    put(settings, key<"match">(), match);
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
                                 pyb::handle threads, pyb::handle progress, pyb::handle minR2)
{
    const WeightedGraph g = graphArg(edges);
    NetworkSpectrumOptions o;
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

// --- embedding: delay and dimension choices (as `neurodyn-cli measure embedding`) ---

pyb::dict embeddingMeasure(pyb::handle x, pyb::handle delay, pyb::handle maxLag, pyb::handle bins,
                           pyb::handle maxDimension, pyb::handle theiler, pyb::handle rtol, pyb::handle atol,
                           pyb::handle fnnThreshold, pyb::handle caoThreshold)
{
    const SeriesArg series = seriesArg(x, "x");
    DelayOptions d;
    DimensionOptions o;
    std::string delayText;
    bool given = false;
    if (pyb::isinstance<pyb::str>(delay)) {
        delayText = delay.cast<std::string>();
        if (delayText != "ami" && delayText != "acf")
            throw pyb::value_error("delay must be ami, acf or a whole number from 1 to 1e6, not '" +
                                   delayText + "'");
        d.method = delayText == "acf" ? DelayMethod::Autocorrelation : DelayMethod::MutualInformation;
    } else {
        const std::string message = "delay must be ami, acf or a whole number from 1 to 1e6, not '" +
                                    std::string(pyb::str(delay)) + "'";
        o.delay = static_cast<int>(wholeArg(delay, 1, 1000000, message.c_str()));
        delayText = std::to_string(o.delay);
        given = true;
    }
    d.maxLag = static_cast<int>(wholeArg(maxLag, 0, 1000000, "max_lag must be a whole number from 0 to 1e6"));
    d.bins = static_cast<int>(wholeArg(bins, 0, 1024, "bins must be 0 or a whole number from 3 to 1024"));
    if (d.bins == 1 || d.bins == 2)
        throw pyb::value_error("bins must be 0 or a whole number from 3 to 1024");
    o.maxDimension =
        static_cast<int>(wholeArg(maxDimension, 1, 30, "max_dimension must be a whole number from 1 to 30"));
    o.theilerWindow =
        static_cast<int>(wholeArg(theiler, 0, 1000000, "theiler must be a whole number from 0 to 1e6"));
    o.rTol = realArg(rtol, "rtol and atol must be numbers > 0");
    o.aTol = realArg(atol, "rtol and atol must be numbers > 0");
    if (!(o.rTol > 0) || !(o.aTol > 0))
        throw pyb::value_error("rtol and atol must be numbers > 0");
    o.fnnThreshold = realArg(fnnThreshold, "fnn_threshold and cao_threshold must be numbers > 0");
    o.caoThreshold = realArg(caoThreshold, "fnn_threshold and cao_threshold must be numbers > 0");
    if (!(o.fnnThreshold > 0) || !(o.caoThreshold > 0))
        throw pyb::value_error("fnn_threshold and cao_threshold must be numbers > 0");

    const std::span<const double> values = series.values;
    pyb::dict out, delayOut, fnn, cao;
    if (given) {
        put(delayOut, key<"value">(), o.delay);
        put(delayOut, key<"rule">(), "given");
    } else {
        // N pairs x 9 spline products per lag: seconds for 1e6 values and 1000 lags, so long
        // inputs run with the GIL released.
        DelayResult r =
            runSized(values.size(), pyb::none(), [values, d](Progress*) { return chooseDelay(values, d); });
        put(delayOut, key<"value">(), r.defined ? pyb::object(pyb::int_(r.delay)) : pyb::none());
        if (r.defined)
            put(delayOut, key<"rule">(), r.rule);
        else
            put(delayOut, key<"reason">(), r.reason);
        put(delayOut, key<"max_lag">(), r.maxLag);
        put(delayOut, key<"bins">(), r.bins);
        put(delayOut, key<"mutual_information">(), array(std::move(r.mutualInformation)));
        put(delayOut, key<"autocorrelation">(), array(std::move(r.autocorrelation)));
        put(delayOut, key<"conventions">(), r.conventions);
        o.delay = r.defined ? r.delay : 0;
    }
    put(out, key<"delay">(), delayOut);
    if (o.delay < 1) {
        put(fnn, key<"dimension">(), pyb::none());
        put(fnn, key<"reason">(), "no delay was chosen");
        put(cao, key<"dimension">(), pyb::none());
        put(cao, key<"reason">(), "no delay was chosen");
    } else {
        DimensionResult r = runSized(values.size(), pyb::none(),
                                     [values, o](Progress*) { return chooseDimension(values, o); });
        put(fnn, key<"dimension">(), r.fnnDefined ? pyb::object(pyb::int_(r.fnnDimension)) : pyb::none());
        if (!r.fnnDefined)
            put(fnn, key<"reason">(), r.fnnReason);
        put(fnn, key<"fractions">(), array(std::move(r.fnnFraction)));
        put(fnn, key<"counted">(), counts(r.fnnCounted));
        put(cao, key<"dimension">(), r.caoDefined ? pyb::object(pyb::int_(r.caoDimension)) : pyb::none());
        if (!r.caoDefined)
            put(cao, key<"reason">(), r.caoReason);
        put(cao, key<"e1">(), array(std::move(r.caoE1)));
        put(cao, key<"e2">(), array(std::move(r.caoE2)));
        put(out, key<"sd">(), number(r.sd));
        put(out, key<"distance_evaluations">(), count(r.distanceEvaluations));
        put(out, key<"conventions">(), r.conventions);
    }
    put(out, key<"fnn">(), fnn);
    put(out, key<"cao">(), cao);
    pyb::dict settings;
    put(settings, key<"delay">(), delayText);
    put(settings, key<"max_lag">(), d.maxLag);
    put(settings, key<"bins">(), d.bins);
    put(settings, key<"max_dimension">(), o.maxDimension);
    put(settings, key<"theiler">(), o.theilerWindow);
    put(settings, key<"rtol">(), o.rTol);
    put(settings, key<"atol">(), o.aTol);
    put(settings, key<"fnn_threshold">(), o.fnnThreshold);
    put(settings, key<"cao_threshold">(), o.caoThreshold);
    put(out, key<"settings">(), settings);
    return out;
}

void registerEmbedding(pyb::module_& m)
{
    m.def("embedding", &embeddingMeasure, "x"_a, pyb::kw_only(), "delay"_a = "ami", "max_lag"_a = 0,
          "bins"_a = 0, "max_dimension"_a = 10, "theiler"_a = 0, "rtol"_a = 10.0, "atol"_a = 2.0,
          "fnn_threshold"_a = 0.01, "cao_threshold"_a = 0.9,
          R"(Delay and dimension for embedding a 1-D series, as `neurodyn-cli measure embedding`.

delay: "ami" (first minimum of the average mutual information, quadratic B-spline histogram
with `bins` per axis, 0 = Sturges; else the first lag below I(0)/e), "acf" (first lag where the
autocorrelation is <= 0) or a whole number tau. max_lag: 0 = min(N/4, 1000). Dimensions
1..max_dimension are tested by false nearest neighbours (Kennel et al. 1992: rtol, atol, chosen
m = the first with a false fraction below fnn_threshold) and by Cao's E1/E2 (chosen d = the
first with E1(d) >= cao_threshold; none when every E2 is within 0.1 of 1). theiler: neighbours
closer in time are skipped. Neighbours come from a k-d tree.

Returns a dict: delay (value or None with "reason", rule, max_lag, bins, mutual_information,
autocorrelation, conventions), fnn (dimension or None with "reason", fractions, counted), cao
(dimension or None with "reason", e1, e2), sd, distance_evaluations, settings and conventions.
Raises ValueError for bad options or input.)");
}

// --- rqa (issue 20 point 4) ---

void putRqa(pyb::dict& out, const RqaResult& r)
{
    auto orNone = [](bool defined, double v) { return defined ? number(v) : pyb::object(pyb::none()); };
    put(out, key<"RR">(), orNone(r.defined, r.rr));
    put(out, key<"DET">(), orNone(r.detDefined, r.det));
    put(out, key<"L_max">(), r.defined ? count(r.lMax) : pyb::object(pyb::none()));
    put(out, key<"L_mean">(), orNone(r.lineDefined, r.lMean));
    put(out, key<"ENTR">(), orNone(r.lineDefined, r.entr));
    put(out, key<"LAM">(), orNone(r.lamDefined, r.lam));
    put(out, key<"TT">(), orNone(r.ttDefined, r.tt));
    put(out, key<"V_max">(), r.defined ? count(r.vMax) : pyb::object(pyb::none()));
    put(out, key<"eps_used">(), number(r.epsilon));
    if (!r.detDefined)
        put(out, key<"reason">(), r.detReason);
    pyb::dict reasons;
    const std::pair<const char*, const std::string*> all[] = {{"RR", &r.reason},
                                                              {"DET", &r.detReason},
                                                              {"L_mean", &r.lineReason},
                                                              {"LAM", &r.lamReason},
                                                              {"TT", &r.ttReason}};
    for (const auto& [name, why] : all)
        if (!why->empty())
            reasons[name] = *why;
    if (pyb::len(reasons) > 0)
        put(out, key<"reasons">(), reasons);
}

// [[length, count], ...] for the lengths that occur, as the CLI prints them.
pyb::array_t<std::int64_t> linePairs(const std::vector<std::size_t>& h)
{
    std::vector<std::int64_t> flat;
    for (std::size_t l = 1; l < h.size(); ++l)
        if (h[l] > 0) {
            flat.push_back(static_cast<std::int64_t>(l));
            flat.push_back(static_cast<std::int64_t>(h[l]));
        }
    pyb::array_t<std::int64_t> out({static_cast<pyb::ssize_t>(flat.size() / 2), pyb::ssize_t{2}});
    std::copy(flat.begin(), flat.end(), out.mutable_data());
    return out;
}

pyb::dict rqa(pyb::handle x, pyb::handle m, pyb::handle tau, pyb::handle eps, pyb::handle epsMode,
              pyb::handle norm, pyb::handle theiler, pyb::handle lmin, pyb::handle vmin, pyb::handle window,
              pyb::handle step, pyb::handle wantMatrix, pyb::handle progress)
{
    const SeriesArg series = seriesArg(x, "x");
    RecurrenceOptions o;
    o.dimension = static_cast<int>(wholeArg(m, 1, 1000, "m must be a whole number from 1 to 1000"));
    o.delay = static_cast<int>(wholeArg(tau, 1, 1000000, "tau must be a whole number from 1 to 1e6"));
    o.theiler =
        static_cast<int>(wholeArg(theiler, 0, 1000000, "theiler must be a whole number from 0 to 1e6"));
    o.minDiagonal =
        static_cast<int>(wholeArg(lmin, 1, 1000000, "lmin and vmin must be whole numbers from 1 to 1e6"));
    o.minVertical =
        static_cast<int>(wholeArg(vmin, 1, 1000000, "lmin and vmin must be whole numbers from 1 to 1e6"));
    const std::string mode = textArg(epsMode, "eps_mode");
    const std::string how = textArg(norm, "norm");
    if (mode != "sd" && mode != "abs" && mode != "rate")
        throw pyb::value_error("eps_mode must be sd, abs or rate, not '" + mode + "'");
    if (how != "max" && how != "euclidean")
        throw pyb::value_error("norm must be max or euclidean, not '" + how + "'");
    o.threshold = realArg(eps, "eps must be a positive number (a rate at most 1)");
    if (!(o.threshold > 0.0) || (mode == "rate" && o.threshold > 1.0))
        throw pyb::value_error("eps must be a positive number (a rate at most 1)");
    o.norm = how == "euclidean" ? RecurrenceNorm::Euclidean : RecurrenceNorm::Max;
    o.thresholdKind = mode == "abs"    ? RecurrenceThreshold::Absolute
                      : mode == "rate" ? RecurrenceThreshold::FixedRate
                                       : RecurrenceThreshold::FractionOfStdDev;
    const std::size_t w =
        window.is_none()
            ? 0
            : static_cast<std::size_t>(wholeArg(window, 2, 1000000000, "window must be a whole number >= 2"));
    const std::size_t s =
        step.is_none()
            ? w
            : static_cast<std::size_t>(wholeArg(step, 1, 1000000000, "step must be a whole number >= 1"));
    if (w == 0 && !step.is_none())
        throw pyb::value_error("step needs window");
    const bool keepMatrix = flagArg(wantMatrix, "matrix");
    if (keepMatrix && w != 0)
        throw pyb::value_error("matrix: not with window");
    const std::span<const double> values = series.values;
    pyb::dict out;
    pyb::dict settings;
    put(settings, key<"m">(), o.dimension);
    put(settings, key<"tau">(), o.delay);
    put(settings, key<"eps">(), o.threshold);
    put(settings, key<"eps_mode">(), mode);
    put(settings, key<"norm">(), how);
    put(settings, key<"theiler">(), o.theiler);
    put(settings, key<"lmin">(), o.minDiagonal);
    put(settings, key<"vmin">(), o.minVertical);
    put(settings, key<"window">(), count(w));
    put(settings, key<"step">(), count(w == 0 ? 0 : s));
    if (w != 0) {
        const WindowedRqaResult res = runSized(values.size(), progress, [values, w, s, o](Progress*) {
            return windowedRecurrenceQuantification(values, w, s, o);
        });
        const std::size_t k = res.windows.size();
        std::vector<double> rr(k), det(k), lmax(k), lmean(k), entr(k), lam(k), tt(k), vmax(k), epsUsed(k);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t i = 0; i < k; ++i) {
            const RqaResult& r = res.windows[i];
            rr[i] = r.defined ? r.rr : nan;
            det[i] = r.detDefined ? r.det : nan;
            lmax[i] = r.defined ? static_cast<double>(r.lMax) : nan;
            lmean[i] = r.lineDefined ? r.lMean : nan;
            entr[i] = r.lineDefined ? r.entr : nan;
            lam[i] = r.lamDefined ? r.lam : nan;
            tt[i] = r.ttDefined ? r.tt : nan;
            vmax[i] = r.defined ? static_cast<double>(r.vMax) : nan;
            epsUsed[i] = r.epsilon;
        }
        pyb::dict arrays;
        put(arrays, key<"start">(), counts(res.starts));
        put(arrays, key<"RR">(), array(std::move(rr)));
        put(arrays, key<"DET">(), array(std::move(det)));
        put(arrays, key<"L_max">(), array(std::move(lmax)));
        put(arrays, key<"L_mean">(), array(std::move(lmean)));
        put(arrays, key<"ENTR">(), array(std::move(entr)));
        put(arrays, key<"LAM">(), array(std::move(lam)));
        put(arrays, key<"TT">(), array(std::move(tt)));
        put(arrays, key<"V_max">(), array(std::move(vmax)));
        put(arrays, key<"eps_used">(), array(std::move(epsUsed)));
        put(out, key<"windows">(), arrays);
        put(out, key<"settings">(), settings);
        put(out, key<"conventions">(), k ? res.windows.front().conventions : std::string());
        return out;
    }
    struct Both {
        RqaResult r;
        RecurrenceMatrix mat;
    };
    Both both = runSized(values.size(), progress, [values, o, keepMatrix](Progress*) {
        Both b{recurrenceQuantification(values, o), {}};
        if (keepMatrix && b.r.defined)
            b.mat = recurrenceMatrix(values, o);
        return b;
    });
    const RqaResult& r = both.r;
    putRqa(out, r);
    put(out, key<"points">(), count(r.points));
    put(out, key<"recurrences">(), count(r.recurrences));
    put(out, key<"pairs">(), count(r.admissiblePairs));
    put(out, key<"sd">(), number(r.stdDev));
    put(out, key<"diagonal_lines">(), linePairs(r.diagonalLines));
    put(out, key<"vertical_lines">(), linePairs(r.verticalLines));
    if (keepMatrix && r.defined) {
        const std::size_t n = both.mat.size();
        pyb::array_t<bool> mat({static_cast<pyb::ssize_t>(n), static_cast<pyb::ssize_t>(n)});
        bool* p = mat.mutable_data();
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                p[i * n + j] = both.mat.at(i, j);
        put(out, key<"matrix">(), mat);
    }
    put(out, key<"settings">(), settings);
    put(out, key<"conventions">(), r.conventions);
    return out;
}

void registerRqa(pyb::module_& m)
{
    m.def("rqa", &rqa, "x"_a, pyb::kw_only(), "m"_a = 1, "tau"_a = 1, "eps"_a = 0.1, "eps_mode"_a = "sd",
          "norm"_a = "max", "theiler"_a = 1, "lmin"_a = 2, "vmin"_a = 2, "window"_a = pyb::none(),
          "step"_a = pyb::none(), "matrix"_a = false, "progress"_a = pyb::none(),
          R"(Recurrence quantification of a 1-D series, as `neurodyn-cli measure rqa`.

m, tau: time-delay embedding (dimension, delay in samples). eps: the threshold, read by
eps_mode: "sd" a fraction of the series' (population) standard deviation, "abs" a distance,
"rate" a recurrence rate in (0, 1] reached by choosing eps as the smallest pair distance with at
least ceil(RR * pairs) recurrent pairs (ties at eps all recur). norm: "max" or "euclidean".
theiler: pairs |i-j| < theiler are left out of the matrix, the rate and every line. lmin, vmin:
the shortest diagonal (DET, L_mean, ENTR) and vertical (LAM, TT) lines counted. window, step:
windowed RQA (step defaults to window). matrix: also return the N x N boolean recurrence matrix.
progress: as sampen's.

Returns a dict: RR, DET, L_max, L_mean, ENTR (nats), LAM, TT, V_max (None when undefined, with
"reason" for DET and "reasons" per measure), eps_used, points, recurrences, pairs, sd,
diagonal_lines and vertical_lines ([length, count] rows), settings and conventions; with
window, "windows": arrays per window (start, RR, DET, ..., NaN where undefined). Raises
ValueError for bad options or input.)");
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
templates: "shared" counts A and B over the same N - m*lag starts; "all" counts B over every
length-m template. Self-matches are never counted. threads: None = all cores. progress: None
or a callable taking the fraction done (called on this thread while a long call runs on the
engine's; Ctrl-C stops it).

Returns a dict: value (None when A or B is 0, with "reason"), A, B (matching pairs of length
m+1 and m), templates_A, templates_B, r_used (absolute tolerance applied), sd, settings and
conventions (the options in words). Raises ValueError for bad options or input.)");
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

order: d, 2 to 8. delay: tau between a pattern's samples, or "ami": the first minimum of the
average mutual information (as `embedding`; the result then has "delay_choice"). normalise: divide by ln d!.
weighted: each window counts with the variance of its values (Fadlallah et al. 2013). Ties
rank the earlier sample as the smaller; patterns that never occur count as p = 0.

Returns a dict: value (None for a constant series, with "reason"), windows, patterns_seen,
patterns_missing, max_entropy (ln d!), finite_size_bias ((d!-1)/(2 windows), over ln d! when
normalised), frequencies (d! values by Lehmer-code index), settings and conventions. Raises
ValueError for bad options or input.)");
    m.def("apen", &apen, "x"_a, pyb::kw_only(), "m"_a = 2, "r"_a = 0.2, "r_mode"_a = "sd", "ddof"_a = 0,
          "match"_a = "le", "progress"_a = pyb::none(),
          R"(Approximate entropy Phi_m - Phi_(m+1) of a 1-D series (Pincus 1991), self-matches
included, as `neurodyn-cli measure apen`. m, r, r_mode, ddof, match: as sampen.

Returns a dict: value (None for a constant series under r_mode "sd", with "reason"), phi_m,
phi_m1, templates_m, templates_m1, r_used, sd, settings and conventions. Raises ValueError for
bad options or input.)");
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
          "progress"_a = pyb::none(), "min_r2"_a = 0.98,
          R"(Multifractal spectrum of a weighted undirected network by sandbox box growing, as
`neurodyn-cli measure network_spectrum` on an edge list of 0-based node numbers.

edges: (k x 2) or (k x 3) array of source, target[, weight] (a missing weight is 1; distance
1/|w| along shortest paths; a pair listed twice keeps its largest |w|). q: default -5..5.
radii: explicit increasing radii > 0, else radius_count log-spaced ones. threads, progress: as
sampen's.

Returns a dict: q, tau, alpha, f_alpha (also "f"), r_squared, log_Z (q x radii), radii_used,
diameter, min_r_squared, min_r_squared_q, alpha_0, width (None with "reason" when undefined),
nodes, edges, node_ids, node_names, conventions; "warning" for a poor fit (R^2 < 0.9). Fitting
report: tau_stderr, fit_radius_min, fit_radius_max, fit_points, crossover_radius (per q, None
without a crossover) and warnings (dicts with kind "low_r_squared" below min_r2 or "crossover"
with break_radius; see docs/conventions.md, "Fitting reports").)");
    m.def("_time_sampen_kernel", &timeSampenKernel, "x"_a, "repeats"_a = 5, "threads"_a = 0,
          "Best wall time (s) of the sampen kernel on x with default options, timed in C++: the benchmark's "
          "same-process baseline.");
    registerRqa(m);
}

} // namespace nd::python
