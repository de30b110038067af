// The JSON of the measures' results that both `neurodyn-cli measure` (a series or graph from a
// file) and `neurodyn-cli run` (the study's trajectory or network) write, one function per
// result, so both commands name and format the same numbers the same way. Each caller adds
// what only it has (its settings, the source, conventions). Pure; any thread.
#pragma once

#include <QJsonObject>

namespace nd {
struct MfdfaResult;
struct NetworkSpectrumResult;
struct SampleEntropyResult;
} // namespace nd

namespace nd::cli {

// value (null when undefined) and reason, A, B, templates_A, templates_B, r_used, sd.
void insertSampleEntropy(QJsonObject& out, const SampleEntropyResult& r);
// reason (when undefined), q, h, r_squared, scales_used, segments, zero_variance_segments,
// log_fq and warning (when there is one).
void insertMfdfa(QJsonObject& out, const MfdfaResult& r);
// reason (when undefined), radii_used, diameter, min_r_squared, min_r_squared_q and warning
// (when there is one).
void insertNetworkSpectrum(QJsonObject& out, const NetworkSpectrumResult& r);

} // namespace nd::cli
