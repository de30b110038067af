// Typed models (issue 18): the model language's statements (kind, var, par, fun, aux and the
// equations), its canonical text, and the helpers program.cpp shares (syntax.h). Expressions
// are kept as text here and parsed by compileModel, so a study file's JSON definition (no text
// around it) goes through exactly the same checks. Pure functions; any thread.
#include "equations/modelsource.h"

#include "equations/program.h"
#include "equations/syntax.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <optional>

namespace nd::eq {

namespace {

std::string positionText(SourceLocation where, const std::string& field)
{
    if (where.line > 0)
        return "line " + std::to_string(where.line) + ", column " + std::to_string(where.column) + ": ";
    if (!field.empty())
        return where.column > 0 ? field + ", column " + std::to_string(where.column) + ": " : field + ": ";
    return {};
}

} // namespace

EquationError::EquationError(const std::string& message, SourceLocation where, std::string field)
    : InputError(positionText(where, field) + message), m_where(where), m_field(std::move(field)),
      m_detail(message)
{
}

namespace detail {

namespace {
constexpr std::array<BuiltinFunction, 23> kBuiltins = {{
    {"exp", Op::Exp, 1},     {"log", Op::Log, 1},   {"log10", Op::Log10, 1},
    {"sqrt", Op::Sqrt, 1},   {"abs", Op::Abs, 1},   {"sin", Op::Sin, 1},
    {"cos", Op::Cos, 1},     {"tan", Op::Tan, 1},   {"asin", Op::Asin, 1},
    {"acos", Op::Acos, 1},   {"atan", Op::Atan, 1}, {"sinh", Op::Sinh, 1},
    {"cosh", Op::Cosh, 1},   {"tanh", Op::Tanh, 1}, {"floor", Op::Floor, 1},
    {"ceil", Op::Ceil, 1},   {"sign", Op::Sign, 1}, {"heaviside", Op::Heaviside, 1},
    {"atan2", Op::Atan2, 2}, {"pow", Op::Pow, 2},   {"min", Op::Min, 2},
    {"max", Op::Max, 2},     {"if", Op::Select, 3},
}};

// Words of the statements and operators; with the functions and pi they cannot name anything.
constexpr std::array<const char*, 11> kKeywords = {"map", "flow",    "var", "par", "fun", "aux",
                                                   "in",  "typical", "and", "or",  "not"};
} // namespace

const BuiltinFunction* findBuiltin(std::string_view name)
{
    for (const auto& f : kBuiltins)
        if (name == f.name)
            return &f;
    return nullptr;
}

std::string builtinNames()
{
    std::string all;
    for (const auto& f : kBuiltins)
        all += (all.empty() ? "" : ", ") + std::string(f.name);
    return all;
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isValidName(std::string_view name)
{
    if (name.empty() || !isNameStart(name[0]))
        return false;
    for (char c : name)
        if (!isNameChar(c))
            return false;
    return true;
}

std::string formatNumber(double value)
{
    std::array<char, 64> buffer{};
    const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string text(buffer.data(), r.ptr);
    // "1e+06" reads better as "1e6" and "1e-07" as "1e-7"; both read back to the same value.
    const std::size_t e = text.find('e');
    if (e != std::string::npos) {
        std::size_t digits = e + 1;
        if (digits < text.size() && text[digits] == '+')
            text.erase(digits, 1);
        else if (digits < text.size() && text[digits] == '-')
            ++digits;
        while (digits + 1 < text.size() && text[digits] == '0')
            text.erase(digits, 1);
    }
    return text;
}

bool readNumber(std::string_view text, double& value)
{
    if (text.empty())
        return false;
    // from_chars takes no leading '+' and reads "inf"/"nan": the language has neither.
    const char c = text[0];
    if (!((c >= '0' && c <= '9') || c == '.'))
        return false;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

std::string describeByte(unsigned char c)
{
    if (c >= 0x20 && c < 0x7f)
        return std::string("'") + static_cast<char>(c) + "'";
    std::array<char, 8> hex{};
    std::snprintf(hex.data(), hex.size(), "0x%02X", static_cast<unsigned>(c));
    return std::string("byte ") + hex.data();
}

SourceLocation offsetLocation(SourceLocation start, std::size_t offset)
{
    const int base = start.column > 0 ? start.column : 1;
    return {start.line, base + static_cast<int>(offset)};
}

} // namespace detail

bool isReservedName(std::string_view name)
{
    if (name == "pi" || detail::findBuiltin(name))
        return true;
    for (const char* k : detail::kKeywords)
        if (name == k)
            return true;
    return false;
}

namespace {

using detail::describeByte;

// Checks the whole text before any statement is read: size, NUL bytes and UTF-8 (a comment or
// description may hold any UTF-8 text; anything else must be ASCII, checked per line).
void checkBytes(std::string_view text)
{
    if (text.size() > kMaxSourceBytes) {
        throw EquationError("the model text is " + std::to_string(text.size()) +
                                " bytes long; the limit is " + std::to_string(kMaxSourceBytes) + " bytes",
                            {});
    }
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0)
            throw EquationError("NUL byte in the model text", {line, column});
        std::size_t length = 1;
        if (c >= 0x80) {
            std::uint32_t code = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                code = c & 0x1Fu;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                code = c & 0x0Fu;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                code = c & 0x07u;
            } else {
                throw EquationError("the model text is not valid UTF-8 (" + describeByte(c) + ")",
                                    {line, column});
            }
            if (i + length > text.size())
                throw EquationError("the model text is not valid UTF-8 (truncated character)",
                                    {line, column});
            for (std::size_t k = 1; k < length; ++k) {
                const auto t = static_cast<unsigned char>(text[i + k]);
                if ((t & 0xC0u) != 0x80u)
                    throw EquationError("the model text is not valid UTF-8 (" + describeByte(t) + ")",
                                        {line, column});
                code = (code << 6) | (t & 0x3Fu);
            }
            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
            if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
                (code >= 0xD800 && code <= 0xDFFF))
                throw EquationError("the model text is not valid UTF-8 (invalid character)", {line, column});
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
}

// Reads the statements of one line. `line` excludes the newline; its comment is already cut.
class LineReader {
public:
    LineReader(std::string_view text, int line) : m_text(text), m_line(line) {}

