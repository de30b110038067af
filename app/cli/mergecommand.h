// `neurodyn-cli merge --out DIR TILE...`: merges the tile files written by
// `neurodyn-cli run STUDY --tile i/n` into the same results a single-process run writes.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "merge". Returns the process exit code.
int runMerge(const QStringList& arguments);

} // namespace nd::cli
