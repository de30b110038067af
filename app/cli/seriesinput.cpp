#include "cli/seriesinput.h"

#include "io/texttable.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "SeriesInput".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SeriesInput)
};

bool isIndexName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    return n == QLatin1String("step") || n == QLatin1String("time") || n == QLatin1String("t");
}

bool isCounter(const std::vector<double>& column)
{
    for (std::size_t i = 0; i < column.size(); ++i) {
        if (column[i] != std::floor(column[i]))
            return false;
        if (i > 0 && !(column[i] > column[i - 1]))
            return false;
    }
    return true;
}

} // namespace

QString inputName(const QString& path)
{
    return path == QLatin1String("-") ? Text::tr("standard input") : path;
}

bool readInputBytes(const QString& path, QByteArray& bytes, QString& error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            error = Text::tr("cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = Text::tr("cannot read %1: %2").arg(inputName(path), file.errorString());
        return false;
    }
    return true;
}

bool readNumericTable(const QString& path, NumericTable& table, QString& error)
{
    QByteArray bytes;
    return readInputBytes(path, bytes, error) && parseNumericTable(bytes, inputName(path), table, error);
}

QString tableErrorText(const TextTableError& e, const QString& name)
{
    using K = TextTableError::Kind;
    const QString text = QString::fromStdString(e.text);
    switch (e.kind) {
    case K::NoData:
        return Text::tr("%1 holds no numeric rows").arg(name);
    case K::FieldCount:
        return Text::tr("%1, line %2: %3 fields, expected %4")
            .arg(name)
            .arg(e.line)
            .arg(e.found)
            .arg(e.expected);
    case K::EmptyField:
        return Text::tr("%1, line %2, field %3 is empty (empty fields are not skipped: they would shift the "
                        "columns after them)")
            .arg(name)
            .arg(e.line)
            .arg(e.column);
    case K::NotNumber:
    case K::NonFinite:
        return Text::tr("%1, line %2, field %3: '%4' is not a finite number")
            .arg(name)
            .arg(e.line)
            .arg(e.column)
            .arg(text);
    case K::MixedHeader:
        return Text::tr(
                   "%1, line %2, field %3: '%4' is a name on a line of numbers (a header line names every "
                   "column; a data line holds only numbers)")
            .arg(name)
            .arg(e.line)
            .arg(e.column)
            .arg(text);
    case K::RowLimit:
        return Text::tr("%1, line %2: more than %3 rows").arg(name).arg(e.line).arg(e.expected);
    case K::SizeLimit:
        return Text::tr("%1 is larger than %2 bytes").arg(name).arg(e.expected);
    }
    return QString::fromStdString(e.what());
}

bool parseNumericTable(const QByteArray& text, const QString& name, NumericTable& table, QString& error)
{
    table = {};
    try {
        TextTableOptions options;
        options.labelsAndGaps = true;
        NumericColumns c =
            readNumericColumns(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                               options, name.toStdString());
        table.columns = std::move(c.columns);
        table.notes = std::move(c.notes);
        table.named = !c.names.empty();
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            table.header << (table.named && !c.names[i].empty() ? QString::fromStdString(c.names[i])
                                                                : QString::number(i + 1));
    } catch (const TextTableError& e) {
        table = {};
        error = tableErrorText(e, name);
        return false;
    }
    return true;
}

int findColumn(const NumericTable& table, const QString& spec, QString& error)
{
    // Exactly as written first: a quoted name may keep blanks (" a").
    for (const QString& name : {spec, spec.trimmed()}) {
        const int byName = static_cast<int>(table.header.indexOf(name));
        if (byName >= 0)
            return byName;
    }
    bool ok = false;
    const int number = spec.trimmed().toInt(&ok);
    if (ok && number >= 1 && number <= static_cast<int>(table.columns.size()))
        return number - 1;
    error = Text::tr("no column '%1' (the input has %2 columns: %3)")
                .arg(spec)
                .arg(table.columns.size())
                .arg(table.header.join(QStringLiteral(", ")));
    return -1;
}

bool findColumns(const NumericTable& table, const QString& specs, std::vector<int>& out, QString& error)
{
    out.clear();
    if (specs.trimmed().isEmpty()) {
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            out.push_back(static_cast<int>(c));
        return true;
    }
    for (const QString& spec : specs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int c = findColumn(table, spec, error);
        if (c < 0)
            return false;
        out.push_back(c);
    }
    return true;
}

std::vector<bool> indexColumns(const NumericTable& table)
{
    std::vector<bool> index(table.columns.size(), false);
    if (index.size() < 2)
        return index; // a single column is the data, whatever its name
    for (std::size_t c = 0; c < index.size(); ++c)
        index[c] = table.named && isIndexName(table.header[static_cast<qsizetype>(c)]);
    if (table.rows() >= 2 && isCounter(table.columns.front()))
        index.front() = true;
    return index;
}

std::vector<int> dataColumns(const NumericTable& table)
{
    const std::vector<bool> index = indexColumns(table);
    std::vector<int> out;
    for (std::size_t c = 0; c < index.size(); ++c)
        if (!index[c] && !(c < table.notes.size() &&
                           (table.notes[c].label || table.notes[c].gaps == table.rows())))
            out.push_back(static_cast<int>(c)); // an empty column (a trailing comma) is no data either
    return out;
}

