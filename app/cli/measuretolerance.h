// The template-matching options that sample entropy, multiscale entropy and approximate entropy
// share (--m, --r, --r-mode, --ddof, --match): one owner for their names, defaults, help texts,
// checks and messages, so the three measure commands cannot drift apart. Main thread.
#pragma once

#include "measures/embedding.h"
#include "measures/sampleentropy.h"

#include <QString>

class QCommandLineParser;

namespace nd::cli {

struct ToleranceChoice {
    int m = 2;
    DimensionRule mRule = DimensionRule::Given; // --m fnn|cao: m chosen from the series
    double r = 0.2;
    ToleranceKind kind = ToleranceKind::FractionOfStdDev;
    int ddof = 0;
    MatchRule rule = MatchRule::LessOrEqual;
    QString mode;  // as given: "sd" or "abs" (the JSON's settings echo it)
    QString match; // "le" or "lt"
};

// Adds the five options, in the order the usage texts list them.
void addToleranceOptions(QCommandLineParser& parser);
// Reads and checks them; false with `error` naming the option.
bool readToleranceOptions(const QCommandLineParser& parser, ToleranceChoice& choice, QString& error);

} // namespace nd::cli
