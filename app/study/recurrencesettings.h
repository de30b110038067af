// Settings of the recurrence-quantification (analyses.rqa) and embedding-choice
// (analyses.embedding) sections: the engine's option structs (core/measures/recurrence.h,
// embedding.h), the variable of the study's trajectory they measure, and how the delay and
// the dimension are found: given as numbers, or chosen from the series by the embedding rules
// (mutual information, autocorrelation, false nearest neighbours, Cao). `neurodyn-cli measure
// rqa` and `measure embedding` take the same settings from their options. Value types; any
// thread.
#pragma once

#include "study/seriessettings.h"

#include "measures/embedding.h"
#include "measures/recurrence.h"

#include <cstddef>
#include <optional>
#include <string>

namespace nd {

// RQA of one variable: the engine's options (dimension and delay hold the given numbers), the
// rules that may replace them (each choice with nd::chooseDelay / chooseDimension at their
// defaults, as `measure rqa --tau ami --m fnn` does), and windows: window 0 is the whole series
// (with its recurrence plot); otherwise windows of `window` samples every `step` (0: the window).
// Significance tests one scalar of the whole series (not with windows).
struct RqaSettings : RecurrenceOptions {
    std::string variable;
    DelayRule delayRule = DelayRule::Given;
    DimensionRule dimensionRule = DimensionRule::Given;
    std::size_t window = 0;
    std::size_t step = 0;
    std::optional<SignificanceSettings> significance;

    bool operator==(const RqaSettings&) const = default;
};

// The embedding choices of one variable: the delay by `delayRule` (or the given
// DimensionOptions::delay) with the delay options (maxLag, bins; the method follows the rule),
// then FNN and Cao with the dimension options at that delay. No significance: its outputs are
// choices, not a quantity of the dynamics (docs/conventions.md).
struct EmbeddingSettings : DimensionOptions {
    std::string variable;
    DelayRule delayRule = DelayRule::MutualInformation;
    DelayOptions delayOptions;

    bool operator==(const EmbeddingSettings&) const = default;
};

} // namespace nd
