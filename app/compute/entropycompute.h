// The entropy family of one variable of the study's trajectory from the study's settings:
// multiscale sample entropy (analyses.mse), permutation entropy (analyses.permutation_entropy)
// and approximate entropy (analyses.apen), each with the surrogate significance of its scalar when
// the section asks for it, through the same path as sample entropy (seriesmeasure.h). Any thread.
#pragma once

#include "compute/seriescompute.h"

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"

#include <optional>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

// The surrogates' multiscale entropy at one scale: mean and SD (n - 1) of the defined values, so
// a view can draw the null band around the observed curve (the significance tests the complexity
// index, one number; the band shows where along the scales the series differs).
struct MseNullScale {
    int scale = 1;
    std::size_t defined = 0; // surrogates whose value at this scale is defined
    double mean = 0.0, sd = 0.0;
};

struct MultiscaleEntropyComputation {
    SeriesSource source;
    MultiscaleEntropyOptions options;
    MultiscaleEntropyResult result;
    std::vector<double> series;
    std::optional<EmbeddingChoice> embedding;            // when the section's rules chose m or the delay
    std::optional<SignificanceComputation> significance; // of the complexity index
    std::vector<MseNullScale> nullBand; // one per scale of the result, with significance only
};

struct PermutationEntropyComputation {
    SeriesSource source;
    PermutationEntropyOptions options;
    PermutationEntropyResult result;
    std::vector<double> series;
    std::optional<EmbeddingChoice> embedding; // when the section's rules chose m or the delay
    std::optional<SignificanceComputation> significance;
};

struct ApproximateEntropyComputation {
    SeriesSource source;
    ApproximateEntropyOptions options;
    ApproximateEntropyResult result;
    std::vector<double> series;
    std::optional<EmbeddingChoice> embedding; // when the section's rules chose m or the delay
    std::optional<SignificanceComputation> significance;
};

// Each throws InputError naming its section when the study has none, the trajectory escaped, or
// the engine refuses the settings (a series shorter than the measure needs, more scales than
// samples, ...). Permutation and approximate entropy are one pass each; with surrogates the
// progress (and cancel) goes surrogate by surrogate.
MultiscaleEntropyComputation multiscaleEntropy(const Study& study, int threads, Progress* progress = nullptr);
PermutationEntropyComputation permutationEntropy(const Study& study, int threads,
                                                 Progress* progress = nullptr);
ApproximateEntropyComputation approximateEntropy(const Study& study, int threads,
                                                 Progress* progress = nullptr);

} // namespace nd::compute
