#include "study/jsonfields.h"

#include "analysis/observable.h"

#include <QCoreApplication>

#include <cmath>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

bool wholeIn(double d, double lo, double hi)
{
    return std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi;
}

} // namespace

bool FieldReader::number(const char* key, double& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(Text::tr("%1 must be a finite number").arg(field(key)));
    out = v.toDouble();
    return true;
}

bool FieldReader::number(const char* key, double lo, double hi, double& out)
{
    double d = out;
    if (!number(key, d))
        return false;
    if (!(d >= lo && d <= hi))
        return fail(Text::tr("%1 must be a number from %2 to %3").arg(field(key)).arg(lo).arg(hi));
    out = d;
    return true;
}

bool FieldReader::positive(const char* key, double hi, double& out)
{
    double d = out;
    if (!number(key, d))
        return false;
    if (!(d > 0.0 && d <= hi))
        return fail(Text::tr("%1 must be a positive number up to %2").arg(field(key)).arg(hi));
    out = d;
    return true;
}

bool FieldReader::optionalNumber(const char* key, std::optional<double>& out)
{
    if (!has(key) || m_o.value(QLatin1String(key)).isNull()) {
        out.reset();
        return true;
    }
    double d = 0.0;
    if (!number(key, d))
        return false;
    out = d;
    return true;
}

bool FieldReader::integer(const char* key, double lo, double hi, long& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isDouble() || !wholeIn(v.toDouble(), lo, hi))
        return fail(Text::tr("%1 must be a whole number between %2 and %3").arg(field(key)).arg(lo).arg(hi));
    out = static_cast<long>(v.toDouble());
    return true;
}

bool FieldReader::integer(const char* key, double lo, double hi, int& out)
{
    long l = out;
    if (!integer(key, lo, hi, l))
        return false;
    out = static_cast<int>(l);
    return true;
}

bool FieldReader::integer(const char* key, double lo, double hi, std::size_t& out)
{
    long l = static_cast<long>(out);
    if (!integer(key, lo, hi, l))
        return false;
    out = static_cast<std::size_t>(l);
    return true;
}

bool FieldReader::seed(const char* key, std::uint64_t& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isDouble() || !wholeIn(v.toDouble(), 0, kMaxSeed))
        return fail(Text::tr("%1 must be a whole number between %2 and %3")
                        .arg(field(key))
                        .arg(0)
                        .arg(kMaxSeed, 0, 'f', 0));
    out = static_cast<std::uint64_t>(v.toDouble());
    return true;
}

bool FieldReader::boolean(const char* key, bool& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isBool())
        return fail(Text::tr("%1 must be true or false").arg(field(key)));
    out = v.toBool();
    return true;
}

bool FieldReader::numbers(const char* key, int maxCount, std::vector<double>& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() > maxCount)
        return fail(Text::tr("%1 must be an array of at most %2 finite numbers").arg(field(key)).arg(maxCount));
    std::vector<double> values;
    for (const QJsonValue& e : a) {
        if (!e.isDouble() || !std::isfinite(e.toDouble()))
            return fail(Text::tr("%1 must be an array of at most %2 finite numbers").arg(field(key)).arg(maxCount));
        values.push_back(e.toDouble());
    }
    out = std::move(values);
    return true;
}

bool FieldReader::integers(const char* key, double lo, double hi, int maxCount, std::vector<long>& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    const QJsonArray a = v.toArray();
    std::vector<long> values;
    bool ok = v.isArray() && a.size() <= maxCount;
    for (const QJsonValue& e : a) {
        ok = ok && e.isDouble() && wholeIn(e.toDouble(), lo, hi);
        if (ok)
            values.push_back(static_cast<long>(e.toDouble()));
    }
    if (!ok)
        return fail(Text::tr("%1 must be an array of at most %2 whole numbers between %3 and %4")
                        .arg(field(key))
                        .arg(maxCount)
                        .arg(lo)
                        .arg(hi));
    out = std::move(values);
    return true;
}

bool FieldReader::integers(const char* key, double lo, double hi, int maxCount, std::vector<std::size_t>& out)
{
    std::vector<long> values;
    if (!integers(key, lo, hi, maxCount, values))
        return false;
    if (has(key))
        out.assign(values.begin(), values.end());
    return true;
}