    SourceLocation here() const { return {m_line, static_cast<int>(m_pos) + 1}; }
    [[noreturn]] void fail(const std::string& message) const { throw EquationError(message, here()); }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void expect(char c, const std::string& what)
    {
        if (!accept(c))
            fail("expected " + what + found());
    }
    // ", found ..." for error messages.
    std::string found()
    {
        if (atEnd())
            return " at the end of the line";
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (detail::isNameStart(static_cast<char>(c)))
            return ", found '" + std::string(peekName()) + "'";
        return ", found " + describeByte(c);
    }
    std::string_view peekName()
    {
        skipSpace();
        std::size_t end = m_pos;
        if (end < m_text.size() && detail::isNameStart(m_text[end]))
            while (end < m_text.size() && detail::isNameChar(m_text[end]))
                ++end;
        return m_text.substr(m_pos, end - m_pos);
    }
    std::string name(const std::string& what)
    {
        const std::string_view n = peekName();
        if (n.empty())
            fail("expected " + what + found());
        m_pos += n.size();
        return std::string(n);
    }
    bool acceptWord(std::string_view word)
    {
        if (peekName() != word)
            return false;
        m_pos += word.size();
        return true;
    }
    // A number with an optional sign, as var and par lines take them.
    double number(const std::string& what)
    {
        skipSpace();
        const std::size_t start = m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '-' || m_text[m_pos] == '+'))
            ++m_pos;
        const std::size_t digits = m_pos;
        while (m_pos < m_text.size() &&
               (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.'))
            ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '-' || m_text[m_pos] == '+'))
                ++m_pos;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
        }
        double value = 0.0;
        if (m_pos == digits) {
            m_pos = start;
            fail("expected " + what + " (a number)" + found());
        }
        if (!detail::readNumber(m_text.substr(digits, m_pos - digits), value)) {
            const std::string spelled(m_text.substr(start, m_pos - start));
            m_pos = start;
            fail("'" + spelled + "' is not a valid number or is out of range (" + what + ")");
        }
        if (m_pos < m_text.size() && detail::isNameChar(m_text[m_pos]))
            fail("expected " + what + " (a number)" + found());
        return m_text[start] == '-' ? -value : value;
    }
    // The rest of the line as an expression: its text (trimmed) and where it starts.
    Definition rest(const std::string& name)
    {
        if (atEnd())
            fail("expected an expression after '='");
        std::size_t end = m_text.size();
        while (end > m_pos && (m_text[end - 1] == ' ' || m_text[end - 1] == '\t'))
            --end;
        Definition d{name, std::string(m_text.substr(m_pos, end - m_pos)), here()};
        m_pos = m_text.size();
        return d;
    }
    std::string description()
    {
        const std::size_t open = m_pos;
        ++m_pos; // the opening quote
        const std::size_t close = m_text.find('"', m_pos);
        if (close == std::string_view::npos) {
            m_pos = open;
            fail("unterminated description: a closing '\"' is missing");
        }
        std::string text(m_text.substr(m_pos, close - m_pos));
        m_pos = close + 1;
        return text;
    }

