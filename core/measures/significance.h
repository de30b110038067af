// Significance of a scalar measure against surrogates: the observed value, the null distribution
// of the measure over n surrogates of a kind (nd::makeSurrogate), its summary and the rank-based
// p-value with the tail stated. The measure is any callable returning an nd::MeasureValue; it is
// called from worker threads (parallel over surrogates, threads > 1), so it must be thread-safe
// (pass measures their own threads = 1 then). Any thread may call.
#pragma once

#include "common/outcome.h"
#include "measures/measurecommon.h"
#include "measures/surrogates.h"

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

enum class Tail {
    Greater,  // p = (1 + #{null >= observed}) / (n + 1): is the observed value unusually large?
    Less,     // p = (1 + #{null <= observed}) / (n + 1)
    TwoSided, // p = min(1, 2 min(p_greater, p_less))
};

const char* tailName(Tail tail); // "greater", "less", "two-sided"
bool tailFromName(const std::string& name, Tail& tail);

struct SignificanceOptions {
    SurrogateOptions surrogates;
    std::size_t count = 199; // number of surrogates, >= 1 (199 gives p down to 0.005)
    Tail tail = Tail::Greater;
    int threads = 0; // over surrogates; <= 0: nd::defaultThreadCount()
};

struct NullSummary {
    std::size_t defined = 0;   // surrogates whose measure is defined: the n of the p-value
    std::size_t undefined = 0; // surrogates whose measure is undefined (left out of everything)
    double mean = 0.0, sd = 0.0, min = 0.0, max = 0.0, median = 0.0; // of the defined values; sd with n-1
};

struct SignificanceResult {
    Outcome outcome = Outcome::Completed;
    MeasureValue observed;
    std::vector<MeasureValue> nullValues; // the measure of surrogate i, i = 0..count-1
    std::vector<SurrogateInfo> surrogateInfo;
    NullSummary null;
    bool pDefined = false;
    double pValue = 0.0;
    std::string reason; // why p is undefined (observed undefined, no defined null value)
    std::string conventions;
};

using SeriesMeasure = std::function<MeasureValue(std::span<const double> series)>;
// channels[c][sample], all of one length.
using ChannelsMeasure = std::function<MeasureValue(const std::vector<std::vector<double>>& channels)>;

// Throws InputError for count 0 or bad surrogate input (see makeSurrogate).
SignificanceResult surrogateSignificance(std::span<const double> series, const SeriesMeasure& measure,
                                         const SignificanceOptions& options, Progress* progress = nullptr);
// Multichannel measures: the multivariate surrogates (one permutation or phase set for all channels).
SignificanceResult surrogateSignificance(const std::vector<std::vector<double>>& channels,
                                         const ChannelsMeasure& measure, const SignificanceOptions& options,
                                         Progress* progress = nullptr);

// The p-value of `observed` against the (defined) null values, by the rules of Tail. Pure.
double rankPValue(double observed, std::span<const double> null, Tail tail);

} // namespace nd
