// The JSON of the entropy family's results (multiscale, permutation and approximate entropy) that
// both `neurodyn-cli measure mse | permutation-entropy | apen` and the twins of `neurodyn-cli
// run` (entropyresults.cpp) write: one function per result, so both name and format the same
// numbers the same way. Each caller adds what only it has (settings, source, conventions). Pure;
// any thread.
#pragma once

#include <QJsonObject>

namespace nd {
struct ApproximateEntropyResult;
struct MultiscaleEntropyResult;
struct PermutationEntropyResult;
} // namespace nd

namespace nd::cli {

// values (per scale, null where undefined), scales (scale, value, A, B, length, series, r_used,
// reason where undefined), complexity_index (null when undefined, then reason) and sd.
void insertMultiscaleEntropy(QJsonObject& out, const MultiscaleEntropyResult& r);
// value (null when undefined, then reason), windows, patterns_seen, patterns_missing,
// max_entropy, finite_size_bias, warning (only with fewer than 5 windows per possible pattern)
// and frequencies.
void insertPermutationEntropy(QJsonObject& out, const PermutationEntropyResult& r);
// value (null when undefined, then reason), phi_m, phi_m1, templates_m, templates_m1, r_used, sd.
void insertApproximateEntropy(QJsonObject& out, const ApproximateEntropyResult& r);

} // namespace nd::cli