private:
    std::string_view m_text;
    int m_line;
    std::size_t m_pos = 0;
};

// The part of a line before its comment ('#' outside a description), after checking that only
// comments and descriptions hold non-ASCII bytes or control characters.
std::string_view codeOfLine(std::string_view line, int number)
{
    bool inDescription = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == '"') {
            inDescription = !inDescription;
        } else if (c == '#' && !inDescription) {
            return line.substr(0, i);
        } else if (!inDescription && (c >= 0x80 || (c < 0x20 && c != '\t') || c == 0x7f)) {
            throw EquationError(c >= 0x80 ? "non-ASCII character outside a comment or description"
                                          : "control character " + describeByte(c) + " in the model text",
                                {number, static_cast<int>(i) + 1});
        } else if (inDescription && (c < 0x20 || c == 0x7f) && c != '\t') {
            throw EquationError("control character " + describeByte(c) + " in a description",
                                {number, static_cast<int>(i) + 1});
        }
    }
    return line;
}

struct Reading {
    ModelSource source;
    std::optional<TimeKind> declaredKind;
    SourceLocation kindAt;
    std::optional<TimeKind> formSeen; // the form of the first equation
    SourceLocation formAt;
};

void readParameter(LineReader& r, Reading& reading)
{
    ParameterDef p;
    r.skipSpace();
    p.at = r.here();
    p.name = r.name("a parameter name");
    r.expect('=', "'=' and the parameter's value");
    p.value = r.number("the value of parameter '" + p.name + "'");
    if (r.acceptWord("in")) {
        r.expect('[', "'[' opening the valid range");
        p.minimum = r.number("the lower end of the valid range");
        r.expect(',', "',' between the ends of the valid range");
        p.maximum = r.number("the upper end of the valid range");
        r.expect(']', "']' closing the valid range");
    }
    if (r.acceptWord("typical")) {
        // Either end may be left empty: it then defaults to value -/+ 1 within the range.
        r.expect('[', "'[' opening the typical range");
        if (r.peek() != ',')
            p.typicalMinimum = r.number("the lower end of the typical range");
        r.expect(',', "',' between the ends of the typical range");
        if (r.peek() != ']')
            p.typicalMaximum = r.number("the upper end of the typical range");
        r.expect(']', "']' closing the typical range");
    }
    if (r.peek() == '"')
        p.description = r.description();
    reading.source.parameters.push_back(std::move(p));
}

