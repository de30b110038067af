// Line-by-line reading of delimited numeric text (CSV, semicolon, tab or whitespace separated),
// shared by the series and edge-list readers: delimiter detection, comments, header detection,
// size limits, and errors that give the line (and column) of malformed input. Any thread may
// call; each call reads only its own stream.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

enum class HeaderMode { Auto, Present, Absent };

struct TextTableOptions {
    char delimiter = 0;          // 0: detect (',' then ';' then tab, else runs of whitespace); ' ': whitespace
    char comment = '#';          // lines starting with it (after blanks) are skipped; 0: none
    HeaderMode header = HeaderMode::Auto;
    std::size_t maxRows = 50'000'000;      // data rows accepted before the reader refuses the input
    std::size_t maxBytes = std::size_t(2) << 30; // bytes read before the reader refuses the input
};

// One data line split into trimmed fields (quotes around a field are removed).
struct TextRow {
    std::size_t line = 0; // 1-based line number in the input
    std::vector<std::string> fields;
};

// Reads every non-blank, non-comment line. Throws InputError ("<what>: line N: ...") when a
// limit is exceeded. The delimiter is detected on the first such line when not given.
std::vector<TextRow> readTextRows(std::istream& in, const TextTableOptions& options, const std::string& what,
                                  char* detectedDelimiter = nullptr);

// Parses a whole field as a finite double (a leading '+' is allowed); nullopt when it is not one.
std::optional<double> parseNumber(std::string_view field);
// Same, but throws InputError "<what>: line L, column C: ..." for a malformed or non-finite value.
double requireNumber(const TextRow& row, std::size_t column, const std::string& what);

// Throws InputError "<what>: line L: expected at least C fields, found F".
void requireFields(const TextRow& row, std::size_t count, const std::string& what);

} // namespace nd