bool FieldReader::texts(const char* key, int maxCount, std::vector<std::string>& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    const QJsonArray a = v.toArray();
    std::vector<std::string> values;
    bool ok = v.isArray() && a.size() <= maxCount;
    for (const QJsonValue& e : a) {
        ok = ok && e.isString();
        values.push_back(e.toString().toStdString());
    }
    if (!ok)
        return fail(Text::tr("%1 must be an array of at most %2 strings").arg(field(key)).arg(maxCount));
    out = std::move(values);
    return true;
}

bool FieldReader::variable(const char* key, const Model& model, std::string& out)
{
    int index = -1;
    if (!has(key))
        return true;
    if (!variableIndex(key, model, index))
        return false;
    out = model.variableNames()[static_cast<std::size_t>(index)];
    return true;
}

bool FieldReader::variableIndex(const char* key, const Model& model, int& out)
{
    if (!has(key))
        return true;
    const QString name = m_o.value(QLatin1String(key)).toString();
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (name.toStdString() == names[i] && m_o.value(QLatin1String(key)).isString()) {
            out = static_cast<int>(i);
            return true;
        }
    return fail(
        Text::tr("%1: the model has no variable '%2' (it has %3)").arg(field(key), name, variableList(model)));
}

bool FieldReader::nodeVariable(const char* key, const Model& model, std::string& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    const std::string name = v.toString().toStdString();
    if (!v.isString() || nodeVariableIndices(model, name).size() < 2)
        return fail(
            Text::tr("%1: '%2' is not a per-node variable of this model (one with a copy on each of at least "
               "two nodes, as x for x0, x1, ...; the model has %3)")
                .arg(field(key), v.toString(), variableList(model)));
    out = name;
    return true;
}

bool FieldReader::parameter(const char* key, const Model& model, std::string& out)
{
    if (!has(key))
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isString() || model.parameterIndex(v.toString().toStdString()) < 0)
        return fail(Text::tr("%1: the model has no parameter '%2'").arg(field(key), v.toString()));
    out = v.toString().toStdString();
    return true;
}

bool FieldReader::parameterSweep(const Model& model, std::string& parameter, double& from, double& to)
{
    if (!has("parameter"))
        return fail(Text::tr("%1 is missing").arg(field("parameter")));
    if (!this->parameter("parameter", model, parameter))
        return false;
    const ParameterSpec& spec = model.parameterSpecs()[static_cast<std::size_t>(model.parameterIndex(parameter))];
    from = spec.typicalMinimum;
    to = spec.typicalMaximum;
    return number("from", spec.minimum, spec.maximum, from) && number("to", spec.minimum, spec.maximum, to);
}

bool FieldReader::object(const char* key, QJsonObject& out, bool& present)
{
    present = has(key);
    if (!present)
        return true;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isObject())
        return fail(Text::tr("%1 must be an object").arg(field(key)));
    out = v.toObject();
    return true;
}

bool FieldReader::noUnknownKeys()
{
    for (auto it = m_o.begin(); it != m_o.end(); ++it)
        if (!m_seen.contains(it.key()))
            return fail(m_path.isEmpty() ? Text::tr("unknown top-level field '%1'").arg(it.key())
                                         : Text::tr("%1: unknown field '%2'").arg(m_path, it.key()));
    return true;
}

bool FieldReader::failChoice(const char* key, const QStringList& names, const QString& got)
{
    return fail(Text::tr("%1 must be one of %2, not '%3'").arg(field(key), names.join(QStringLiteral(", ")), got));
}

QJsonArray numberArray(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonArray integerArray(const std::vector<long>& values)
{
    QJsonArray a;
    for (long v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonArray integerArray(const std::vector<std::size_t>& values)
{
    QJsonArray a;
    for (std::size_t v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonArray textArray(const std::vector<std::string>& values)
{
    QJsonArray a;
    for (const auto& v : values)
        a.append(QString::fromStdString(v));
    return a;
}

QString variableList(const Model& model)
{
    const auto names = model.variableNames();
    QStringList list;
    for (std::size_t i = 0; i < names.size() && i < 12; ++i)
        list << QString::fromStdString(names[i]);
    if (names.size() > 12)
        list << QStringLiteral("...");
    return list.join(QStringLiteral(", "));
}

} // namespace nd
