// The parts every series measure's JSON twin of `neurodyn-cli run` shares (seriesresults.cpp,
// entropyresults.cpp): where the series came from, the conventions sentence that says so, and the
// section's surrogate significance written as `neurodyn-cli measure --surrogates` writes it.
// Main thread.
#pragma once

#include "compute/seriescompute.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nd::cli {

// {variables, samples, sample_spacing}.
QJsonObject seriesSourceJson(const compute::SeriesSource& s);
// Appended to the measure's conventions in the twin.
extern const QString kTrajectorySeries;
void insertSignificance(QJsonObject& twin, const std::optional<compute::SignificanceComputation>& s);

} // namespace nd::cli
