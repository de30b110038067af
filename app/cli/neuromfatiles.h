// The reader of `neurodyn-cli neuromfa --tile` files for `--merge` (and of the MPI ranks' tiles):
// every tile of one checkpoint series, in any order, as one NeuroMfaSeriesResult. A tile is our
// own JSON, but it comes from disk: every count, index and size is range-checked before it is
// used, and a lying one gives a message naming the file and the field (docs/bad-inputs.md).
// QtCore and the engine only, so the fuzz target (tests/fuzz/fuzz_neuromfa_tiles) links it
// alone. Any thread.
#pragma once

#include "network/neuromfaseries.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace nd::cli {

// The "format" of a tile, written by neuromfacommand.cpp's tileBytes.
inline constexpr char kNeuroMfaTileFormat[] = "neurodyn-neuromfa-tile";

// The tiles (name: the file or rank, for messages; bytes) as one result; false with a message
// naming the file (and the field) otherwise. `settings` gets the tiles' common settings. May
// throw InputError (an unknown network preset).
bool mergeNeuroMfaTiles(const std::vector<std::pair<QString, QByteArray>>& files,
                        NeuroMfaSeriesResult& result, QJsonObject& settings, QString& error);

} // namespace nd::cli
