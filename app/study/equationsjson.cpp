#include "study/equationsjson.h"

#include "common/errors.h"
#include "equations/modelsource.h"
#include "study/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

bool isName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(s).hasMatch();
}

// An expression or description goes into one line of the model text: a line break would
// start another statement and '#' a comment, so either would change what the file says
// instead of being refused.
bool isOneLine(const QString& s, bool allowHash)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (!allowHash && c == QLatin1Char('#')))
            return false;
    return true;
}

QString functionKey(const eq::FunctionDef& f)
{
    QStringList args;
    for (const auto& a : f.arguments)
        args << QString::fromStdString(a);
    return QString::fromStdString(f.name) + QLatin1Char('(') + args.join(QStringLiteral(", ")) +
           QLatin1Char(')');
}

// Where a statement of the formatted model text came from in the JSON, so that an error the
// language reports at a line and column of that text is told at the field (and the column
// within its expression).
struct Origin {
    QString field;
    std::string expression; // empty: no expression (var, par, kind)
};

// The field of the line `line` of the formatted text: each statement starts with its keyword
// and name (canonical form, one entry a line), so the line names its origin.
Origin originOf(const std::string& line, const eq::ModelSource& source, const std::vector<QString>& funKeys)
{
    const QString text = QString::fromStdString(line).trimmed();
    const auto startsWithWord = [&text](const QString& word, const std::string& name) {
        const QString prefix = word + QLatin1Char(' ') + QString::fromStdString(name);
        if (!text.startsWith(prefix))
            return false;
        const QString rest = text.mid(prefix.size());
        return rest.isEmpty() || !(rest.front().isLetterOrNumber() || rest.front() == QLatin1Char('_'));
    };
    for (const auto& v : source.variables)
        if (startsWithWord(QStringLiteral("var"), v.name))
            return {QStringLiteral("model.variables"), {}};
    for (const auto& p : source.parameters)
        if (startsWithWord(QStringLiteral("par"), p.name))
            return {QStringLiteral("model.parameters.") + QString::fromStdString(p.name), {}};
    for (std::size_t i = 0; i < source.functions.size(); ++i)
        if (startsWithWord(QStringLiteral("fun"), source.functions[i].name))
            return {QStringLiteral("model.functions.") + funKeys[i], source.functions[i].body};
    for (const auto& a : source.auxiliary)
        if (startsWithWord(QStringLiteral("aux"), a.name))
            return {QStringLiteral("model.auxiliary.") + QString::fromStdString(a.name), a.expression};
    for (const auto& e : source.equations) {
        const QString name = QString::fromStdString(e.name);
        if (text.startsWith(name + QLatin1Char('\'')) ||
            text.startsWith(QLatin1Char('d') + name + QStringLiteral("/dt")))
            return {QStringLiteral("model.equations.") + name, e.expression};
    }
    return {QStringLiteral("model.kind"), {}};
}

QString equationErrorAtField(const eq::EquationError& e, const std::string& text,
                             const eq::ModelSource& source, const std::vector<QString>& funKeys)
{
    const QString detail = QString::fromStdString(e.detail());
    const int lineNo = e.where().line;
    if (lineNo <= 0)
        return e.field().empty() ? QStringLiteral("model: ") + detail
                                 : QString::fromStdString(e.field()) + QStringLiteral(": ") + detail;
    std::size_t start = 0;
    for (int l = 1; l < lineNo && start != std::string::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string::npos)
            ++start;
    }
    if (start == std::string::npos)
        return QStringLiteral("model: ") + detail;
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const Origin origin = originOf(line, source, funKeys);
    if (!origin.expression.empty()) {
        // The expression ends its line (canonical form), so its last occurrence is where it starts.
        const std::size_t at = line.rfind(origin.expression);
        const int column = at == std::string::npos ? 0 : e.where().column - static_cast<int>(at);
        if (column >= 1)
            return Text::tr("%1, column %2: %3").arg(origin.field).arg(column).arg(detail);
    }
    return origin.field + QStringLiteral(": ") + detail;
}

// A parameter's slider range: its own, or the language's default for an unset end (the
// default value -+ 1, clamped to the valid range: modelsource.h).
std::pair<double, double> typicalRange(const eq::ParameterDef& p)
{
    return {p.typicalMinimum ? *p.typicalMinimum : std::max(p.minimum, p.value - 1.0),
            p.typicalMaximum ? *p.typicalMaximum : std::min(p.maximum, p.value + 1.0)};
}

bool readExpression(const QJsonValue& v, const QString& field, std::string& out, QString& error)
{
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        error = Text::tr("%1 must be an expression (a non-empty string)").arg(field);
        return false;
    }
    if (!isOneLine(v.toString(), false)) {
        error = Text::tr("%1 must be one line without control characters or '#'").arg(field);
        return false;
    }
    out = v.toString().trimmed().toStdString();
    return true;
}

