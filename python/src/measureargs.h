// What the measure bindings (measures.cpp, measuresentropy.cpp, measuresrecurrence.cpp) share:
// when a call runs inline or on a worker thread, the option readers with the CLI's checks and
// messages ("--m" read as "m"), and the dict builders with interned keys for the CLI's JSON
// values. Internal to python/src; called with the GIL held.
#pragma once

#include "pycommon.h"

#include "measures/embedding.h"
#include "measures/sampleentropy.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace nd::python::measureargs {

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

inline int threadsFor(pyb::handle threads, std::size_t values)
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

inline bool isWhole(pyb::handle v)
{
    return !pyb::isinstance<pyb::bool_>(v) && (PyLong_Check(v.ptr()) || pyb::hasattr(v, "__index__"));
}

// A whole number in [minimum, maximum]; TypeError for other types, ValueError outside the
// range, both with the CLI's message.
inline long long wholeArg(pyb::handle v, long long minimum, long long maximum, const char* message)
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
inline double realArg(pyb::handle v, const char* message)
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

inline std::string textArg(pyb::handle v, const char* name)
{
    if (!pyb::isinstance<pyb::str>(v))
        throw pyb::type_error(std::string(name) + ": expected text, got " +
                              std::string(pyb::str(pyb::type::handle_of(v).attr("__name__"))));
    return v.cast<std::string>();
}

// A list of finite numbers (the CLI's comma-separated list): any 1-D sequence or array.
inline std::vector<double> realListArg(pyb::handle v, const char* name)
{
    const SeriesArg s = seriesArg(v, name, 0);
    return {s.values.begin(), s.values.end()};
}

// --- Results: the CLI's JSON values as Python objects (app/cli/resultjson.cpp). ---

// jsonNumber: a finite number, or None.
inline pyb::object number(double v)
{
    return std::isfinite(v) ? pyb::object(pyb::float_(v)) : pyb::object(pyb::none());
}

inline pyb::object count(std::uint64_t v)
{
    return pyb::int_(v);
}

inline pyb::array_t<double> array(std::vector<double>&& v)
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
inline pyb::array_t<double> matrix(const std::vector<std::vector<double>>& rows)
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
inline std::vector<double> masked(std::vector<double> values, const std::vector<unsigned char>& defined)
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

// An embedding number or its rule (as the CLI's --m fnn, --delay ami): a whole number in [lo, hi]
// (Given), or one of the two rule words; `name` for the messages, which are the CLI's without
// "--" (a number out of range: the plain range message; other text also lists the words).
template <class Rule>
Rule ruleArg(pyb::handle v, const char* name, long long lo, long long hi, const char* first, Rule firstRule,
             const char* second, Rule secondRule, int& number)
{
    const std::string top = hi == 1000000 ? "1e6" : std::to_string(hi);
    const std::string range =
        std::string(name) + " must be a whole number from " + std::to_string(lo) + " to " + top;
    if (pyb::isinstance<pyb::str>(v)) {
        const std::string text = v.cast<std::string>();
        if (text == first)
            return firstRule;
        if (text == second)
            return secondRule;
        throw pyb::value_error(range + ", " + first + " or " + second);
    }
    number = static_cast<int>(wholeArg(v, lo, hi, range.c_str()));
    return Rule::Given;
}

inline DimensionRule dimensionArg(pyb::handle v, const char* name, long long lo, long long hi, int& number)
{
    return ruleArg(v, name, lo, hi, "fnn", DimensionRule::Fnn, "cao", DimensionRule::Cao, number);
}

inline DelayRule delayArg(pyb::handle v, const char* name, int& number)
{
    return ruleArg(v, name, 1, 1000000, "ami", DelayRule::MutualInformation, "acf",
                   DelayRule::Autocorrelation, number);
}

// Applies the request's rules (chooseEmbedding) and puts "delay_choice" / "dimension_choice" into
// `out` as the CLI does; when a rule chose nothing usable, `out[scalar]` is None with the
// "reason" and it returns false (the caller measures nothing).
inline bool embedInto(pyb::dict& out, std::span<const double> values, const EmbeddingRequest& request,
                      const char* scalar, EmbeddingChoice& choice)
{
    choice = chooseEmbedding(values, request);
    if (choice.delayChoice && choice.delayChoice->defined) {
        pyb::dict d;
        put(d, key<"value">(), choice.delay);
        put(d, key<"rule">(), choice.delayRuleText());
        put(d, key<"conventions">(), choice.delayChoice->conventions);
        if (request.delayRule == DelayRule::MutualInformation)
            put(d, key<"independence_level">(), number(choice.delayChoice->independenceLevel));
        put(out, key<"delay_choice">(), d);
    }
    if (choice.dimensionChoice && choice.defined) {
        pyb::dict d;
        put(d, key<"value">(), choice.dimension);
        put(d, key<"rule">(), choice.dimensionRuleText());
        put(d, key<"delay">(), choice.delay);
        put(d, key<"conventions">(), choice.dimensionChoice->conventions);
        put(out, key<"dimension_choice">(), d);
    }
    if (choice.defined)
        return true;
    out[pyb::str(scalar)] = pyb::none();
    put(out, key<"reason">(), choice.reason);
    return false;
}

// The options sample entropy, MSE and ApEn share, with the CLI's checks and messages; m may be a
// rule ("fnn", "cao"), returned in `mRule` (o.m keeps the default then).
template <class Options>
void toleranceOptions(Options& o, pyb::handle m, pyb::handle r, pyb::handle rMode, pyb::handle ddof,
                      pyb::handle match, DimensionRule& mRule)
{
    mRule = dimensionArg(m, "m", 1, 1000, o.m);
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

// The settings toleranceOptions read, into a result's "settings" dict (r_mode and match as given).
template <class Options>
void putToleranceSettings(pyb::dict& settings, const Options& o, pyb::handle rMode, pyb::handle match)
{
    put(settings, key<"m">(), o.m);
    put(settings, key<"r">(), o.r);
    put(settings, key<"r_mode">(), rMode);
    put(settings, key<"ddof">(), o.ddof);
    put(settings, key<"match">(), match);
}

// True or False, for the CLI's yes|no options.
inline bool flagArg(pyb::handle v, const char* name)
{
    if (!pyb::isinstance<pyb::bool_>(v))
        throw pyb::type_error(std::string(name) + ": expected True or False");
    return v.cast<bool>();
}

} // namespace nd::python::measureargs

namespace nd::python {
// The parts of the measures, registered by registerMeasures (measures.cpp).
void registerEntropy(pyb::module_& m);   // mse, permutation_entropy, apen (measuresentropy.cpp)
void registerEmbedding(pyb::module_& m); // embedding (measuresrecurrence.cpp)
void registerRqa(pyb::module_& m);       // rqa (measuresrecurrence.cpp)
} // namespace nd::python
