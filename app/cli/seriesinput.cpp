#include "cli/seriesinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmath>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "SeriesInput".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SeriesInput)
};

QStringList splitFields(const QString& line)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return line.trimmed().split(separators, Qt::SkipEmptyParts);
}

} // namespace

bool readNumericTable(const QString& path, NumericTable& table, QString& error)
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
    const QString name = path == QLatin1String("-") ? Text::tr("standard input") : path;
    return parseNumericTable(file.readAll(), name, table, error);
}

bool parseNumericTable(const QByteArray& text, const QString& name, NumericTable& table, QString& error)
{
    table = {};
    int lineNumber = 0;
    bool first = true;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitFields(line);
        if (first) {
            first = false;
            table.columns.resize(static_cast<std::size_t>(fields.size()));
            bool numeric = true;
            for (const QString& f : fields) {
                bool ok = false;
                f.toDouble(&ok);
                numeric = numeric && ok;
            }
            if (!numeric) {
                table.header = fields;
                continue;
            }
            for (int c = 0; c < fields.size(); ++c)
                table.header << QString::number(c + 1);
        }
        if (static_cast<std::size_t>(fields.size()) != table.columns.size()) {
            error = Text::tr("%1, line %2: %3 fields, expected %4")
                        .arg(name)
                        .arg(lineNumber)
                        .arg(fields.size())
                        .arg(table.columns.size());
            return false;
        }
        for (int c = 0; c < fields.size(); ++c) {
            bool ok = false;
            const double v = fields[c].toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                error = Text::tr("%1, line %2, field %3: '%4' is not a finite number")
                            .arg(name)
                            .arg(lineNumber)
                            .arg(c + 1)
                            .arg(fields[c]);
                return false;
            }
            table.columns[static_cast<std::size_t>(c)].push_back(v);
        }
    }
    if (table.rows() == 0) {
        error = Text::tr("%1 holds no numeric rows").arg(name);
        return false;
    }
    return true;
}

int findColumn(const NumericTable& table, const QString& spec, QString& error)
{
    const int byName = table.header.indexOf(spec.trimmed());
    if (byName >= 0)
        return byName;
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

} // namespace nd::cli
