#include "compute/recurrencecompute.h"

#include "compute/computecommon.h"

#include "common/progress.h"

namespace nd::compute {

namespace {

bool canceled(Progress* p)
{
    return p && p->isCanceled();
}

// The trajectory column of the section's variable.
std::vector<double> seriesOf(const Study& study, const char* key, const std::string& variable,
                             SeriesSource& source)
{
    const auto model = study.createModel();
    const int index = inSection(key, [&] { return variableIndex(*model, variable, "variable"); });
    const Trajectory t = measuredTrajectory(study, key, nullptr);
    source.variables = {variable};
    source.samples = t.rows();
    source.spacing = rowSpacing(study, *model);
    return trajectoryColumn(t, index);
}

} // namespace

RqaComputation rqaOfSeries(std::vector<double> series, const RqaSettings& s, Progress* progress)
{
    RqaComputation c;
    c.series = std::move(series);
    c.settings = s;
    c.options = s;
    const EmbeddingChoice e =
        chooseEmbedding(c.series, {s.delayRule, s.delay, s.dimensionRule, s.dimension, 1, 1000, "tau", "m"});
    c.embedding = e;
    c.delayChoice = e.delayChoice;
    c.dimensionChoice = e.dimensionChoice;
    if (!e.defined) {
        c.embedded = false;
        c.reason = e.reason;
        return c;
    }
    c.options.delay = e.delay;
    c.options.dimension = e.dimension;
    if (canceled(progress))
        return c.canceled = true, c;
    if (s.window == 0)
        c.whole = recurrenceQuantification(c.series, c.options);
    else
        c.windowed =
            windowedRecurrenceQuantification(c.series, s.window, s.step == 0 ? s.window : s.step, c.options);
    return c;
}

MeasureValue rqaScalar(const RqaComputation& c, const std::string& name)
{
    if (!c.embedded)
        return MeasureValue::undefined(c.reason);
    if (!c.whole)
        return MeasureValue::undefined("windowed run: the scalars are per window");
    const RqaResult& r = *c.whole;
    if (!r.defined)
        return MeasureValue::undefined(r.reason);
    if (name == "RR")
        return MeasureValue::of(r.rr);
    if (name == "L_max")
        return MeasureValue::of(static_cast<double>(r.lMax));
    if (name == "DET")
        return r.detDefined ? MeasureValue::of(r.det) : MeasureValue::undefined(r.detReason);
    if (name == "L_mean" || name == "ENTR")
        return r.lineDefined ? MeasureValue::of(name == "ENTR" ? r.entr : r.lMean)
                             : MeasureValue::undefined(r.lineReason);
    if (name == "LAM")
        return r.lamDefined ? MeasureValue::of(r.lam) : MeasureValue::undefined(r.lamReason);
    if (name == "TT")
        return r.ttDefined ? MeasureValue::of(r.tt) : MeasureValue::undefined(r.ttReason);
    throw InputError("rqa: no scalar named '" + name + "'");
}

EmbeddingComputation embeddingOfSeries(std::vector<double> series, const EmbeddingSettings& s,
                                       Progress* progress)
{
    EmbeddingComputation c;
    c.series = std::move(series);
    c.settings = s;
    if (s.delayRule == DelayRule::Given) {
        c.delay = s.delay;
    } else {
        DelayOptions d = s.delayOptions;
        d.method = s.delayRule == DelayRule::Autocorrelation ? DelayMethod::Autocorrelation
                                                             : DelayMethod::MutualInformation;
        c.delayChoice = chooseDelay(c.series, d);
        c.delay = c.delayChoice->defined ? c.delayChoice->delay : 0;
    }
    if (canceled(progress))
        return c.canceled = true, c;
    if (c.delay >= 1) {
        DimensionOptions o = s;
        o.delay = c.delay;
        c.dimension = chooseDimension(c.series, o);
    }
    return c;
}

RqaComputation rqa(const Study& study, int threads, Progress* progress)
{
    const RqaSettings& s = sectionOf(study.analyses.rqa, "rqa");
    SeriesSource source;
    std::vector<double> series = seriesOf(study, "rqa", s.variable, source);
    const double share = s.significance ? 1.0 / static_cast<double>(s.significance->count + 1) : 1.0;
    ProgressSpan measured(progress, 0.0, share);
    RqaComputation c = inSection("rqa", [&] { return rqaOfSeries(std::move(series), s, &measured); });
    c.source = source;
    if (!s.significance || c.canceled)
        return c;
    const std::string& name = s.significance->scalar;
    // Each surrogate is measured at the delay and dimension the rules chose for the series: the
    // null is the same measurement of a series without the tested structure. Re-choosing per
    // surrogate made the test void: FNN finds no dimension for a linear-stochastic surrogate
    // (its false fraction stays high), so every surrogate's DET was undefined (Henon x, 19 of 19).
    RqaSettings fixed = s;
    fixed.delayRule = DelayRule::Given;
    fixed.dimensionRule = DimensionRule::Given;
    fixed.delay = c.options.delay;
    fixed.dimension = c.options.dimension;
    ProgressSpan surrogates(progress, share, 1.0);
    c.significance = inSection("rqa", [&] {
        return significanceOf(
            *s.significance, {c.series}, rqaScalar(c, name),
            [&](const std::vector<std::vector<double>>& data) {
                return rqaScalar(rqaOfSeries(data.front(), fixed), name);
            },
            threads, &surrogates,
            "the scalar \"" + name +
                "\" of the section's RQA on each surrogate of the series, with its settings at "
                "the delay tau = " +
                std::to_string(c.options.delay) +
                " and dimension m = " + std::to_string(c.options.dimension) +
                " used for the series (rules are not re-applied to the "
                "surrogates)");
    });
    return c;
}

EmbeddingComputation embedding(const Study& study, int, Progress* progress)
{
    const EmbeddingSettings& s = sectionOf(study.analyses.embedding, "embedding");
    SeriesSource source;
    std::vector<double> series = seriesOf(study, "embedding", s.variable, source);
    EmbeddingComputation c =
        inSection("embedding", [&] { return embeddingOfSeries(std::move(series), s, progress); });
    c.source = source;
    return c;
}

} // namespace nd::compute