void readEquation(LineReader& r, Reading& reading, const std::string& name, TimeKind form, SourceLocation at)
{
    const auto formText = [](TimeKind k, const std::string& n) {
        return k == TimeKind::Map ? n + "' = ..." : "d" + n + "/dt = ...";
    };
    if (reading.declaredKind && *reading.declaredKind != form) {
        const bool map = *reading.declaredKind == TimeKind::Map;
        throw EquationError("'" + formText(form, name) + "' is " + (map ? "a flow" : "a map") +
                                " equation, but this model is declared a " + (map ? "map" : "flow") +
                                ": write '" + formText(*reading.declaredKind, name) + "'",
                            at);
    }
    if (reading.formSeen && *reading.formSeen != form) {
        throw EquationError("mixed equation forms: '" + formText(form, name) + "' here but line " +
                                std::to_string(reading.formAt.line) + " has a " +
                                (*reading.formSeen == TimeKind::Map ? "map equation (x' = ...)"
                                                                    : "flow equation (dx/dt = ...)") +
                                "; use one form (and a 'map' or 'flow' line)",
                            at);
    }
    if (!reading.formSeen) {
        reading.formSeen = form;
        reading.formAt = at;
    }
    r.expect('=', "'=' after the equation's left side");
    reading.source.equations.push_back(r.rest(name));
}

void readStatement(LineReader& r, Reading& reading)
{
    const SourceLocation start = r.here();
    const std::string_view word = r.peekName();
    if (word.empty()) {
        r.fail(
            "expected a statement (map, flow, var, par, fun, aux, or an equation x' = ... or dx/dt = ...)" +
            r.found());
    }
    if (word == "map" || word == "flow") {
        r.name("");
        const TimeKind kind = word == "map" ? TimeKind::Map : TimeKind::Flow;
        if (reading.declaredKind)
            throw EquationError("the model's kind is given twice (first on line " +
                                    std::to_string(reading.kindAt.line) + ")",
                                start);
        if (reading.formSeen && *reading.formSeen != kind)
            throw EquationError(std::string("the model is declared a ") +
                                    (kind == TimeKind::Map ? "map" : "flow") + " but line " +
                                    std::to_string(reading.formAt.line) + " has a " +
                                    (kind == TimeKind::Map ? "flow equation" : "map equation"),
                                start);
        reading.declaredKind = kind;
        reading.kindAt = start;
        if (!r.atEnd())
            r.fail("expected the end of the line after '" + std::string(word) + "'" + r.found());
        return;
    }
    if (word == "var") {
        r.name("");
        do {
            VariableDef v;
            r.skipSpace();
            v.at = r.here();
            v.name = r.name("a variable name");
            if (r.accept('='))
                v.initial = r.number("the initial value of variable '" + v.name + "'");
            reading.source.variables.push_back(std::move(v));
        } while (r.accept(','));
    } else if (word == "par") {
        r.name("");
        do
            readParameter(r, reading);
        while (r.accept(','));
    } else if (word == "fun") {
        r.name("");
        FunctionDef f;
        f.name = r.name("a function name");
        r.expect('(', "'(' and the function's arguments");
        if (!r.accept(')')) {
            do
                f.arguments.push_back(r.name("an argument name"));
            while (r.accept(','));
            r.expect(')', "',' or ')' after an argument name");
        }
        r.expect('=', "'=' and the function's body");
        Definition body = r.rest(f.name);
        f.body = std::move(body.expression);
        f.at = body.at;
        reading.source.functions.push_back(std::move(f));
        return;
    } else if (word == "aux") {
        r.name("");
        const std::string name = r.name("the auxiliary definition's name");
        r.expect('=', "'=' and the auxiliary definition's expression");
        reading.source.auxiliary.push_back(r.rest(name));
        return;
    } else {
        const std::string name = r.name("");
        if (r.accept('\'')) {
            readEquation(r, reading, name, TimeKind::Map, start);
            return;
        }
        if (name.size() > 1 && name[0] == 'd' && r.peek() == '/') {
            r.accept('/');
            if (!r.acceptWord("dt"))
                r.fail("expected 'dt' in the flow equation d" + name.substr(1) + "/dt = ..." + r.found());
            readEquation(r, reading, name.substr(1), TimeKind::Flow, start);
            return;
        }
        throw EquationError("expected a statement (map, flow, var, par, fun, aux, or an equation " + name +
                                "' = ... or d" + name + "/dt = ...), found '" + name + "'",
                            start);
    }
    if (!r.atEnd())
        r.fail("expected ',' or the end of the line" + r.found());
}