bool readParameter(const QString& name, const QJsonObject& o, eq::ParameterDef& p, QString& error)
{
    const QString path = QStringLiteral("model.parameters.") + name;
    FieldReader r(o, path, error);
    if (!r.has("value"))
        return r.fail(Text::tr("%1.value is missing").arg(path));
    if (!r.number("value", p.value) || !r.number("min", p.minimum) || !r.number("max", p.maximum) ||
        !r.optionalNumber("typical_min", p.typicalMinimum) ||
        !r.optionalNumber("typical_max", p.typicalMaximum))
        return false;
    if (r.has("description")) {
        const QJsonValue d = o.value(QStringLiteral("description"));
        if (!d.isString() || !isOneLine(d.toString(), true) || d.toString().contains(QLatin1Char('"')))
            return r.fail(Text::tr("%1 must be one line of text without control characters or '\"'")
                              .arg(r.field("description")));
        p.description = d.toString().trimmed().toStdString();
    }
    return r.noUnknownKeys();
}

} // namespace

bool equationsFromJson(const QJsonObject& model, const QJsonValue& initialState, std::string& definition,
                       QJsonObject& values, QString& error)
{
    eq::ModelSource source;
    const QString kind = model.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("map")) {
        source.kind = TimeKind::Map;
    } else if (kind == QLatin1String("flow")) {
        source.kind = TimeKind::Flow;
    } else {
        error = Text::tr("model.kind must be \"map\" or \"flow\"");
        return false;
    }

    const QJsonValue vv = model.value(QStringLiteral("variables"));
    if (!vv.isArray() || vv.toArray().isEmpty() || vv.toArray().size() > eq::kMaxVariables) {
        error = Text::tr("model.variables must be an array of 1 to %1 names").arg(eq::kMaxVariables);
        return false;
    }
    const QJsonArray initial = initialState.toArray();
    const bool haveInitial = initialState.isArray() && initial.size() == vv.toArray().size();
    for (const QJsonValue& v : vv.toArray()) {
        if (!v.isString() || !isName(v.toString())) {
            error =
                Text::tr("model.variables must hold names (a letter or '_', then letters, digits or '_')");
            return false;
        }
        eq::VariableDef var;
        var.name = v.toString().toStdString();
        const QJsonValue x =
            haveInitial ? initial.at(static_cast<qsizetype>(source.variables.size())) : QJsonValue();
        if (x.isDouble() && std::isfinite(x.toDouble()))
            var.initial = x.toDouble();
        source.variables.push_back(std::move(var));
    }

    const QJsonValue pv = model.value(QStringLiteral("parameters"));
    if (!pv.isUndefined() && !pv.isObject()) {
        error = Text::tr("model.parameters must be an object");
        return false;
    }
    const QJsonObject params = pv.toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        // A plain number is a link's value: the study reader checks that such a link exists.
        if (it.value().isDouble()) {
            values.insert(it.key(), it.value());
            continue;
        }
        if (!isName(it.key())) {
            error = Text::tr("model.parameters.%1: a parameter's name is a letter or '_', then letters, "
                             "digits or '_'")
                        .arg(it.key());
            return false;
        }
        if (!it.value().isObject()) {
            error = Text::tr("model.parameters.%1 must be an object with value, min and max (or, for a "
                             "link, a number)")
                        .arg(it.key());
            return false;
        }
        eq::ParameterDef p;
        p.name = it.key().toStdString();
        if (!readParameter(it.key(), it.value().toObject(), p, error))
            return false;
        values.insert(it.key(), p.value);
        source.parameters.push_back(std::move(p));
    }

    const auto objectOf = [&model, &error](const char* key, QJsonObject& out) {
        const QJsonValue v = model.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject()) {
            error = Text::tr("model.%1 must be an object").arg(QLatin1String(key));
            return false;
        }
        out = v.toObject();
        return true;
    };
    QJsonObject functions, auxiliary, equations;
    if (!objectOf("functions", functions) || !objectOf("auxiliary", auxiliary) ||
        !objectOf("equations", equations))
        return false;
    static const QRegularExpression signature(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z0-9_,\\s]*)\\)\\s*$"));
    for (auto it = functions.begin(); it != functions.end(); ++it) {
        const QString field = QStringLiteral("model.functions.") + it.key();
        const auto m = signature.match(it.key());
        eq::FunctionDef f;
        bool ok = m.hasMatch();
        if (ok) {
            f.name = m.captured(1).toStdString();
            const QString args = m.captured(2).trimmed();
            if (!args.isEmpty())
                for (const QString& a : args.split(QLatin1Char(','))) {
                    ok = ok && isName(a.trimmed());
                    f.arguments.push_back(a.trimmed().toStdString());
                }
        }
        if (!ok) {
            error = Text::tr("%1: a function is named like g(u, v): its name and its arguments' names")
                        .arg(field);
            return false;
        }
        if (!readExpression(it.value(), field, f.body, error))
            return false;
        source.functions.push_back(std::move(f));
    }
    for (auto it = auxiliary.begin(); it != auxiliary.end(); ++it) {
        const QString field = QStringLiteral("model.auxiliary.") + it.key();
        if (!isName(it.key())) {
            error =
                Text::tr("%1: an auxiliary definition's name is a letter or '_', then letters, digits or '_'")
                    .arg(field);
            return false;
        }
        eq::Definition d;
        d.name = it.key().toStdString();
        if (!readExpression(it.value(), field, d.expression, error))
            return false;
        source.auxiliary.push_back(std::move(d));
    }
    std::set<std::string> variableNames;
    for (const auto& v : source.variables)
        variableNames.insert(v.name);
    for (auto it = equations.begin(); it != equations.end(); ++it)
        if (!variableNames.count(it.key().toStdString())) {
            error = Text::tr("model.equations.%1: %1 is not one of model.variables").arg(it.key());
            return false;
        }
    for (const auto& v : source.variables) {
        const QString name = QString::fromStdString(v.name);
        const QString field = QStringLiteral("model.equations.") + name;
        if (!equations.contains(name)) {
            error = Text::tr("%1 is missing: every variable needs its equation").arg(field);
            return false;
        }
        eq::Definition d;
        d.name = v.name;
        if (!readExpression(equations.value(name), field, d.expression, error))
            return false;
        source.equations.push_back(std::move(d));
    }

    // The language checks the rest (names in scope, ranges, cycles, limits) on the text these
    // fields make; its positions are told back at the fields.
    std::vector<QString> funKeys;
    for (const auto& f : source.functions)
        funKeys.push_back(functionKey(f));
    const std::string text = eq::formatModelText(source);
    eq::ModelSource parsed;
    try {
        parsed = eq::parseModelText(text);
    } catch (const eq::EquationError& e) {
        error = equationErrorAtField(e, text, source, funKeys);
        return false;
    }
    if (!(parsed == source)) {
        // Only a field the model text cannot carry gets here (the checks above should catch it).
        error = Text::tr("model: the typed model cannot be written as model text");
        return false;
    }
    // Every slider range explicit, as the writer writes it: a file read and saved again holds
    // the same model (its values become the defaults, the slider ranges stay).
    for (auto& p : parsed.parameters) {
        const auto [lo, hi] = typicalRange(p);
        p.typicalMinimum = lo;
        p.typicalMaximum = hi;
    }
    definition = eq::formatModelText(parsed);
    return true;
}

