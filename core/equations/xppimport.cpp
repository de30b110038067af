// XPPAUT import: statements are read in one pass (XPP lets a name be used before it is
// declared), names declared in a second, expressions translated token by token in a third.
#include "equations/xppimport.h"

#include "equations/program.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace nd::eq {

namespace {

constexpr std::size_t kNoteTextBytes = 200;

// ASCII only, whatever the process's locale (the GUI sets the user's): a byte above 0x7F is
// never part of a name or number.
bool isAlpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool isAlnum(unsigned char c)
{
    return isAlpha(c) || isDigit(c);
}

enum class Tok { Name, Number, Symbol, End };

struct Token {
    Tok kind = Tok::End;
    std::string text;
};

// Why a statement could not be translated: a template and its arguments.
struct Failure {
    const char* reason;
    std::vector<std::string> args;
};

// Splits one logical line (comments removed, lower-cased) into tokens. Numbers keep XPP's
// spellings that the language does not read ("1." and "1.e3") only after rewriting them.
std::optional<Failure> tokenize(std::string_view s, std::vector<Token>& out)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
        } else if (isAlpha(c) || c == '_') {
            std::size_t j = i;
            while (j < s.size() && (isAlnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
                ++j;
            out.push_back({Tok::Name, std::string(s.substr(i, j - i))});
            i = j;
        } else if (isDigit(c) || (c == '.' && i + 1 < s.size() &&
                                        isDigit(static_cast<unsigned char>(s[i + 1])))) {
            std::string number;
            std::size_t j = i;
            while (j < s.size() && isDigit(static_cast<unsigned char>(s[j])))
                number += s[j++];
            if (j < s.size() && s[j] == '.') {
                number += s[j++];
                if (number.size() == 1)
                    number = "0.";
                if (j >= s.size() || !isDigit(static_cast<unsigned char>(s[j])))
                    number += '0';
                while (j < s.size() && isDigit(static_cast<unsigned char>(s[j])))
                    number += s[j++];
            }
            if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
                std::size_t k = j + 1;
                if (k < s.size() && (s[k] == '+' || s[k] == '-'))
                    ++k;
                if (k < s.size() && isDigit(static_cast<unsigned char>(s[k]))) {
                    number += 'e';
                    number.append(s.substr(j + 1, k - j - 1));
                    while (k < s.size() && isDigit(static_cast<unsigned char>(s[k])))
                        number += s[k++];
                    j = k;
                }
            }
            out.push_back({Tok::Number, number});
            i = j;
        } else {
            static const char* const twoChar[] = {"**", "<=", ">=", "==", "!=", "&&", "||"};
            std::string sym(1, static_cast<char>(c));
            for (const char* t : twoChar)
                if (s.substr(i, 2) == t)
                    sym = t;
            if (std::string_view("+-*/^()<>=!&|,'[]{}:;").find(sym[0]) == std::string_view::npos) {
                if (c >= 0x20 && c < 0x7f)
                    return Failure{ND_ENGINE_TEXT("the character '%1' has no counterpart"), {sym}};
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(c));
                return Failure{ND_ENGINE_TEXT("the byte %1 (a control character or not ASCII) outside a comment"),
                               {hex}};
            }
            out.push_back({Tok::Symbol, sym});
            i += sym.size();
        }
    }
    out.push_back({Tok::End, {}});
    return std::nullopt;
}

bool isSym(const std::vector<Token>& t, std::size_t i, std::string_view s)
{
    return i < t.size() && t[i].kind == Tok::Symbol && t[i].text == s;
}

