#include "equations/xpptranslate.h"

#include "common/errors.h"
#include "equations/modelsource.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace nd::eq::xpp {

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
        } else if (isDigit(c) ||
                   (c == '.' && i + 1 < s.size() && isDigit(static_cast<unsigned char>(s[i + 1])))) {
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
                return Failure{
                    ND_ENGINE_TEXT("the byte %1 (a control character or not ASCII) outside a comment"),
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

namespace {

// XPP's built-in functions and what they become; arity -1: any (checked by the language).
struct Builtin {
    const char* xpp;
    const char* ours;
    int arity;
};
constexpr Builtin kBuiltins[] = {
    {"exp", "exp", 1},     {"ln", "log", 1},      {"log", "log", 1},     {"log10", "log10", 1},
    {"sqrt", "sqrt", 1},   {"abs", "abs", 1},     {"fabs", "abs", 1},    {"sin", "sin", 1},
    {"cos", "cos", 1},     {"tan", "tan", 1},     {"asin", "asin", 1},   {"acos", "acos", 1},
    {"atan", "atan", 1},   {"arcsin", "asin", 1}, {"arccos", "acos", 1}, {"arctan", "atan", 1},
    {"sinh", "sinh", 1},   {"cosh", "cosh", 1},   {"tanh", "tanh", 1},   {"flr", "floor", 1},
    {"floor", "floor", 1}, {"ceil", "ceil", 1},   {"sign", "sign", 1},   {"heav", "heaviside", 1},
    {"atan2", "atan2", 2}, {"pow", "pow", 2},     {"max", "max", 2},     {"min", "min", 2},
    {"not", "not", 1},
};
// XPP functions with no counterpart (random numbers, delays, special functions).
constexpr const char* kUnsupportedFunctions[] = {
    "ran",     "normal",  "poisson", "gamma",    "lgamma", "erf",    "erfc",    "besselj", "bessely",
    "besseli", "besselk", "delay",   "del_shft", "shift",  "ishift", "hom_bcs", "sum",     "int",
};

const Builtin* builtin(const std::string& name)
{
    for (const Builtin& b : kBuiltins)
        if (name == b.xpp)
            return &b;
    return nullptr;
}

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
        // Two operands side by side ("a b", "2 x", "(a)(b)") are an error here: written next to
        // each other in the output they would read as one other name or number.
        bool afterOperand = false;
        // XPP's '!' negates the operand after it (with that operand's power, as unary minus
        // does): "!x*y" is (!x)*y. Our 'not' binds looser than '*', so each '!' opens
        // "(not " and the parentheses close after that operand.
        int openNots = 0;
        auto closeNots = [&](std::size_t last) {
            if (openNots > 0 && !isSym(t, last + 1, "^") && !isSym(t, last + 1, "**")) {
                out.append(static_cast<std::size_t>(openNots), ')');
                openNots = 0;
            }
        };
        for (std::size_t i = begin; i < end && !m_failure; ++i) {
            const Token& tok = t[i];
            const bool operand = tok.kind != Tok::Symbol || tok.text == "(";
            if (operand && afterOperand) {
                fail(ND_ENGINE_TEXT("two operands without an operator between them at '%1'"), {tok.text});
                break;
            }
            afterOperand = operand;
            if (tok.kind == Tok::Number) {
                out += tok.text;
                closeNots(i);
            } else if (tok.kind == Tok::Symbol) {
                if (tok.text == "(") {
                    const std::size_t close = closing(t, i, end);
                    if (close == end) {
                        fail(ND_ENGINE_TEXT("a '(' is not closed"));
                        break;
                    }
                    out += '(' + expression(t, i + 1, close, depth + 1) + ')';
                    i = close;
                    closeNots(i);
                } else if (tok.text == "**" || tok.text == "^") {
                    out += '^';
                } else if (tok.text == "&" || tok.text == "&&") {
                    out += " and ";
                } else if (tok.text == "|" || tok.text == "||") {
                    out += " or ";
                } else if (tok.text == "!") {
                    out += "(not ";
                    ++openNots;
                } else if (tok.text == "+" || tok.text == "-" || tok.text == "*" || tok.text == "/" ||
                           tok.text == "<" || tok.text == ">" || tok.text == "<=" || tok.text == ">=" ||
                           tok.text == "==" || tok.text == "!=") {
                    out += tok.text;
                } else {
                    fail(ND_ENGINE_TEXT("'%1' has no counterpart in an expression"), {tok.text});
                }
            } else if (tok.kind == Tok::Name) {
                i = name(t, i, end, depth, out);
                closeNots(i);
            }
        }
        // A '!' with no operand after it: the parentheses still close, and the language refuses
        // the missing operand with its own message.
        out.append(static_cast<std::size_t>(openNots), ')');
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
            else if (m_scope.dropped.count(n))
                fail(ND_ENGINE_TEXT("uses %1, which is not translated"), {n});
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
            // XPP's mod gives the remainder in [0, b) for b > 0 (not C's fmod, which takes the sign
            // of a): a - b floor(a/b). (For b <= 0 XPP has its own conventions; the models mod
            // appears in use a positive period.)
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
        } else if (m_scope.dropped.count(n)) {
            fail(ND_ENGINE_TEXT("uses %1, which is not translated"), {n});
        } else {
            fail(ND_ENGINE_TEXT("unknown function '%1'"), {n});
        }
        return close;
    }

    const Scope& m_scope;
    const std::set<std::string>* m_locals;
    std::optional<Failure> m_failure;
};

} // namespace

std::optional<Failure> translateExpression(const Scope& scope, const std::set<std::string>* locals,
                                           const std::vector<Token>& tokens, std::size_t begin,
                                           std::size_t end, std::string& out)
{
    return Translator(scope, locals).run(tokens, begin, end, out);
}

} // namespace nd::eq::xpp
