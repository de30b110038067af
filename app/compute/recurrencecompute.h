// Recurrence quantification (analyses.rqa) and the embedding choices (analyses.embedding) of one
// variable of the study's trajectory, and of any series with the same settings: `neurodyn-cli
// measure rqa` and `measure embedding` call the *OfSeries functions on a column, `run` and the
// GUI the study functions on the trajectory, so both compute alike and the JSON writers
// (app/cli/recurrencejson.h) write both. Any thread.
#pragma once

#include "compute/seriescompute.h"

#include "measures/embedding.h"
#include "measures/recurrence.h"
#include "study/recurrencesettings.h"

#include <optional>
#include <string>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

struct RqaComputation {
    SeriesSource source;
    std::vector<double> series;
    RqaSettings settings;                           // as asked (rules and numbers)
    RecurrenceOptions options;                      // as used: the delay and dimension resolved
    std::optional<DelayResult> delayChoice;         // with a delay rule (ami, acf)
    std::optional<DimensionResult> dimensionChoice; // with DimensionRule::Fnn or Cao
    EmbeddingChoice embedding;                      // the whole choice (rules, values, reason)
    bool embedded = true; // false: a rule chose nothing (`reason`), so nothing was measured
    std::string reason;
    std::optional<RqaResult> whole;            // window 0
    std::optional<WindowedRqaResult> windowed; // window > 0
    bool canceled = false;
    std::optional<SignificanceComputation> significance;
};

struct EmbeddingComputation {
    SeriesSource source;
    std::vector<double> series;
    EmbeddingSettings settings;
    std::optional<DelayResult> delayChoice;   // absent with a given delay
    int delay = 0;                            // the delay used; 0: none was chosen
    std::optional<DimensionResult> dimension; // absent when there is no delay
    bool canceled = false;
};

// The RQA of `series`: the delay (first mutual-information minimum, chooseDelay's defaults) and
// then the dimension (FNN or Cao, chooseDimension's defaults at that delay) when the settings ask
// for them, then the whole series or its windows. No significance. Throws InputError for
// settings or a series the engine refuses. `progress` is polled between stages for cancelling.
RqaComputation rqaOfSeries(std::vector<double> series, const RqaSettings& settings,
                           Progress* progress = nullptr);
// The scalar `name` of kRqaScalars of the whole series' RQA, undefined with the reason when it
// has none (windows, an embedding rule that chose nothing, an empty count).
MeasureValue rqaScalar(const RqaComputation& c, const std::string& name);

// The delay by the settings' rule (or given), then FNN and Cao at that delay.
EmbeddingComputation embeddingOfSeries(std::vector<double> series, const EmbeddingSettings& settings,
                                       Progress* progress = nullptr);

// The study's sections on its trajectory; throws InputError naming the section when the study
// has none, the trajectory escaped or the engine refuses the settings. RQA's significance
// surrogates are each measured by rqaOfSeries with the same settings at the delay and dimension
// used for the series (a rule is not re-applied to a surrogate, where FNN or Cao would mostly
// choose nothing).
RqaComputation rqa(const Study& study, int threads, Progress* progress = nullptr);
EmbeddingComputation embedding(const Study& study, int threads, Progress* progress = nullptr);

} // namespace nd::compute