// XPP's built-in functions and what they become; arity -1: any (checked by the language).
struct Builtin {
    const char* xpp;
    const char* ours;
    int arity;
};
constexpr Builtin kBuiltins[] = {
    {"exp", "exp", 1},     {"ln", "log", 1},        {"log", "log", 1},     {"log10", "log10", 1},
    {"sqrt", "sqrt", 1},   {"abs", "abs", 1},       {"fabs", "abs", 1},    {"sin", "sin", 1},
    {"cos", "cos", 1},     {"tan", "tan", 1},       {"asin", "asin", 1},   {"acos", "acos", 1},
    {"atan", "atan", 1},   {"arcsin", "asin", 1},   {"arccos", "acos", 1}, {"arctan", "atan", 1},
    {"sinh", "sinh", 1},   {"cosh", "cosh", 1},     {"tanh", "tanh", 1},   {"flr", "floor", 1},
    {"floor", "floor", 1}, {"ceil", "ceil", 1},     {"sign", "sign", 1},   {"heav", "heaviside", 1},
    {"atan2", "atan2", 2}, {"pow", "pow", 2},       {"max", "max", 2},     {"min", "min", 2},
    {"not", "not", 1},
};
// XPP functions with no counterpart (random numbers, delays, special functions).
constexpr const char* kUnsupportedFunctions[] = {
    "ran",   "normal",   "poisson", "gamma",  "lgamma", "erf",  "erfc",      "besselj", "bessely",
    "besseli", "besselk", "delay",  "del_shft", "shift", "ishift", "hom_bcs", "sum",    "int",
};

const Builtin* builtin(const std::string& name)
{
    for (const Builtin& b : kBuiltins)
        if (name == b.xpp)
            return &b;
    return nullptr;
}

