// Fuzz target: the numeric tables `neurodyn-cli measure` reads (app/cli/seriesinput.cpp over
// core/io's reader): any bytes give either a rectangular table with one header name per column,
// whose values are finite numbers or NaN exactly at label columns and noted gaps, or a message;
// every gap rule turns the data columns into finite series or refuses with a message; column look-up by name or number and the default column rule
// (index columns skipped) never reach outside the table. Seeds cover empty fields ("i,,sin"),
// quoted headers, pandas-style headers and first lines that mix names and numbers.
#include "cli/seriesinput.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    nd::cli::NumericTable table;
    QString error;
    if (!nd::cli::parseNumericTable(bytes, QStringLiteral("fuzz"), table, error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (table.rows() == 0 || static_cast<std::size_t>(table.header.size()) != table.columns.size())
        __builtin_trap();
    if (table.notes.size() != table.columns.size())
        __builtin_trap();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const auto& column = table.columns[c];
        if (column.size() != table.rows())
            __builtin_trap();
        std::size_t nan = 0;
        for (double v : column) {
            if (std::isinf(v))
                __builtin_trap();
            nan += std::isnan(v) ? 1 : 0;
        }
        if (table.notes[c].label ? nan != table.rows() : nan != table.notes[c].gaps)
            __builtin_trap();
    }
    // Look-ups by every header name, by numbers around the range, and by a list of them.
    for (const QString& name : table.header) {
        const int c = nd::cli::findColumn(table, name, error);
        if (c < 0 || c >= static_cast<int>(table.columns.size()))
            __builtin_trap();
    }
    for (const char* spec : {"0", "1", "2", "-1", "999999999999", ""}) {
        const int c = nd::cli::findColumn(table, QString::fromLatin1(spec), error);
        if (c >= static_cast<int>(table.columns.size()))
            __builtin_trap();
    }
    const std::vector<bool> index = nd::cli::indexColumns(table);
    if (index.size() != table.columns.size() || (table.columns.size() == 1 && index.front()))
        __builtin_trap();
    for (int c : nd::cli::dataColumns(table))
        if (c < 0 || c >= static_cast<int>(table.columns.size()) || index[static_cast<std::size_t>(c)])
            __builtin_trap();
    for (nd::cli::GapRule rule : {nd::cli::GapRule::Refuse, nd::cli::GapRule::Drop, nd::cli::GapRule::Interpolate}) {
        nd::cli::NumericTable t = table;
        const std::vector<int> used = nd::cli::dataColumns(t);
        QJsonObject report;
        QString message;
        if (!nd::cli::prepareColumns(t, used, rule, report, message)) {
            if (message.isEmpty())
                __builtin_trap();
            continue;
        }
        if (t.rows() == 0)
            __builtin_trap();
        for (int c : used)
            for (double v : t.columns[static_cast<std::size_t>(c)])
                if (!std::isfinite(v))
                    __builtin_trap();
    }
    std::vector<int> columns;
    if (nd::cli::findColumns(table, table.header.join(QLatin1Char(',')), columns, error))
        for (int c : columns)
            if (c < 0 || c >= static_cast<int>(table.columns.size()))
                __builtin_trap();
    return 0;
}
