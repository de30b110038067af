// Reading the numeric input of `neurodyn-cli measure`: a CSV or whitespace-separated text
// file (or standard input), an optional header line of column names, '#' comment lines, and
// the choice of columns by 1-based number or by header name.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nd::cli {

struct NumericTable {
    QStringList header;                       // column names; "1", "2", ... when the file has none
    std::vector<std::vector<double>> columns; // columns[c][row]

    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

// path "-" reads standard input. Fields are separated by commas, semicolons, tabs or spaces.
// Returns false with a message naming the line on unreadable files, ragged rows, non-numeric
// or non-finite fields, or an empty table.
bool readNumericTable(const QString& path, NumericTable& table, QString& error);
// The same from text already read; `name` names the input in messages. Pure (the fuzz target
// tests/fuzz/fuzz_cli_series.cpp calls it with any bytes).
bool parseNumericTable(const QByteArray& text, const QString& name, NumericTable& table, QString& error);

// Index of a column given as a 1-based number or a header name; -1 (with error set) if none.
int findColumn(const NumericTable& table, const QString& spec, QString& error);

// Column indices for a comma-separated list of specs; empty spec means every column.
bool findColumns(const NumericTable& table, const QString& specs, std::vector<int>& out, QString& error);

} // namespace nd::cli
