#include "editors/numbertext.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace nd {

QString numberText(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok); // QString::toDouble always uses the C locale
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<std::vector<double>> parseNumberList(const QString& text, QString* bad)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    std::vector<double> values;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        const auto v = parseNumber(item);
        if (!v) {
            if (bad)
                *bad = item;
            return std::nullopt;
        }
        values.push_back(*v);
    }
    return values;
}

QString numberListText(const std::vector<double>& values)
{
    QStringList items;
    items.reserve(static_cast<qsizetype>(values.size()));
    for (double v : values)
        items << numberText(v);
    return items.join(QStringLiteral(", "));
}

} // namespace nd
