// The results of the analyses `neurodyn-cli run` computes: fixed points, Lyapunov exponents,
// the time-series measures, the network spectrum and continuation here; writeAnalyses also
// writes the tileable ones (basins, orbit diagram, parameter scan: basinsresult.h,
// orbitresult.h, scanresult.h) in their place among them. Each writes <name>.csv and
// <name>.json (settings as the study file has them, conventions, the numbers a referee asks
// for, app version) through app/compute. Main thread.
#pragma once

#include "cli/runplan.h"

namespace nd::cli {

// Every analysis of the study that is present, in a fixed order.
bool writeAnalyses(const RunContext& context, QString& error);
// How many progress stages writeAnalyses starts for the study when it computes in one piece
// (no tiles): one per result.
int analysisStageCount(const Study& study);

bool writeFixedPoints(const RunContext& context, QString& error);     // fixed_points
bool writeLyapunov(const RunContext& context, QString& error);        // lyapunov
bool writeLyapunovAlong(const RunContext& context, QString& error);   // lyapunov_along (lyapunov.along)
bool writeZeroOne(const RunContext& context, QString& error);         // zero_one
bool writeSampleEntropy(const RunContext& context, QString& error);   // sample_entropy
bool writeSynchrony(const RunContext& context, QString& error);       // synchrony (+ synchrony-order.csv)
bool writeMfdfa(const RunContext& context, QString& error);           // mfdfa
bool writeNetworkSpectrum(const RunContext& context, QString& error); // network_spectrum
bool writeContinuation(const RunContext& context, QString& error);    // continuation

// The entropy family (entropyresults.cpp): mse, permutation_entropy, apen.
bool writeMultiscaleEntropy(const RunContext& context, QString& error);
bool writePermutationEntropy(const RunContext& context, QString& error);
bool writeApproximateEntropy(const RunContext& context, QString& error);

} // namespace nd::cli