std::string numberText(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// The names a statement may use and what they become in our language.
struct Scope {
    std::map<std::string, std::string> names;     // XPP name -> our name (vars, pars, aux)
    std::map<std::string, std::string> constants; // `number` -> its value's text
    std::map<std::string, std::pair<std::string, int>> functions; // -> (our name, arity)
};

class Translator {
public:
    Translator(const Scope& scope, const std::set<std::string>* locals) : m_scope(scope), m_locals(locals) {}

    // Translates tokens [begin, end) (an expression). Returns the failure, or sets `out`.
    std::optional<Failure> run(const std::vector<Token>& t, std::size_t begin, std::size_t end,
                               std::string& out)
    {
        m_failure.reset();
        out = expression(t, begin, end, 0);
        return m_failure;
    }

private:
    void fail(const char* reason, std::vector<std::string> args = {})
    {
        if (!m_failure)
            m_failure = Failure{reason, std::move(args)};
    }

    // The index of the ')' matching the '(' at i, or end.
    static std::size_t closing(const std::vector<Token>& t, std::size_t i, std::size_t end)
    {
        int depth = 0;
        for (std::size_t k = i; k < end; ++k) {
            if (isSym(t, k, "("))
                ++depth;
            else if (isSym(t, k, ")") && --depth == 0)
                return k;
        }
        return end;
    }

    // The comma-separated arguments of the call whose '(' is at open and ')' at close.
    std::vector<std::string> arguments(const std::vector<Token>& t, std::size_t open, std::size_t close,
                                       int depth)
    {
        std::vector<std::string> args;
        if (open + 1 == close)
            return args;
        std::size_t start = open + 1;
        int level = 0;
        for (std::size_t k = open + 1; k <= close; ++k) {
            if (isSym(t, k, "("))
                ++level;
            else if (isSym(t, k, ")") && k < close)
                --level;
            if (k == close || (level == 0 && isSym(t, k, ","))) {
                args.push_back(expression(t, start, k, depth + 1));
                start = k + 1;
            }
        }
        return args;
    }

    std::string expression(const std::vector<Token>& t, std::size_t begin, std::size_t end, int depth)
    {
        if (depth > kMaxNesting) {
            fail(ND_ENGINE_TEXT("nested more than %1 deep"), {std::to_string(kMaxNesting)});
            return {};
        }
        if (begin >= end) {
            fail(ND_ENGINE_TEXT("an expression is missing"));
            return {};
        }
        std::string out;
        for (std::size_t i = begin; i < end && !m_failure; ++i) {
            const Token& tok = t[i];
            if (tok.kind == Tok::Number) {
                out += tok.text;
            } else if (tok.kind == Tok::Symbol) {
                if (tok.text == "(") {
                    const std::size_t close = closing(t, i, end);
                    if (close == end) {
                        fail(ND_ENGINE_TEXT("a '(' is not closed"));
                        break;
                    }
                    out += '(' + expression(t, i + 1, close, depth + 1) + ')';
                    i = close;
                } else if (tok.text == "**" || tok.text == "^") {
                    out += '^';
                } else if (tok.text == "&" || tok.text == "&&") {
                    out += " and ";
                } else if (tok.text == "|" || tok.text == "||") {
                    out += " or ";
                } else if (tok.text == "!") {
                    out += " not ";
                } else if (tok.text == "+" || tok.text == "-" || tok.text == "*" || tok.text == "/" ||
                           tok.text == "<" || tok.text == ">" || tok.text == "<=" || tok.text == ">=" ||
                           tok.text == "==" || tok.text == "!=" || tok.text == ",") {
                    out += tok.text == "," ? ", " : tok.text;
                } else {
                    fail(ND_ENGINE_TEXT("'%1' has no counterpart in an expression"), {tok.text});
                }
            } else if (tok.kind == Tok::Name) {
                i = name(t, i, end, depth, out);
            }
        }
        return out;
    }

    // Translates the name at i (a call when followed by '('); returns the last index used.
    std::size_t name(const std::vector<Token>& t, std::size_t i, std::size_t end, int depth, std::string& out)
    {
        const std::string& n = t[i].text;
        if (!isSym(t, i + 1, "(")) {
            if (m_locals && m_locals->count(n))
                out += isReservedName(n) ? n + '_' : n;
            else if (auto c = m_scope.constants.find(n); c != m_scope.constants.end())
                out += '(' + c->second + ')';
            else if (auto v = m_scope.names.find(n); v != m_scope.names.end())
                out += v->second;
            else if (n == "pi")
                out += "pi";
            else if (n == "t")
                fail(ND_ENGINE_TEXT("the time t has no counterpart (typed models are autonomous)"));
            else
                fail(ND_ENGINE_TEXT("unknown name '%1'"), {n});
            return i;
        }
        const std::size_t open = i + 1;
        const std::size_t close = closing(t, open, end);
        if (close == end) {
            fail(ND_ENGINE_TEXT("a '(' is not closed"));
            return end;
        }
        if (n == "if") {
            // if(c)then(a)else(b)
            const std::size_t thenAt = close + 1;
            if (!(thenAt + 1 < end && t[thenAt].kind == Tok::Name && t[thenAt].text == "then" &&
                  isSym(t, thenAt + 1, "("))) {
                fail(ND_ENGINE_TEXT("if(...) is not followed by then(...)else(...)"));
                return end;
            }
            const std::size_t thenClose = closing(t, thenAt + 1, end);
            const std::size_t elseAt = thenClose + 1;
            if (thenClose == end || !(elseAt + 1 < end && t[elseAt].kind == Tok::Name &&
                                      t[elseAt].text == "else" && isSym(t, elseAt + 1, "("))) {
                fail(ND_ENGINE_TEXT("if(...) is not followed by then(...)else(...)"));
                return end;
            }
            const std::size_t elseClose = closing(t, elseAt + 1, end);
            if (elseClose == end) {
                fail(ND_ENGINE_TEXT("a '(' is not closed"));
                return end;
            }
            out += "if(" + expression(t, open + 1, close, depth + 1) + ", " +
                   expression(t, thenAt + 2, thenClose, depth + 1) + ", " +
                   expression(t, elseAt + 2, elseClose, depth + 1) + ')';
            return elseClose;
        }
        const std::vector<std::string> args = arguments(t, open, close, depth);
        if (m_failure)
            return close;
        auto checkArity = [&](int arity) {
            if (arity >= 0 && static_cast<int>(args.size()) != arity)
                fail(ND_ENGINE_TEXT("%1 takes %2 arguments, not %3"),
                     {n, std::to_string(arity), std::to_string(args.size())});
        };
        std::string joined;
        for (std::size_t k = 0; k < args.size(); ++k)
            joined += (k ? ", " : "") + args[k];
        if (n == "mod") {
            // XPP's mod(a, b) is a - b floor(a/b) (the sign of b), not C's fmod.
            checkArity(2);
            if (!m_failure)
                out += "((" + args[0] + ") - (" + args[1] + ")*floor((" + args[0] + ")/(" + args[1] + ")))";
        } else if (auto f = m_scope.functions.find(n); f != m_scope.functions.end()) {
            checkArity(f->second.second);
            out += f->second.first + '(' + joined + ')';
        } else if (const Builtin* b = builtin(n)) {
            checkArity(b->arity);
            out += std::string(b->ours) + (n == "not" ? " (" : "(") + joined + ')';
        } else if (std::find_if(std::begin(kUnsupportedFunctions), std::end(kUnsupportedFunctions),
                                [&](const char* u) { return n == u; }) != std::end(kUnsupportedFunctions)) {
            fail(ND_ENGINE_TEXT("XPP's function %1 has no counterpart"), {n});
        } else {
            fail(ND_ENGINE_TEXT("unknown function '%1'"), {n});
        }
        return close;
    }

    const Scope& m_scope;
    const std::set<std::string>* m_locals;
    std::optional<Failure> m_failure;
};

enum class Kind { Par, Init, Number, Aux, Derived, Fixed, Ode, MapEq, Function };

// One statement of the file, before translation.
struct Statement {
    Kind kind;
    int line;
    std::string text;
    std::string name;               // defined name (not for Par/Init/Number)
    std::vector<std::string> args;  // Function: argument names
    std::vector<Token> tokens;      // whole line
    std::size_t exprBegin = 0;      // expression tokens [exprBegin, tokens.size() - 1)
};

const char* const kParWords[] = {"par", "param", "parameter", "parameters", "p"};
const char* const kInitWords[] = {"init", "i"};
const char* const kNumberWords[] = {"number", "num", "n"};
const char* const kAuxWords[] = {"aux", "a"};
const char* const kUnsupportedWords[] = {
    "wiener", "w", "table", "tab", "global", "g", "bdry", "bndry", "b", "markov", "m", "set", "volt",
    "special", "export", "only", "options", "option", "o", "s",
};

template <std::size_t N> bool oneOf(const std::string& w, const char* const (&list)[N])
{
    return std::find_if(std::begin(list), std::end(list), [&](const char* s) { return w == s; }) !=
           std::end(list);
}

struct Reader {
    XppImport result;
    std::vector<Statement> statements;
    bool sawCapitals = false;
    int firstCapitalLine = 0;
    std::string firstCapitalText;

    void note(int line, const std::string& text, const char* reason, std::vector<std::string> args = {})
    {
        XppNote n;
        n.line = line;
        n.text = text.substr(0, kNoteTextBytes);
        n.reason = reason;
        n.args = std::move(args);
        result.notes.push_back(std::move(n));
    }
    void note(int line, const std::string& text, const Failure& f) { note(line, text, f.reason, f.args); }

    // `name = value, name = value ...` (commas or spaces between) after a keyword.
    std::vector<std::pair<std::string, double>> assignments(const Statement& s, std::size_t from,
                                                            std::optional<Failure>& failure)
    {
        std::vector<std::pair<std::string, double>> out;
        const std::vector<Token>& t = s.tokens;
        std::size_t i = from;
        while (t[i].kind != Tok::End) {
            if (isSym(t, i, ",")) {
                ++i;
                continue;
            }
            if (t[i].kind != Tok::Name || !isSym(t, i + 1, "=")) {
                failure = Failure{ND_ENGINE_TEXT("expected name=value at '%1'"), {t[i].text}};
                return out;
            }
            std::string name = t[i].text;
            i += 2;
            double sign = 1.0;
            while (isSym(t, i, "-") || isSym(t, i, "+"))
                sign *= t[i++].text == "-" ? -1.0 : 1.0;
            if (t[i].kind != Tok::Number) {
                failure = Failure{ND_ENGINE_TEXT("the value of %1 is not a number"), {name}};
                return out;
            }
            double v = 0.0;
            const std::string& num = t[i].text;
            const auto r = std::from_chars(num.data(), num.data() + num.size(), v);
            if (r.ec != std::errc() || !std::isfinite(v)) {
                failure = Failure{ND_ENGINE_TEXT("the value of %1 is not a finite number"), {name}};
                return out;
            }
            out.emplace_back(std::move(name), sign * v);
            ++i;
        }
        return out;
    }

    void readLine(int line, const std::string& raw, std::string_view code, bool& done);
};

void Reader::readLine(int line, const std::string& raw, std::string_view code, bool& done)
{
    std::string lower(code);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
            if (!sawCapitals) {
                sawCapitals = true;
                firstCapitalLine = line;
                firstCapitalText = raw;
            }
        }
    }
    const std::size_t first = lower.find_first_not_of(" \t\r\f\v");
    if (first == std::string::npos)
        return;
    if (lower[first] == '"')
        return; // XPP's notes on the model (shown in its Notes window): a comment here
    if (lower[first] == '@') {
        note(line, raw, ND_ENGINE_TEXT("an @ option (numerics, plotting) is ignored: set it in the study"));
        return;
    }
    // Statements XPP has and we do not, before their operands (tables, ...) meet the tokenizer.
    std::size_t wordEnd = first;
    while (wordEnd < lower.size() && (isAlnum(static_cast<unsigned char>(lower[wordEnd])) || lower[wordEnd] == '_'))
        ++wordEnd;
    const std::size_t next = lower.find_first_not_of(" \t", wordEnd);
    if (wordEnd > first && wordEnd < lower.size() && (lower[wordEnd] == ' ' || lower[wordEnd] == '\t') &&
        next != std::string::npos && std::string_view("=('/").find(lower[next]) == std::string_view::npos &&
        oneOf(lower.substr(first, wordEnd - first), kUnsupportedWords)) {
        note(line, raw, ND_ENGINE_TEXT("XPP's '%1' statement has no counterpart"), {lower.substr(first, wordEnd - first)});
        return;
    }
    Statement s;
    s.line = line;
    s.text = raw;
    if (lower[first] == '!') {
        s.kind = Kind::Derived;
        lower[first] = ' ';
    }
    if (auto f = tokenize(lower, s.tokens)) {
        note(line, raw, *f);
        return;
    }
    const std::vector<Token>& t = s.tokens;
    if (t[0].kind != Tok::Name) {
        note(line, raw, ND_ENGINE_TEXT("not an XPP statement this import understands"));
        return;
    }
    const std::string& w = t[0].text;
    if (s.kind == Kind::Derived) {
        if (!isSym(t, 1, "=")) {
            note(line, raw, ND_ENGINE_TEXT("expected !name=expression"));
            return;
        }
        s.name = w;
        s.exprBegin = 2;
        statements.push_back(std::move(s));
        return;
    }
    if (w == "done" && t[1].kind == Tok::End) {
        done = true;
        return;
    }
    const bool keyword = t[1].kind == Tok::Name;
    if (keyword && (oneOf(w, kParWords) || oneOf(w, kInitWords) || oneOf(w, kNumberWords))) {
        s.kind = oneOf(w, kParWords) ? Kind::Par : oneOf(w, kInitWords) ? Kind::Init : Kind::Number;
        s.exprBegin = 1;
        statements.push_back(std::move(s));
        return;
    }
    if (keyword && oneOf(w, kAuxWords)) {
        if (!(t[1].kind == Tok::Name && isSym(t, 2, "="))) {
            note(line, raw, ND_ENGINE_TEXT("expected aux name=expression"));
            return;
        }
        s.kind = Kind::Aux;
        s.name = t[1].text;
        s.exprBegin = 3;
        statements.push_back(std::move(s));
        return;
    }
    // dx/dt = ...
    if (w.size() > 1 && w[0] == 'd' && isSym(t, 1, "/") && t[2].kind == Tok::Name && t[2].text == "dt" &&
        isSym(t, 3, "=")) {
        s.kind = Kind::Ode;
        s.name = w.substr(1);
        s.exprBegin = 4;
        statements.push_back(std::move(s));
        return;
    }
    // x' = ...
    if (isSym(t, 1, "'") && isSym(t, 2, "=")) {
        s.kind = Kind::Ode;
        s.name = w;
        s.exprBegin = 3;
        statements.push_back(std::move(s));
        return;
    }
    if (isSym(t, 1, "=")) {
        s.kind = Kind::Fixed;
        s.name = w;
        s.exprBegin = 2;
        statements.push_back(std::move(s));
        return;
    }
    if (isSym(t, 1, "(")) {
        // x(t+1) = ..., x(0) = v, f(a, b) = ...
        if (t[2].kind == Tok::Name && t[2].text == "t" && isSym(t, 3, "+") && t[4].kind == Tok::Number &&
            t[4].text == "1" && isSym(t, 5, ")") && isSym(t, 6, "=")) {
            s.kind = Kind::MapEq;
            s.name = w;
            s.exprBegin = 7;
            statements.push_back(std::move(s));
            return;
        }
        if (t[2].kind == Tok::Number && isSym(t, 3, ")") && isSym(t, 4, "=")) {
            double v = 0.0;
            if (std::from_chars(t[2].text.data(), t[2].text.data() + t[2].text.size(), v).ec == std::errc() &&
                v == 0.0) {
                // Rewritten as `init x=value` so one code path reads initial values.
                s.kind = Kind::Init;
                std::vector<Token> rewritten{t[0], {Tok::Symbol, "="}};
                rewritten.insert(rewritten.end(), t.begin() + 5, t.end());
                s.tokens = std::move(rewritten);
                s.exprBegin = 0;
                statements.push_back(std::move(s));
                return;
            }
        }
        std::size_t i = 2;
        std::vector<std::string> args;
        while (t[i].kind == Tok::Name && (isSym(t, i + 1, ",") || isSym(t, i + 1, ")"))) {
            args.push_back(t[i].text);
            i += isSym(t, i + 1, ")") ? 1 : 2;
            if (isSym(t, i, ")"))
                break;
        }
        if (!args.empty() && isSym(t, i, ")") && isSym(t, i + 1, "=")) {
            s.kind = Kind::Function;
            s.name = w;
            s.args = std::move(args);
            s.exprBegin = i + 2;
            statements.push_back(std::move(s));
            return;
        }
        note(line, raw, ND_ENGINE_TEXT("not an XPP statement this import understands"));
        return;
    }
    if (isSym(t, 1, "[")) {
        note(line, raw, ND_ENGINE_TEXT("XPP arrays (name[i..j]) have no counterpart"));
        return;
    }
    note(line, raw, ND_ENGINE_TEXT("not an XPP statement this import understands"));
}

