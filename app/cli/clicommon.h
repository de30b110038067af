// Helpers shared by the neurodyn-cli subcommands: error reporting with exit codes, option
// parsing (numbers, counts, lists that may start with a minus sign), JSON numbers that become
// null when not finite, and writing JSON or text to a file or standard output.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <complex>
#include <vector>

class QCommandLineParser;

namespace nd::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;  // bad options, unknown names, bad input files
inline constexpr int kExitResult = 3; // the computation ran but the result is degenerate (escape)

// Prints "neurodyn-cli COMMAND: MESSAGE" on stderr and returns kExitUsage.
int fail(const QString& command, const QString& message);

// Adds p's -h/--help option itself (QCommandLineParser's addHelpOption also advertises
// --help-all, for Qt's own options, which no command takes). parseOrHelp calls it.
void addHelpOption(QCommandLineParser& p);

// Prints "neurodyn-cli COMMAND: note: MESSAGE" on stderr (something the user should change, the
// command goes on).
void note(const QString& command, const QString& message);

// Old spellings that still work, in the table of app/cli/README.md. One name per idea: an
// option is its study key in kebab-case (scale_count, --scale-count); a measure is named as its
// study section (sample_entropy), hyphens for underscores accepted without a word (zero-one).
struct OptionAlias {
    const char* command; // as parseOrHelp gets it: "simulate", "measure zero_one", ...
    const char* oldName; // long option names, without "--"
    const char* name;
};
inline constexpr OptionAlias kOptionAliases[] = {
    {"simulate", "steps", "samples"},           {"simulate", "x0", "initial-state"},
    {"measure zero_one", "count", "c-count"},   {"measure zero_one", "ncut", "n-cut"},
    {"measure mfdfa", "scales", "scale-count"}, {"measure kuramoto_r", "local-width", "local-half-width"},
};
struct MeasureAlias {
    const char* oldName;
    const char* name;
};
inline constexpr MeasureAlias kMeasureAliases[] = {{"sampen", "sample_entropy"},
                                                   {"network-mfa", "network_spectrum"}};

// For `command` each old long name of kOptionAliases in `arguments` (--ncut, --ncut=5) is
// replaced by its new one (--n-cut), with a note per old name used ("note: --ncut is
// deprecated, use --n-cut"). Arguments after "--" are left alone. parseOrHelp calls it. With
// `notes`, the notes are appended there instead of printed.
QStringList applyOptionAliases(const QString& command, const QStringList& arguments,
                               QStringList* notes = nullptr);

// Parses `arguments` (everything after the subcommand's name) with p. Returns -1 when the
// caller should go on, otherwise the exit code (after printing help or the parse error).
// Options declared with a value take the next argument even when it starts with '-', so
// "--q -2,2" works as well as "--q=-2,2".
int parseOrHelp(QCommandLineParser& p, const QString& command, const QStringList& arguments);

// p's help text with the usage line naming "neurodyn-cli COMMAND" (QCommandLineParser puts
// the program's path as started there). Needs the application object.
QString helpText(const QCommandLineParser& p, const QString& command);

// The long names of the options a help text lists ("--out", ...).
QStringList optionNamesOf(const QString& helpText);

// p's parse error in the commands' style (lower case, no final period); an unknown option gets
// the closest of `options` suggested ("unknown option '--ot' (did you mean --out?)").
QString parseErrorText(const QCommandLineParser& p, const QStringList& options);

// The entry of `candidates` closest to `word` by edit distance, or an empty string when none
// is close enough to be a likely typing error.
QString closestName(const QString& word, const QStringList& candidates);

bool parseDouble(const QString& text, double& out);                         // finite only
bool parseLong(const QString& text, long minimum, long maximum, long& out); // whole numbers
bool parseDoubleList(const QString& text, std::vector<double>& out);        // "a,b,c", finite
bool parseLongList(const QString& text, long minimum, long maximum, std::vector<long>& out);

// A finite number, or null for NaN and infinities (JSON has neither).
QJsonValue jsonNumber(double value);
QJsonValue jsonArray(const std::vector<double>& values);
QJsonValue jsonMatrix(const std::vector<std::vector<double>>& rows);
// Complex numbers as [re, im] pairs (eigenvalues, Floquet multipliers).
QJsonValue complexArray(const std::vector<std::complex<double>>& values);
template <class Int> QJsonValue jsonCounts(const std::vector<Int>& values)
{
    std::vector<double> d(values.begin(), values.end());
    return jsonArray(d);
}

// Writes bytes to `path`, or to standard output when path is empty or "-". Atomic for files.
// A file written is noted in the written-files log (below).
bool writeOutput(const QString& path, const QByteArray& bytes, QString& error);

// While a log is set, every file the command writes (writeOutput, the figures) is appended to
// it, so that `run` and `merge` can list their output in the folder's manifest. Main thread.
void setWrittenFilesLog(QStringList* log);
void noteWrittenFile(const QString& path);
QByteArray toJsonBytes(const QJsonObject& object);

// Shortest text that reads back as the same double (for CSV).
QString realText(double value);

} // namespace nd::cli
