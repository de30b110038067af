// The delay and dimension options of the measure commands that embed a series (`measure rqa`,
// `permutation-entropy`, `sample_entropy`, `mse`, `apen`): a whole number, or a rule's name that
// chooses it from the series as `measure embedding` does (delay: ami, acf; dimension: fnn, cao).
// One owner for their parsing, messages, the choice and its JSON, and for fixing the choice while
// --surrogates measures the surrogates. Main thread.
#pragma once

#include "measures/embedding.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>
#include <string>

class QCommandLineParser;

namespace nd::cli {

// Reads --NAME as a whole number in [lo, hi] or a rule's name; false with `error` naming the
// option. A number outside the range gets the plain range message (the one Python's functions
// share); other text also lists the rule names.
bool readDelayOption(const QCommandLineParser& p, const char* name, long lo, long hi, DelayRule& rule,
                     int& value, QString& error);
bool readDimensionOption(const QCommandLineParser& p, const char* name, long lo, long hi, DimensionRule& rule,
                         int& value, QString& error);

// Applies the request's rules to the series and writes "delay_choice" / "dimension_choice"
// (recurrencejson.h) into `out`. When a rule chose nothing usable, `out[scalarKey]` is null with
// the "reason" and it returns false: the caller measures nothing. While a FixedEmbedding is alive
// the rules are not applied: the request's numbers are the fixed ones.
bool chooseEmbeddingInto(std::span<const double> series, const EmbeddingRequest& request,
                         const char* scalarKey, EmbeddingChoice& choice, QJsonObject& out);
// The request with a live FixedEmbedding's numbers in place of its rules (unchanged otherwise).
EmbeddingRequest withFixedEmbedding(EmbeddingRequest request);
// While a FixedEmbedding of an undefined observed value is alive, a request that still has a
// rule after the series' choices are fixed (a rule that chose nothing for the series) gets this
// reason instead of a choice: the surrogate is undefined, not embedded by rules of its own.
std::optional<std::string> embeddingNotChosen(const EmbeddingRequest& request);
std::string embeddingNotChosenReason();

// While alive, every request goes with the delay and dimension chosen for the observed series
// (read from its result's "delay_choice" and "dimension_choice"), not with its rules: the
// surrogates of --surrogates are measured at the series' embedding, as the study files' sections
// do. A rule re-applied to a linear surrogate mostly finds nothing (FNN's false fraction stays
// high), which would leave every surrogate's value undefined.
class FixedEmbedding {
public:
    // observed: the series' result; scalarKey: the tested scalar's key in it.
    FixedEmbedding(const QJsonObject& observed, const char* scalarKey);
    ~FixedEmbedding();
    FixedEmbedding(const FixedEmbedding&) = delete;
    FixedEmbedding& operator=(const FixedEmbedding&) = delete;
    bool active() const { return m_delay || m_dimension; }

private:
    std::optional<int> m_delay, m_dimension;
    std::optional<int> m_previousDelay, m_previousDimension;
    bool m_previousNoChoice = false;
};

} // namespace nd::cli
