// The state-space measures of the module `neurodyn`: embedding (delay by mutual information or
// autocorrelation, dimension by false nearest neighbours or Cao's method) and rqa (recurrence
// quantification), with the options, checks, messages and JSON keys of `neurodyn-cli measure
// embedding` and `rqa` (see measures.cpp for the shared rules). GIL held.
#include "measureargs.h"

#include "common/progress.h"
#include "measures/embedding.h"
#include "measures/recurrence.h"
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

// --- embedding: delay and dimension choices (as `neurodyn-cli measure embedding`) ---

pyb::dict embeddingMeasure(pyb::handle x, pyb::handle delay, pyb::handle maxLag, pyb::handle bins,
                           pyb::handle maxDimension, pyb::handle theiler, pyb::handle rtol, pyb::handle atol,
                           pyb::handle fnnThreshold, pyb::handle caoThreshold, pyb::handle caoPlateau)
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
    o.caoPlateau = realArg(caoPlateau, "cao_plateau must be a number from 0 (off) to 1");
    if (!(o.caoPlateau >= 0.0 && o.caoPlateau <= 1.0))
        throw pyb::value_error("cao_plateau must be a number from 0 (off) to 1");

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
        if (d.method == DelayMethod::MutualInformation)
            put(delayOut, key<"independence_level">(), number(r.independenceLevel));
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
        if (r.caoDefined)
            put(cao, key<"rule">(), r.caoRule);
        else
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
    put(settings, key<"cao_plateau">(), o.caoPlateau);
    put(settings, key<"identical_tolerance">(), o.identicalTolerance);
    put(out, key<"settings">(), settings);
    return out;
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
    const DimensionRule mRule = dimensionArg(m, "m", 1, 1000, o.dimension);
    const DelayRule tauRule = delayArg(tau, "tau", o.delay);
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
    EmbeddingChoice e;
    if (!embedInto(out, values, {tauRule, o.delay, mRule, o.dimension, 1, 1000, "tau", "m"}, "DET", e))
        return out;
    o.delay = e.delay;
    o.dimension = e.dimension;
    pyb::dict settings;
    put(settings, key<"m">(), o.dimension);
    put(settings, key<"tau">(), o.delay);
    // As `measure rqa` states them.
    put(settings, key<"m_rule">(), std::string(dimensionRuleName(mRule)));
    put(settings, key<"tau_rule">(), std::string(delayRuleName(tauRule)));
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

} // namespace

void registerEmbedding(pyb::module_& m)
{
    using namespace pyb::literals;
    m.def("embedding", &embeddingMeasure, "x"_a, pyb::kw_only(), "delay"_a = "ami", "max_lag"_a = 0,
          "bins"_a = 0, "max_dimension"_a = 10, "theiler"_a = 0, "rtol"_a = 10.0, "atol"_a = 2.0,
          "fnn_threshold"_a = 0.01, "cao_threshold"_a = 0.9, "cao_plateau"_a = 0.05,
          R"(Delay and dimension for embedding a 1-D series, as `neurodyn-cli measure embedding`.

delay: "ami" (first minimum of the average mutual information, quadratic B-spline histogram
with `bins` per axis, 0 = Sturges, that rises after it by more than twice the independence level
(the series against seeded shuffles of itself); else the first lag below I(0)/e), "acf" (first lag where the
autocorrelation is <= 0) or a whole number tau. max_lag: 0 = min(N/4, 1000). Dimensions
1..max_dimension are tested by false nearest neighbours (Kennel et al. 1992: rtol, atol, chosen
m = the first with a false fraction below fnn_threshold) and by Cao's E1/E2 (chosen d = the
first with E1(d) >= cao_threshold or where E1 stops changing: E1(d) >= 0.5 and it moves by at
most cao_plateau to d + 1 and d + 2, 0 = threshold only; none when every E2 is within 0.1 of 1). theiler: neighbours
closer in time are skipped. Neighbours come from a k-d tree.

Returns a dict: delay (value or None with "reason", rule, independence_level with "ami",
max_lag, bins, mutual_information, autocorrelation, conventions), fnn (dimension or None with
"reason", fractions, counted), cao (dimension with its rule "threshold" or "plateau", or None
with "reason", e1, e2), sd, distance_evaluations, settings and conventions.
Raises ValueError for bad options or input.)");
}

void registerRqa(pyb::module_& m)
{
    using namespace pyb::literals;
    m.def("rqa", &rqa, "x"_a, pyb::kw_only(), "m"_a = 1, "tau"_a = 1, "eps"_a = 0.1, "eps_mode"_a = "sd",
          "norm"_a = "max", "theiler"_a = 1, "lmin"_a = 2, "vmin"_a = 2, "window"_a = pyb::none(),
          "step"_a = pyb::none(), "matrix"_a = false, "progress"_a = pyb::none(),
          R"(Recurrence quantification of a 1-D series, as `neurodyn-cli measure rqa`.

m, tau: time-delay embedding (dimension, delay in samples); m may be "fnn" or "cao" and tau
"ami" or "acf", chosen from the series as `embedding` does (reported in "dimension_choice" and
"delay_choice"; DET None with "reason" when a rule chooses nothing). eps: the threshold, read by
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

} // namespace nd::python
