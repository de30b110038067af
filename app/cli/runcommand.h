// `neurodyn-cli run STUDY --out DIR`: computes every analysis a study file describes and
// writes each result as CSV + JSON into DIR; under mpirun the tileable analyses are split
// across ranks; `--tile i/n` computes one tile into DIR for a later `neurodyn-cli merge`.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "run". Returns the process exit code.
int runRun(const QStringList& arguments);

} // namespace nd::cli
