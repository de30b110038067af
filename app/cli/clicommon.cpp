#include "cli/clicommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nd::cli {

int fail(const QString& command, const QString& message)
{
    QTextStream(stderr) << "neurodyn-cli " << command << ": " << message << '\n';
    return kExitUsage;
}

void note(const QString& command, const QString& message)
{
    QTextStream(stderr) << "neurodyn-cli " << command << ": "
                        << QCoreApplication::translate("Cli", "note: %1").arg(message) << '\n';
}

QStringList applyOptionAliases(const QString& command, const QStringList& arguments, QStringList* notes)
{
    QStringList args = arguments;
    for (const OptionAlias& a : kOptionAliases) {
        if (command != QLatin1String(a.command))
            continue;
        const QString oldName = QStringLiteral("--") + QLatin1String(a.oldName);
        const QString name = QStringLiteral("--") + QLatin1String(a.name);
        bool used = false;
        for (QString& arg : args) {
            if (arg == QLatin1String("--"))
                break;
            if (arg == oldName || arg.startsWith(oldName + QLatin1Char('='))) {
                arg.replace(0, oldName.size(), name);
                used = true;
            }
        }
        if (!used)
            continue;
        const QString text =
            QCoreApplication::translate("Cli", "%1 is deprecated, use %2").arg(oldName, name);
        if (notes)
            *notes << text;
        else
            note(command, text);
    }
    return args;
}

void addHelpOption(QCommandLineParser& p)
{
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                 QCoreApplication::translate("Cli", "Show this help.")});
}

int parseOrHelp(QCommandLineParser& p, const QString& command, const QStringList& arguments)
{
    addHelpOption(p);
    QStringList args = applyOptionAliases(command, arguments);
    args.prepend(QStringLiteral("neurodyn-cli ") + command);
    if (!p.parse(args))
        return fail(command, parseErrorText(p, optionNamesOf(helpText(p, command))));
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(p, command);
        return kExitOk;
    }
    return -1;
}

QString helpText(const QCommandLineParser& p, const QString& command)
{
    QString text = p.helpText();
    const QStringList args = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = args.isEmpty() ? -1 : text.left(lineEnd).indexOf(args.first());
    if (at >= 0)
        text.replace(at, args.first().size(), QStringLiteral("neurodyn-cli ") + command);
    return text;
}

QStringList optionNamesOf(const QString& helpText)
{
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?--([\\w-]+)"),
                                           QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = option.globalMatch(helpText); it.hasNext();)
        names << QStringLiteral("--") + it.next().captured(1);
    return names;
}

QString parseErrorText(const QCommandLineParser& p, const QStringList& options)
{
    const QStringList unknown = p.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString& name = unknown.first();
        const QString given = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        const QString near = closestName(given, options);
        return near.isEmpty() ? QCoreApplication::translate("Cli", "unknown option '%1'").arg(given)
                              : QCoreApplication::translate("Cli", "unknown option '%1' (did you mean %2?)")
                                    .arg(given, near);
    }
    QString text = p.errorText().trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString closestName(const QString& word, const QStringList& candidates)
{
    // Levenshtein distance; close means at most a third of the word's letters (at least 2)
    // differ, or the word is the start of exactly one candidate, or a candidate is its start.
    const auto distance = [](const QString& a, const QString& b) {
        std::vector<qsizetype> row(static_cast<std::size_t>(b.size()) + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            row[static_cast<std::size_t>(j)] = j;
        for (qsizetype i = 1; i <= a.size(); ++i) {
            qsizetype diagonal = row[0];
            row[0] = i;
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const auto k = static_cast<std::size_t>(j);
                const qsizetype next =
                    std::min({row[k] + 1, row[k - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diagonal = row[k];
                row[k] = next;
            }
        }
        return row.back();
    };
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, word.size() / 3) + 1;
    QStringList prefixed;
    for (const QString& c : candidates) {
        const qsizetype d = distance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
        if (word.size() > 2 && c.startsWith(word))
            prefixed << c;
    }
    if (best.isEmpty() && prefixed.size() == 1)
        best = prefixed.first();
    // "--help-all": a known name with something appended.
    for (const QString& c : candidates)
        if (best.isEmpty() && c.size() > 3 && word.startsWith(c))
            best = c;
    return best;
}

bool parseDouble(const QString& text, double& out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    out = v;
    return true;
}

bool parseLong(const QString& text, long minimum, long maximum, long& out)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    out = static_cast<long>(v);
    return true;
}

bool parseDoubleList(const QString& text, std::vector<double>& out)
{
    out.clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        double v = 0.0;
        if (!parseDouble(part, v))
            return false;
        out.push_back(v);
    }
    return !out.empty();
}

bool parseLongList(const QString& text, long minimum, long maximum, std::vector<long>& out)
{
    out.clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        long v = 0;
        if (!parseLong(part, minimum, maximum, v))
            return false;
        out.push_back(v);
    }
    return !out.empty();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonArray(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(jsonNumber(v));
    return a;
}

QJsonValue complexArray(const std::vector<std::complex<double>>& values)
{
    QJsonArray a;
    for (const auto& z : values)
        a.append(QJsonArray{jsonNumber(z.real()), jsonNumber(z.imag())});
    return a;
}

QJsonValue jsonMatrix(const std::vector<std::vector<double>>& rows)
{
    QJsonArray a;
    for (const auto& row : rows)
        a.append(jsonArray(row));
    return a;
}

bool writeOutput(const QString& path, const QByteArray& bytes, QString& error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            error = out.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    noteWrittenFile(path);
    return true;
}

namespace {
QStringList* writtenFilesLog = nullptr;
}

void setWrittenFilesLog(QStringList* log)
{
    writtenFilesLog = log;
}

void noteWrittenFile(const QString& path)
{
    if (writtenFilesLog)
        writtenFilesLog->append(path);
}

QByteArray toJsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString realText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace nd::cli
