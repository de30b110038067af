// `neurodyn-cli measure NAME --surrogates KIND`: the generic surrogate significance of every
// measure with a scalar (MeasureSpec::scalarKey). One path: each surrogate table goes through the
// measure's own run(), and the scalar is read from its result, so the null values are computed
// exactly as the observed one. Main thread (the surrogates are measured one after another; each
// measure uses its own worker threads, as for the observed value).
#pragma once

#include "cli/measurespec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

class QCommandLineParser;

namespace nd::cli {

// Adds --surrogates, --surrogate-count (also --count), --surrogate-seed (also --seed), --tail and
// the IAAFT settings, after the measure's own options: a short name the measure already has
// (`command`'s options or their old names) stays the measure's.
void addSignificanceOptions(QCommandLineParser& parser, const QString& command);

// Whether --surrogates was given; false with `error` for bad values of the options (count 0 or
// negative, unknown kind or tail, options without --surrogates, a measure without a scalar).
bool significanceRequested(const QCommandLineParser& parser, const MeasureSpec& spec, bool& requested,
                           QString& error);

// Runs the significance and inserts "significance" into `result` (which holds the observed
// measure). False with `error` for bad option values; may throw nd::InputError.
bool runSignificance(const QCommandLineParser& parser, const MeasureSpec& spec, const NumericTable& table,
                     const std::vector<int>& columns, QJsonObject& result, QString& error);

} // namespace nd::cli
