// Reading delimited numeric text (CSV, semicolon, tab or whitespace separated), shared by the
// series and edge-list readers and by `neurodyn-cli measure`: delimiter detection, comments,
// quoted fields, header detection, size limits, and errors that give the line (and column) of
// malformed input. The text is scanned in memory: fields are views into it and numbers are read
// with std::from_chars, so no field is copied or allocated (large series read at disk speed).
// Any thread may call; each call reads only its own text.
#pragma once

#include "common/errors.h"

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

enum class HeaderMode { Auto, Present, Absent };

struct TextTableOptions {
    // 0: detect (',', else ';', else tab when the line has no blank outside quotes, else runs of
    // whitespace); ' ': whitespace.
    char delimiter = 0;
    char comment = '#'; // lines starting with it (after blanks) are skipped; 0: none
    HeaderMode header = HeaderMode::Auto;
    std::size_t maxRows = 50'000'000;            // data rows accepted before the reader refuses the input
    std::size_t maxBytes = std::size_t(2) << 30; // bytes read before the reader refuses the input
    // A lab's file: with a header, a column whose first data field is text (a trial label, a
    // condition) is a label column, kept by name and not read; in every other column an empty
    // field or a missing-value mark (NaN, nan, NA, N/A, as spreadsheets and pandas write them)
    // is a gap, read as NaN and counted. The caller decides what the columns it uses may hold
    // (app/cli/seriesinput.h: refused, rows dropped, or interpolated). Off: every field of every
    // column must be a finite number.
    bool labelsAndGaps = false;
};

// One field of a line: its text without surrounding blanks and quotes. A quoted field keeps
// doubled quotes ("") as they are in `text`; fieldString() turns them into one.
struct TextField {
    std::string_view text;
    bool quoted = false;
};
std::string fieldString(const TextField& field);

// Splits text held in memory into its data lines: blank lines and comment lines are skipped,
// a UTF-8 byte-order mark is dropped, "\r\n" ends a line like "\n". With a delimiter (',', ';',
// tab) every delimiter separates two fields, so "1,,2" has an empty middle field; with
// whitespace, runs of blanks are one separator. A field that starts with '"' runs to the next
// lone '"' and may hold delimiters. The delimiter is detected on the first data line.
class TextScanner {
public:
    TextScanner(std::string_view text, const TextTableOptions& options);
    // Moves to the next data line; false at the end of the text.
    bool next();
    std::size_t line() const { return m_line; } // 1-based number of the current line
    const std::vector<TextField>& fields() const { return m_fields; }
    char delimiter() const { return m_delimiter; }

private:
    void split(std::string_view line);
    std::string_view m_text;
    std::size_t m_pos = 0, m_line = 0;
    char m_delimiter, m_comment;
    std::vector<TextField> m_fields;
};

// A malformed table, with where and what, so that callers (the CLI) can word the message in the
// user's language; what() is the English message "<what>: line L[, column C]: ...".
class TextTableError : public InputError {
public:
    enum class Kind {
        NoData,      // no data row
        FieldCount,  // a row with another number of fields than the first (found, expected)
        EmptyField,  // an empty field in a delimited line
        NotNumber,   // a field that is not a number (text)
        NonFinite,   // nan or inf (text)
        MixedHeader, // the first line mixes numbers and text: neither clearly a header nor data
        RowLimit,    // more rows than TextTableOptions::maxRows
        SizeLimit,   // more bytes than TextTableOptions::maxBytes
    };
    TextTableError(Kind kind, const std::string& what, std::size_t line, std::size_t column, std::string text,
                   std::size_t found = 0, std::size_t expected = 0);
    Kind kind;
    std::size_t line, column; // 1-based; 0 when not about one line or field
    std::string text;         // the offending field
    std::size_t found, expected;
};

// Every column of a numeric table, as read by `neurodyn-cli measure`.
struct NumericColumns {
    std::vector<std::string> names;           // header names ("" for an empty header field), or empty
    std::vector<std::vector<double>> columns; // columns[c][row]; NaN in label columns and at gaps
    // With TextTableOptions::labelsAndGaps (else all false / zero): per column, whether it is a
    // label column, its first label and that label's line; the number of gaps and the line of
    // the first one.
    struct ColumnNotes {
        bool label = false;
        std::string firstLabel;
        std::size_t labelLine = 0;
        std::size_t gaps = 0, firstGapLine = 0;
    };
    std::vector<ColumnNotes> notes;
    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

// Reads every column. Header rule (HeaderMode::Auto): the first data line is a header when none
// of its fields is a number (a quoted field counts as a name); a first line that mixes numbers
// and names is refused (MixedHeader) rather than guessed. Every row must have as many fields as
// the first one; empty fields, non-numbers and nan/inf are refused with their line and column
// (with labelsAndGaps: label columns and gaps as described there; other text and inf are still
// refused).
NumericColumns readNumericColumns(std::string_view text, const TextTableOptions& options,
                                  const std::string& what);

// The header rule above for the first line `fields`, over the fields at `columns` (every field
// when empty): true when they are names, false when they are numbers; empty fields decide
// nothing; a mix of names and numbers throws MixedHeader naming the first name's column.
bool isHeaderLine(const std::vector<TextField>& fields, const std::vector<std::size_t>& columns,
                  std::size_t line, const std::string& what);

// All bytes of a stream, refusing more than maxBytes (TextTableError SizeLimit).
std::string readAllText(std::istream& in, std::size_t maxBytes, const std::string& what);

// Parses a whole field as a double (a leading '+' is allowed); nullopt when it is not one.
std::optional<double> parseNumber(std::string_view field);
// Same, but throws TextTableError "<what>: line L, column C: ..." for an empty, malformed or
// non-finite value.
double requireNumber(std::string_view field, std::size_t line, std::size_t column, const std::string& what);

} // namespace nd
