// The AKOrN result of `neurodyn-cli run` (analyses.akorn): akorn.csv with, per step t = 0..T,
// the energy in the paper's form (energy: -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i) and in the
// official code's logged form (energy_code: no 1/2), and the mean local order inside and
// outside the silhouette; for a grid also akorn-image.csv (row, column, inside, angle of the
// first oscillator, local order) of the last state; akorn.json is the twin. Main thread.
#pragma once

#include "cli/runplan.h"

namespace nd::cli {

bool writeAkorn(const RunContext& context, QString& error); // akorn (+ akorn-image.csv)

} // namespace nd::cli
