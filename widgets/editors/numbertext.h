// Numbers as text in the model editor and in study settings: the shortest text that reads back
// as the same double (0.2, not 0.20000000000000001), and strict parsing of such text (C
// locale, finite, nothing left over). Pure functions; any thread may call them.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nd {

QString numberText(double value);
// Finite number, surrounding blanks allowed; nothing else.
std::optional<double> parseNumber(const QString& text);
// Comma- or blank-separated finite numbers; nullopt (and the offending entry in *bad) otherwise.
std::optional<std::vector<double>> parseNumberList(const QString& text, QString* bad = nullptr);
QString numberListText(const std::vector<double>& values);

} // namespace nd