void sortNotes(std::vector<XppNote>& notes);
void finish(Reader& r);

} // namespace

std::string XppNote::reasonText() const
{
    return fillMessage(reason, args);
}

XppImport importXppText(std::string_view text)
{
    if (text.size() > kMaxSourceBytes)
        throw EquationError(fillMessage(ND_ENGINE_TEXT("the file has %1 bytes, more than the limit of %2"),
                                        {std::to_string(text.size()), std::to_string(kMaxSourceBytes)}),
                            {});
    Reader r;
    // Pass 1: logical lines (a trailing backslash continues a line) to statements.
    bool done = false;
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos < text.size() && !done) {
        std::string raw, code;
        const int startLine = lineNo + 1;
        bool more = true;
        while (more && pos < text.size()) {
            std::size_t eol = text.find('\n', pos);
            if (eol == std::string_view::npos)
                eol = text.size();
            std::string_view part = text.substr(pos, eol - pos);
            pos = eol + 1;
            ++lineNo;
            if (!part.empty() && part.back() == '\r')
                part.remove_suffix(1);
            raw += std::string(part);
            std::string_view c = part.substr(0, part.find('#'));
            more = !c.empty() && c.find_last_not_of(" \t") != std::string_view::npos &&
                   c[c.find_last_not_of(" \t")] == '\\';
            if (more) {
                c = c.substr(0, c.find_last_not_of(" \t"));
                raw += ' ';
            }
            code += std::string(c) + ' ';
        }
        r.readLine(startLine, raw, code, done);
    }
    try {
        finish(r);
    } catch (const EquationError& e) {
        sortNotes(r.result.notes);
        throw XppImportError(e, std::move(r.result.notes));
    }
    return std::move(r.result);
}

