// Reading one object of a study file field by field: each call checks the type, the range and,
// for names, that the model has that variable or parameter, and on failure sets an error that
// names the whole path ("analyses.zero_one.c_count ..."). A missing key leaves the value as it
// is (the default). Calls chain with &&, so a section reads as one expression. Also the name
// tables of the enumerations written to study files. Any thread.
#pragma once

#include "model/model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nd {

template <class E> struct EnumName {
    const char* name;
    E value;
};

template <class E> const char* enumName(std::span<const EnumName<E>> names, E value)
{
    for (const auto& n : names)
        if (n.value == value)
            return n.name;
    return names.front().name;
}

// Largest seed a JSON number holds exactly.
inline constexpr double kMaxSeed = 9007199254740992.0; // 2^53

class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString path, QString& error)
        : m_o(object), m_path(std::move(path)), m_error(error)
    {
    }

    QString field(const char* key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    const QString& path() const { return m_path; }
    QString& error() { return m_error; }
    bool has(const char* key)
    {
        m_seen.insert(QLatin1String(key));
        return m_o.contains(QLatin1String(key));
    }
    QJsonValue value(const char* key)
    {
        has(key);
        return m_o.value(QLatin1String(key));
    }
    // Fails for a key no call asked about (a typo would otherwise be ignored silently); an empty
    // path is the file's top level.
    bool noUnknownKeys();
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    bool number(const char* key, double& out);
    bool number(const char* key, double lo, double hi, double& out);  // within [lo, hi]
    bool positive(const char* key, double hi, double& out);           // in (0, hi]
    bool optionalNumber(const char* key, std::optional<double>& out); // null or absent: none
    bool integer(const char* key, double lo, double hi, int& out);
    bool integer(const char* key, double lo, double hi, long& out);
    bool integer(const char* key, double lo, double hi, std::size_t& out); // lo >= 0
    bool seed(const char* key, std::uint64_t& out);
    bool boolean(const char* key, bool& out);
    bool numbers(const char* key, int maxCount, std::vector<double>& out);
    bool integers(const char* key, double lo, double hi, int maxCount, std::vector<long>& out);
    bool integers(const char* key, double lo, double hi, int maxCount,
                  std::vector<std::size_t>& out); // lo >= 0
    bool texts(const char* key, int maxCount, std::vector<std::string>& out);
    // A name of one of the model's state variables.
    bool variable(const char* key, const Model& model, std::string& out);
    bool variableIndex(const char* key, const Model& model, int& out);
    // A per-node variable: "x" when the model has x0, x1, ... (at least two nodes).
    bool nodeVariable(const char* key, const Model& model, std::string& out);
    bool parameter(const char* key, const Model& model, std::string& out);
    // A parameter sweep's "parameter" (required) and its "from" and "to", each inside the
    // parameter's valid range and by default its typical range (scan axes, lyapunov.along).
    bool parameterSweep(const Model& model, std::string& parameter, double& from, double& to);
    // A sub-object; `present` tells whether the key exists.
    bool object(const char* key, QJsonObject& out, bool& present);

    template <class E> bool choice(const char* key, std::span<const EnumName<E>> names, E& out)
    {
        if (!has(key))
            return true;
        const QString text = m_o.value(QLatin1String(key)).toString();
        for (const auto& n : names)
            if (text == QLatin1String(n.name)) {
                out = n.value;
                return true;
            }
        QStringList all;
        for (const auto& n : names)
            all << QLatin1String(n.name);
        return failChoice(key, all, text);
    }
    template <class E, std::size_t N> bool choice(const char* key, const EnumName<E> (&names)[N], E& out)
    {
        return choice(key, std::span<const EnumName<E>>(names), out);
    }

private:
    bool failChoice(const char* key, const QStringList& names, const QString& got);

    const QJsonObject& m_o;
    QString m_path;
    QString& m_error;
    QSet<QString> m_seen;
};

// JSON arrays of numbers (finite values; doubles keep their exact value through JSON).
QJsonArray numberArray(const std::vector<double>& values);
QJsonArray integerArray(const std::vector<long>& values);
QJsonArray integerArray(const std::vector<std::size_t>& values);
QJsonArray textArray(const std::vector<std::string>& values);

// The model's variable names, comma-separated (for messages).
QString variableList(const Model& model);

} // namespace nd