std::string rangeText(double lo, double hi)
{
    return "[" + detail::formatNumber(lo) + ", " + detail::formatNumber(hi) + "]";
}

} // namespace

ModelSource parseModelText(std::string_view text)
{
    checkBytes(text);
    Reading reading;
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++number;
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        LineReader r(codeOfLine(line, number), number);
        if (!r.atEnd())
            readStatement(r, reading);
        start = end + 1;
    }
    ModelSource& source = reading.source;
    source.kind = reading.declaredKind.value_or(reading.formSeen.value_or(TimeKind::Map));
    // Equations in the variables' order; any for an unknown name stay behind for compileModel
    // to report.
    std::vector<Definition> ordered;
    std::vector<bool> used(source.equations.size(), false);
    for (const auto& v : source.variables) {
        for (std::size_t i = 0; i < source.equations.size(); ++i) {
            if (!used[i] && source.equations[i].name == v.name) {
                ordered.push_back(source.equations[i]);
                used[i] = true;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < source.equations.size(); ++i)
        if (!used[i])
            ordered.push_back(source.equations[i]);
    source.equations = std::move(ordered);
    // Every semantic rule (names, ranges, limits, cycles) lives in compileModel, so a study
    // file's definition and a text get the same checks.
    (void)compileModel(source);
    return source;
}

std::string formatModelText(const ModelSource& source)
{
    const bool map = source.kind == TimeKind::Map;
    std::string text = map ? "map\n" : "flow\n";
    for (const auto& v : source.variables)
        text += "var " + v.name + " = " + detail::formatNumber(v.initial) + "\n";
    for (const auto& p : source.parameters) {
        text += "par " + p.name + " = " + detail::formatNumber(p.value);
        // The default range goes without saying.
        if (p.minimum != ParameterDef{}.minimum || p.maximum != ParameterDef{}.maximum)
            text += " in " + rangeText(p.minimum, p.maximum);
        if (p.typicalMinimum || p.typicalMaximum) {
            text += " typical [" +
                    (p.typicalMinimum ? detail::formatNumber(*p.typicalMinimum) : std::string()) + ", " +
                    (p.typicalMaximum ? detail::formatNumber(*p.typicalMaximum) : std::string()) + "]";
        }
        if (!p.description.empty())
            text += " \"" + p.description + "\"";
        text += "\n";
    }
    for (const auto& f : source.functions) {
        text += "fun " + f.name + "(";
        for (std::size_t i = 0; i < f.arguments.size(); ++i)
            text += (i ? ", " : "") + f.arguments[i];
        text += ") = " + f.body + "\n";
    }
    for (const auto& a : source.auxiliary)
        text += "aux " + a.name + " = " + a.expression + "\n";
    std::vector<bool> used(source.equations.size(), false);
    const auto line = [&](const Definition& e) {
        text += (map ? e.name + "'" : "d" + e.name + "/dt") + " = " + e.expression + "\n";
    };
    for (const auto& v : source.variables) {
        for (std::size_t i = 0; i < source.equations.size(); ++i) {
            if (!used[i] && source.equations[i].name == v.name) {
                line(source.equations[i]);
                used[i] = true;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < source.equations.size(); ++i)
        if (!used[i])
            line(source.equations[i]);
    return text;
}

} // namespace nd::eq