bool parseGapRule(const QString& text, GapRule& rule, QString& error)
{
    if (text == QLatin1String("refuse"))
        rule = GapRule::Refuse;
    else if (text == QLatin1String("drop"))
        rule = GapRule::Drop;
    else if (text == QLatin1String("interpolate"))
        rule = GapRule::Interpolate;
    else
        return error = Text::tr("--gaps is refuse, drop or interpolate, not '%1'").arg(text), false;
    return true;
}

namespace {

const NumericColumns::ColumnNotes* notesOf(const NumericTable& table, int c)
{
    return static_cast<std::size_t>(c) < table.notes.size() ? &table.notes[static_cast<std::size_t>(c)] : nullptr;
}

bool refuseLabels(const NumericTable& table, const std::vector<int>& columns, QString& error)
{
    for (int c : columns) {
        const auto* n = notesOf(table, c);
        if (n && n->label)
            return error = Text::tr("column '%1' holds labels, not numbers ('%2' on line %3)")
                               .arg(table.header[c], QString::fromStdString(n->firstLabel))
                               .arg(n->labelLine),
                   false;
    }
    return true;
}

QString gapText(const NumericTable& table, int c)
{
    const auto* n = notesOf(table, c);
    return Text::tr("column '%1' has gaps: %2, the first on line %3 (empty fields or missing-value marks such "
                    "as NaN or NA)")
        .arg(table.header[c])
        .arg(n->gaps)
        .arg(n->firstGapLine);
}

} // namespace

bool requirePlainColumns(const NumericTable& table, const std::vector<int>& columns, QString& error)
{
    if (!refuseLabels(table, columns, error))
        return false;
    for (int c : columns)
        if (const auto* n = notesOf(table, c); n && n->gaps > 0)
            return error = gapText(table, c), false;
    return true;
}

bool prepareColumns(NumericTable& table, const std::vector<int>& used, GapRule rule, QJsonObject& report,
                    QString& error)
{
    report = {};
    if (!refuseLabels(table, used, error))
        return false;
    std::size_t firstGapLine = 0;
    int gapColumn = -1;
    for (int c : used)
        if (const auto* n = notesOf(table, c); n && n->gaps > 0 && (gapColumn < 0 || n->firstGapLine < firstGapLine))
            gapColumn = c, firstGapLine = n->firstGapLine;
    if (gapColumn < 0)
        return true;
    if (rule == GapRule::Refuse)
        return error = gapText(table, gapColumn) +
                       Text::tr("; choose --gaps drop (the series joins across them) or --gaps interpolate"),
               false;
    const std::size_t rows = table.rows();
    std::size_t interpolated = 0;
    if (rule == GapRule::Interpolate) {
        // Linear between the nearest rows on either side that hold a value; gaps before the first
        // or after the last value stay and are dropped below.
        for (int c : used) {
            std::vector<double>& x = table.columns[static_cast<std::size_t>(c)];
            std::size_t last = rows; // the last row with a value
            for (std::size_t i = 0; i < rows; ++i) {
                if (std::isnan(x[i]))
                    continue;
                if (last != rows && i > last + 1) {
                    const double a = x[last], b = x[i], span = static_cast<double>(i - last);
                    for (std::size_t k = last + 1; k < i; ++k, ++interpolated)
                        x[k] = a + (b - a) * static_cast<double>(k - last) / span;
                }
                last = i;
            }
        }
    }
    std::vector<char> keep(rows, 1);
    std::size_t removed = 0;
    for (std::size_t i = 0; i < rows; ++i)
        for (int c : used)
            if (keep[i] && std::isnan(table.columns[static_cast<std::size_t>(c)][i]))
                keep[i] = 0, ++removed;
    if (removed == rows)
        return error = gapText(table, gapColumn) + Text::tr("; no row is left without one"), false;
    if (removed > 0)
        for (auto& column : table.columns) {
            std::size_t w = 0;
            for (std::size_t i = 0; i < rows; ++i)
                if (keep[i])
                    column[w++] = column[i];
            column.resize(w);
        }
    for (std::size_t c = 0; c < table.notes.size(); ++c) // what is left after the removal
        if (!table.notes[c].label)
            table.notes[c].gaps = static_cast<std::size_t>(
                std::count_if(table.columns[c].begin(), table.columns[c].end(), [](double v) { return std::isnan(v); }));
    report = {{"rule", rule == GapRule::Drop ? QStringLiteral("drop") : QStringLiteral("interpolate")},
              {"rows_read", static_cast<double>(rows)},
              {"rows_removed", static_cast<double>(removed)},
              {"values_interpolated", static_cast<double>(interpolated)},
              {"first_gap_line", static_cast<double>(firstGapLine)}};
    return true;
}

QString indexColumnRule()
{
    return QStringLiteral(
        "without a column choice, index columns are skipped: columns named step, time or t, "
        "and a first column of strictly increasing whole numbers (with two or more rows); a "
        "single column is always the data");
}

} // namespace nd::cli
