// `neurodyn-cli measure NAME [options] FILE|-`: runs one measure on a series, a set of node
// series or an edge list read from a file (or standard input) and prints the result as JSON.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "measure". Returns the process exit code.
int runMeasure(const QStringList& arguments);

} // namespace nd::cli
