// The JSON of the measures' results that both `neurodyn-cli measure` (a series or graph from a
// file) and `neurodyn-cli run` (the study's trajectory or network) write, one function per
// result, so both commands name and format the same numbers the same way. Each caller adds
// what only it has (its settings, the source, conventions). Pure; any thread.
#pragma once

#include <QJsonObject>

namespace nd {
struct CrossCorrelationResult;
struct KuramotoResult;
struct MfdfaResult;
struct NetworkSpectrumResult;
struct PhaseMatrix;
struct SampleEntropyResult;
struct ZeroOneResult;
} // namespace nd

namespace nd::cli {

// value (null when undefined) and reason, A, B, templates_A, templates_B, r_used, sd.
void insertSampleEntropy(QJsonObject& out, const SampleEntropyResult& r);
// reason (when undefined), q, h, r_squared, scales_used, segments, zero_variance_segments,
// log_fq, width (null when undefined) and warning (when there is one); the fitting report:
// h_stderr, fit_scale_min, fit_scale_max, fit_points, near_zero_segments, crossover_scale (per q,
// null without a crossover) and warnings (objects: kind, message, q, r_squared / break_scale /
// segments).
void insertMfdfa(QJsonObject& out, const MfdfaResult& r);
// reason (when undefined), radii_used, diameter, min_r_squared, min_r_squared_q, alpha_0 and
// width (null when undefined) and warning (when there is one); the fitting report: tau_stderr,
// fit_radius_min, fit_radius_max, fit_points, crossover_radius (per q, null without a crossover)
// and warnings (objects: kind, message, q, r_squared / break_radius).
void insertNetworkSpectrum(QJsonObject& out, const NetworkSpectrumResult& r);
// K (null when undefined) and reason, n_cut, oversampling_ratio, oversampled and warning (when
// there is one).
void insertZeroOne(QJsonObject& out, const ZeroOneResult& r);
// cross_correlation_matrix (null for a pair with a zero-variance node), cross_correlation_mean
// (null when undefined; the reason's key is the caller's) and defined_pairs.
void insertCrossCorrelation(QJsonObject& out, const CrossCorrelationResult& r);
// order_parameter_mean and order_parameter_sd (null when the phases are undefined: `order` is
// null then; the reason's key is the caller's), and with phases phase_first_sample,
// phase_samples and local_half_width.
void insertKuramoto(QJsonObject& out, const PhaseMatrix& phases, const KuramotoResult* order);

} // namespace nd::cli
