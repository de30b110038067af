// Reading the numeric input of `neurodyn-cli measure`: a CSV, semicolon-, tab- or
// whitespace-separated text file (or standard input), an optional header line of column names
// (quoted or not), '#' comment lines, and the choice of columns by 1-based number or by header
// name. The text is parsed by core/io's reader (nd::readNumericColumns); this unit words its
// errors in the user's language and applies the CLI's column rules. Main thread.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nd {
class TextTableError;
}

namespace nd::cli {

struct NumericTable {
    QStringList header;                       // column names; "1", "2", ... when the file has none
    bool named = false;                       // the names come from a header line
    std::vector<std::vector<double>> columns; // columns[c][row]

    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

// path "-" reads standard input. The delimiter is the first data line's (',' then ';' then tab,
// else runs of blanks); in a delimited file an empty field is an error, never skipped. Returns
// false with a message naming the line (and field) on unreadable files, ragged rows, empty,
// non-numeric or non-finite fields, a first line that mixes names and numbers, or no data row.
bool readNumericTable(const QString& path, NumericTable& table, QString& error);
// The same from text already read; `name` names the input in messages. Pure (the fuzz target
// tests/fuzz/fuzz_cli_series.cpp calls it with any bytes).
bool parseNumericTable(const QByteArray& text, const QString& name, NumericTable& table, QString& error);
// The reader's error in the user's language; `name` names the input.
QString tableErrorText(const TextTableError& e, const QString& name);
// The bytes of a file, or of standard input for "-"; false with a message when unreadable.
bool readInputBytes(const QString& path, QByteArray& bytes, QString& error);
// "standard input" for "-", else the path.
QString inputName(const QString& path);

// Index of a column given as a header name or a 1-based number; -1 (with error set) if none.
int findColumn(const NumericTable& table, const QString& spec, QString& error);

// Column indices for a comma-separated list of specs; empty spec means every column.
bool findColumns(const NumericTable& table, const QString& specs, std::vector<int>& out, QString& error);

// Index columns, never taken as data unless chosen: a column named step, time or t (any case,
// as `neurodyn-cli simulate` and `run` write them), and a first column of whole numbers that
// strictly increase (a row counter) when the table has at least two rows. A table of one column
// has no index column.
std::vector<bool> indexColumns(const NumericTable& table);
// Every column that is not an index column, in order.
std::vector<int> dataColumns(const NumericTable& table);
// The rule above in words, for the JSON output ("column_rule").
QString indexColumnRule();

} // namespace nd::cli
