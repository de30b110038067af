// The common path of the measures of one variable of the study's trajectory (seriescompute.cpp,
// entropycompute.cpp): the series from the section's variable, the engine call with the run's
// threads, then the surrogate significance of the section's scalar when it asks for one.
// Internal to app/compute; any thread.
#pragma once

#include "compute/computecommon.h"
#include "compute/seriescompute.h"

#include "common/progress.h"

#include <optional>
#include <string>
#include <vector>

namespace nd::compute::detail {

// The trajectory column of one variable (the study's simulation settings), and its source.
std::vector<double> seriesOf(const Study& study, const char* key, const std::string& variable,
                             SeriesSource& source, Progress* progress);

// The progress share of the measure itself when `count` surrogates follow (each about as long).
double measureShare(const std::optional<SignificanceSettings>& s);

// A measure of one variable's series: the section's settings are the engine's options (plus the
// variable), so the computation is the series, those options with the run's threads (where the
// engine has threads), and the engine call `measure(series, options, progress)`. With
// significance settings, `scalar(result, name)` reads the tested scalar of a result, of the series
// and of every surrogate alike, and `observe(result)` sees every surrogate's whole result (from
// the significance's worker threads, so it must be thread-safe).
template <class Computation, class Settings, class Measure, class Scalar, class Observe>
Computation seriesMeasure(const Study& study, const std::optional<Settings>& section, const char* key,
                          int threads, Progress* progress, Measure measure, Scalar scalar, Observe observe)
{
    const Settings& s = sectionOf(section, key);
    Computation out;
    out.series = seriesOf(study, key, s.variable, out.source, nullptr);
    out.options = s;
    // The embedding rules (sections with `rules`) choose the delay and dimension once, on the
    // series; every surrogate is measured at those values (`single` below copies the options).
    if constexpr (requires { s.rules.any(); })
        if (s.rules.any()) {
            out.embedding = inSection(key, [&] { return chooseEmbedding(out.series, s.embeddingRequest()); });
            if (!out.embedding->defined)
                throw InputError(std::string("analyses.") + key + ": " + out.embedding->reason);
            Settings resolved = s;
            resolved.useEmbedding(*out.embedding);
            out.options = resolved;
        }
    if constexpr (requires { out.options.threads; })
        out.options.threads = threads;
    const double share = measureShare(s.significance);
    ProgressSpan measured(progress, 0.0, share);
    out.result = inSection(key, [&] { return measure(out.series, out.options, &measured); });
    if (!s.significance)
        return out;
    if constexpr (requires { out.result.outcome; })
        if (out.result.outcome == Outcome::Canceled)
            return out;
    auto single = out.options;
    if constexpr (requires { single.threads; })
        single.threads = 1;
    const std::string& name = s.significance->scalar;
    std::string embeddingNote;
    if constexpr (requires { out.embedding; })
        if (out.embedding)
            embeddingNote = " (at " + out.embedding->summary() +
                            ", chosen for the series; the rules are not re-applied to the surrogates)";
    ProgressSpan surrogates(progress, share, 1.0);
    out.significance = inSection(key, [&] {
        return compute::significanceOf(
            *s.significance, {out.series}, scalar(out.result, name),
            [&](const std::vector<std::vector<double>>& data) {
                const auto result = measure(data.front(), single, nullptr);
                observe(result);
                return scalar(result, name);
            },
            threads, &surrogates,
            "the scalar \"" + name +
                "\" of the section's own measure, with its settings, on each surrogate "
                "of the series" +
                embeddingNote);
    });
    return out;
}

template <class Computation, class Settings, class Measure, class Scalar>
Computation seriesMeasure(const Study& study, const std::optional<Settings>& section, const char* key,
                          int threads, Progress* progress, Measure measure, Scalar scalar)
{
    return seriesMeasure<Computation>(study, section, key, threads, progress, measure, scalar,
                                      [](const auto&) {});
}

} // namespace nd::compute::detail
