// The output folder of `neurodyn-cli run` and `merge`: a manifest (neurodyn-run.manifest)
// lists the files a run wrote, so that the next run into the same folder removes exactly
// those before writing its own, and a folder holding anything else is refused (unless
// --force) instead of mixing two studies' results. Tile runs (--tile) write only their tile
// file and leave the folder alone: the tiles of a job array share one folder. Main thread.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

namespace nd::cli {

inline constexpr const char* kManifestName = "neurodyn-run.manifest";

// The file names a manifest lists: lines that name a file directly inside the folder (no
// path separator, not "." or "..", not the manifest itself); comments and anything else are
// skipped, so a damaged or hostile manifest can never remove a file outside the folder.
// Pure (the fuzz target tests/fuzz/fuzz_cli_options.cpp calls it with any bytes).
QStringList manifestFileNames(const QByteArray& manifest);

// Creates dir if missing. With the manifest of an earlier run, removes the files it lists and
// the manifest; other files stay. A folder that holds anything without a manifest is refused
// (false with a message) unless force. False with a message when dir cannot be created or a
// listed file cannot be removed.
bool prepareOutputFolder(const QDir& dir, bool force, QString& error);

// Writes the manifest: the names of the written files (paths inside dir), sorted, one a line,
// after a comment line. The same files give the same bytes (MPI, tiles and merge alike).
bool writeManifest(const QDir& dir, const QStringList& written, QString& error);

} // namespace nd::cli