QJsonObject equationsToJson(const Study& study)
{
    const auto def = study.settings.find("definition");
    const eq::ModelSource source =
        eq::parseModelText(def == study.settings.end() ? std::string() : def->second);
    QJsonObject json{
        {"type", QLatin1String(kEquationsModelType)},
        {"kind", source.kind == TimeKind::Flow ? QStringLiteral("flow") : QStringLiteral("map")}};
    QJsonArray variables;
    for (const auto& v : source.variables)
        variables.append(QString::fromStdString(v.name));
    json.insert(QStringLiteral("variables"), variables);
    QJsonObject params;
    for (const auto& p : source.parameters) {
        const auto held = study.parameters.find(p.name);
        QJsonObject o{{"value", held == study.parameters.end() ? p.value : held->second},
                      {"min", p.minimum},
                      {"max", p.maximum}};
        // The slider range the model uses, also where the text leaves it to the default: the
        // value written becomes the default when the file is read, and the sliders must not move.
        const auto [lo, hi] = typicalRange(p);
        o.insert(QStringLiteral("typical_min"), lo);
        o.insert(QStringLiteral("typical_max"), hi);
        if (!p.description.empty())
            o.insert(QStringLiteral("description"), QString::fromStdString(p.description));
        params.insert(QString::fromStdString(p.name), o);
    }
    for (const auto& l : study.links)
        if (const auto held = study.parameters.find(l.name); held != study.parameters.end())
            params.insert(QString::fromStdString(l.name), held->second);
    json.insert(QStringLiteral("parameters"), params);
    if (!source.functions.empty()) {
        QJsonObject functions;
        for (const auto& f : source.functions)
            functions.insert(functionKey(f), QString::fromStdString(f.body));
        json.insert(QStringLiteral("functions"), functions);
    }
    if (!source.auxiliary.empty()) {
        QJsonObject auxiliary;
        for (const auto& a : source.auxiliary)
            auxiliary.insert(QString::fromStdString(a.name), QString::fromStdString(a.expression));
        json.insert(QStringLiteral("auxiliary"), auxiliary);
    }
    QJsonObject equations;
    for (const auto& e : source.equations)
        equations.insert(QString::fromStdString(e.name), QString::fromStdString(e.expression));
    json.insert(QStringLiteral("equations"), equations);
    QJsonObject settings;
    for (const auto& [name, value] : study.settings)
        if (name != "definition" && !(name == "backend" && value == "auto"))
            settings.insert(QString::fromStdString(name), QString::fromStdString(value));
    if (!settings.isEmpty())
        json.insert(QStringLiteral("settings"), settings);
    return json;
}

} // namespace nd
