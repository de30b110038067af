// The "significance" object of a measure's JSON: one writer for `neurodyn-cli measure NAME
// --surrogates` (cli/measuresignificance.cpp) and for the twins of `neurodyn-cli run` whose
// study section asks for significance (cli/seriesresults.cpp), so both carry the same keys.
// QtCore only; any thread.
#pragma once

#include "measures/significance.h"

#include <QJsonObject>
#include <QString>

namespace nd::cli {

// `scalar` is the key of the tested value in the measure's JSON; `measuredHow` ends the
// conventions string (how each surrogate was measured).
QJsonObject significanceJson(const SignificanceResult& result, const SignificanceOptions& options,
                             const QString& scalar, bool multivariate, const QString& measuredHow);

} // namespace nd::cli
