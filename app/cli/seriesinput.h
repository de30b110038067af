// Reading the numeric input of `neurodyn-cli measure`: a CSV, semicolon-, tab- or
// whitespace-separated text file (or standard input), an optional header line of column names
// (quoted or not), '#' comment lines, and the choice of columns by 1-based number or by header
// name. The text is parsed by core/io's reader (nd::readNumericColumns); this unit words its
// errors in the user's language and applies the CLI's column rules. Main thread.
#pragma once

#include "io/texttable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace nd::cli {

struct NumericTable {
    QStringList header;                       // column names; "1", "2", ... when the file has none
    bool named = false;                       // the names come from a header line
    std::vector<std::vector<double>> columns; // columns[c][row]; NaN in label columns and at gaps
    // Per column: a label column (text, not read) or the gaps it has; see prepareColumns.
    std::vector<NumericColumns::ColumnNotes> notes;

    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

// path "-" reads standard input. The delimiter is the first data line's (',' then ';' then tab,
// else runs of blanks). A lab's file reads as it is: with a header, a column whose first data
// field is text is a label column (never data), and empty fields or missing-value marks (NaN,
// NA, N/A) are gaps, read as NaN and noted per column; whether the columns a measure uses may
// hold them is prepareColumns' rule. Returns false with a message naming the line (and field) on
// unreadable files, ragged rows, text or infinities in a numeric column, a first line that mixes
// names and numbers, or no data row.
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

// What a measure does with gaps in the columns it uses: refuse the input (the default: a series
// with a hole is not a series), drop the rows that have one (the series joins across them), or
// interpolate linearly between the neighbouring rows (gaps at either end are dropped).
enum class GapRule { Refuse, Drop, Interpolate };
// "refuse", "drop", "interpolate"; false with a message for anything else.
bool parseGapRule(const QString& text, GapRule& rule, QString& error);
// Makes the columns `used` plain series under `rule`: a label column among them is refused with
// its first label and line; gaps are refused (naming the column, the count and the first gap's
// line) or removed from every column of the table. `report` receives what was done: {"rule",
// "rows_read", "rows_removed", "values_interpolated", "first_gap_line"}; it stays empty when the
// used columns had no gap.
bool prepareColumns(NumericTable& table, const std::vector<int>& used, GapRule rule, QJsonObject& report,
                    QString& error);
// False with prepareColumns' message when one of `columns` is a label column or has a gap (for
// columns a measure takes after the gap rule was applied, e.g. kuramoto_r's --y-columns).
bool requirePlainColumns(const NumericTable& table, const std::vector<int>& columns, QString& error);

// Index columns, never taken as data unless chosen: a column named step, time or t (any case,
// as `neurodyn-cli simulate` and `run` write them), and a first column of whole numbers that
// strictly increase (a row counter) when the table has at least two rows. A table of one column
// has no index column.
std::vector<bool> indexColumns(const NumericTable& table);
// Every column that is neither an index column, a label column nor empty (every row a gap, as a
// trailing comma makes), in order.
std::vector<int> dataColumns(const NumericTable& table);
// The rule above in words, for the JSON output ("column_rule").
QString indexColumnRule();

} // namespace nd::cli
