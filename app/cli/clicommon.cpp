#include "cli/clicommon.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace nd::cli {

int fail(const QString& command, const QString& message)
{
    QTextStream(stderr) << "neurodyn-cli " << command << ": " << message << '\n';
    return kExitUsage;
}

int parseOrHelp(QCommandLineParser& p, const QString& command, const QStringList& arguments)
{
    p.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("neurodyn-cli ") + command);
    if (!p.parse(args))
        return fail(command, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return kExitOk;
    }
    return -1;
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

bool writeOutput(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
