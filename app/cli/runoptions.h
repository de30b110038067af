// The options of `neurodyn-cli run` and `merge`, parsed by pure functions: no output, no exit,
// no file access, so the fuzzer (tests/fuzz/fuzz_cli_options.cpp) and the tests can call them
// with any argument list. The commands print the help or the error these return. Any thread.
#pragma once

#include <QString>
#include <QStringList>

namespace nd::cli {

struct RunOptions {
    bool help = false;
    QString study;      // STUDY
    QString out;        // --out DIR
    int tileIndex = -1; // --tile i/n; -1 without
    int tileCount = 0;
    int threads = 0;     // --threads N (0: default)
    bool quiet = false;  // -q, --quiet
    bool figures = true; // off with --no-figures (builds without figures draw none anyway)
    bool force = false;  // --force: write into a folder that holds other files
};

struct MergeOptions {
    bool help = false;
    QString out;
    QStringList tiles;
    bool quiet = false;
    bool figures = true;
    bool force = false;
};

// `arguments` are those after the command name. False with a message naming the option.
bool parseRunOptions(const QStringList& arguments, RunOptions& options, QString& error);
bool parseMergeOptions(const QStringList& arguments, MergeOptions& options, QString& error);

// The --help texts.
QString runHelpText();
QString mergeHelpText();

} // namespace nd::cli
