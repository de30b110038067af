#include "cli/seriesinput.h"

#include "io/texttable.h"

#include <QCoreApplication>
#include <QFile>

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
        NumericColumns c =
            readNumericColumns(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                               TextTableOptions{}, name.toStdString());
        table.columns = std::move(c.columns);
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
        if (!index[c])
            out.push_back(static_cast<int>(c));
    return out;
}

QString indexColumnRule()
{
    return QStringLiteral(
        "without a column choice, index columns are skipped: columns named step, time or t, "
        "and a first column of strictly increasing whole numbers (with two or more rows); a "
        "single column is always the data");
}

} // namespace nd::cli