namespace {

void sortNotes(std::vector<XppNote>& notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const XppNote& a, const XppNote& b) { return a.line < b.line; });
}

// Passes 2 and 3 over the statements pass 1 read.
void finish(Reader& r)
{
    ModelSource& src = r.result.source;

    // Pass 2: declare names. Equations first: they decide the kind and the variables.
    std::set<std::string> taken;
    std::optional<Kind> equationKind;
    std::vector<const Statement*> equations;
    for (const Statement& s : r.statements) {
        if (s.kind != Kind::Ode && s.kind != Kind::MapEq)
            continue;
        if (!equationKind)
            equationKind = s.kind;
        if (s.kind != *equationKind) {
            r.note(s.line, s.text,
                   *equationKind == Kind::MapEq
                       ? ND_ENGINE_TEXT("an ODE in a file of maps (x(t+1)=): a model is one or the other")
                       : ND_ENGINE_TEXT("a map equation in a file of ODEs: a model is one or the other"));
            continue;
        }
        if (!taken.insert(s.name).second) {
            r.note(s.line, s.text, ND_ENGINE_TEXT("a second equation for %1"), {s.name});
            continue;
        }
        equations.push_back(&s);
    }
    if (equations.empty())
        throw EquationError(ND_ENGINE_TEXT("no equation (x(t+1)=, dx/dt= or x'=) could be read"), {});
    src.kind = *equationKind == Kind::MapEq ? TimeKind::Map : TimeKind::Flow;

    Scope scope;
    std::vector<std::pair<const Statement*, std::pair<std::string, std::string>>> renamed;
    auto ours = [&](const std::string& n, const Statement& s) {
        if (!isReservedName(n))
            return n;
        std::string m = n + '_';
        while (taken.count(m))
            m += '_';
        renamed.push_back({&s, {n, m}});
        return m;
    };
    for (const Statement* s : equations) {
        scope.names[s->name] = ours(s->name, *s);
        src.variables.push_back({scope.names[s->name], 0.0, {s->line, 1}});
    }
    std::map<std::string, std::size_t> variableIndex;
    for (std::size_t k = 0; k < equations.size(); ++k)
        variableIndex[equations[k]->name] = k;

    for (const Statement& s : r.statements) {
        if (s.kind != Kind::Par && s.kind != Kind::Init && s.kind != Kind::Number)
            continue;
        std::optional<Failure> failure;
        const auto values = r.assignments(s, s.exprBegin, failure);
        for (const auto& [name, value] : values) {
            if (s.kind == Kind::Init) {
                auto v = variableIndex.find(name);
                if (v == variableIndex.end())
                    r.note(s.line, s.text, ND_ENGINE_TEXT("an initial value for %1, which has no equation"),
                           {name});
                else
                    src.variables[v->second].initial = value;
                continue;
            }
            if (!taken.insert(name).second) {
                r.note(s.line, s.text, ND_ENGINE_TEXT("%1 is defined twice"), {name});
                continue;
            }
            if (s.kind == Kind::Number) {
                scope.constants[name] = numberText(value);
                continue;
            }
            ParameterDef p;
            p.name = ours(name, s);
            p.value = value;
            p.minimum = std::min(-1e6, value);
            p.maximum = std::max(1e6, value);
            p.at = {s.line, 1};
            scope.names[name] = p.name;
            src.parameters.push_back(std::move(p));
        }
        if (failure)
            r.note(s.line, s.text, *failure);
    }
    std::vector<const Statement*> definitions; // aux, derived, fixed, functions
    for (const Statement& s : r.statements) {
        if (s.kind != Kind::Aux && s.kind != Kind::Derived && s.kind != Kind::Fixed && s.kind != Kind::Function)
            continue;
        if (!taken.insert(s.name).second) {
            r.note(s.line, s.text, ND_ENGINE_TEXT("%1 is defined twice"), {s.name});
            continue;
        }
        const std::string name = ours(s.name, s);
        if (s.kind == Kind::Function)
            scope.functions[s.name] = {name, static_cast<int>(s.args.size())};
        else
            scope.names[s.name] = name;
        definitions.push_back(&s);
    }

    // Pass 3: translate. A definition that fails takes its name out of scope, so whatever uses
    // it fails too (and says why); repeated until nothing more fails.
    std::map<const Statement*, std::string> translated;
    for (bool changed = true; changed;) {
        changed = false;
        for (const Statement* s : definitions) {
            if (translated.count(s) && translated[s].empty())
                continue; // failed before
            std::set<std::string> locals(s->args.begin(), s->args.end());
            Translator tr(scope, s->kind == Kind::Function ? &locals : nullptr);
            std::string expr;
            if (auto f = tr.run(s->tokens, s->exprBegin, s->tokens.size() - 1, expr)) {
                r.note(s->line, s->text, *f);
                translated[s] = {};
                if (s->kind == Kind::Function)
                    scope.functions.erase(s->name);
                else
                    scope.names.erase(s->name);
                changed = true;
            } else {
                translated[s] = expr;
            }
        }
    }
    for (const Statement* s : definitions) {
        const std::string& expr = translated[s];
        if (expr.empty())
            continue;
        const SourceLocation at{s->line, 1};
        if (s->kind == Kind::Function) {
            std::vector<std::string> args;
            for (const std::string& a : s->args)
                args.push_back(isReservedName(a) ? a + '_' : a);
            src.functions.push_back({scope.functions[s->name].first, args, expr, at});
        } else {
            src.auxiliary.push_back({scope.names[s->name], expr, at});
        }
    }
    for (const Statement* s : equations) {
        std::string expr;
        Translator tr(scope, nullptr);
        if (auto f = tr.run(s->tokens, s->exprBegin, s->tokens.size() - 1, expr))
            throw EquationError(fillMessage(ND_ENGINE_TEXT("the equation of %1 could not be translated: %2"),
                                            {s->name, fillMessage(f->reason, f->args)}),
                                {s->line, 1});
        src.equations.push_back({scope.names[s->name], expr, {s->line, 1}});
    }
    for (const auto& [s, names] : renamed)
        r.note(s->line, s->text, ND_ENGINE_TEXT("%1 is a reserved name in NeuroDyn's model language: renamed %2"),
               {names.first, names.second});
    if (r.sawCapitals)
        r.note(r.firstCapitalLine, r.firstCapitalText,
               ND_ENGINE_TEXT("names lower-cased: XPPAUT ignores case, NeuroDyn's model language does not"));
    sortNotes(r.result.notes);
    compileModel(src); // every rule of the language, so the caller gets a model that compiles
}

} // namespace

} // namespace nd::eq
