// XPPAUT import: statements are read in one pass (XPP lets a name be used before it is
// declared), names declared in a second, expressions translated token by token in a third.
#include "equations/xppimport.h"

#include "equations/program.h"
#include "equations/xpptranslate.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace nd::eq {

namespace {

using namespace xpp;

constexpr std::size_t kNoteTextBytes = 200;

std::string numberText(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Unread: not classified yet (every statement starts so; a `!` line becomes Derived at once).
enum class Kind { Unread, Par, Init, Number, Aux, Derived, Fixed, Ode, MapEq, Function };

// One statement of the file, before translation.
struct Statement {
    Kind kind = Kind::Unread;
    int line = 0;
    std::string text;
    std::string name;              // defined name (not for Par/Init/Number)
    std::vector<std::string> args; // Function: argument names
    std::vector<Token> tokens;     // whole line
    std::size_t exprBegin = 0;     // expression tokens [exprBegin, tokens.size() - 1)
};

const char* const kParWords[] = {"par", "param", "parameter", "parameters", "p"};
const char* const kInitWords[] = {"init", "i"};
const char* const kNumberWords[] = {"number", "num", "n"};
const char* const kAuxWords[] = {"aux", "a"};
const char* const kUnsupportedWords[] = {
    "wiener", "w",   "table", "tab",     "global", "g",    "bdry",    "bndry",  "b", "markov",
    "m",      "set", "volt",  "special", "export", "only", "options", "option", "o", "s",
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
    bool capitals = false;
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
            capitals = true;
        }
    }
    // Only a statement that is read names a variable, parameter or function whose case changed
    // (an @ option's capitals are nothing to tell).
    auto keep = [&](Statement&& s) {
        if (capitals && !sawCapitals) {
            sawCapitals = true;
            firstCapitalLine = line;
            firstCapitalText = raw;
        }
        statements.push_back(std::move(s));
    };
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
    while (wordEnd < lower.size() &&
           (isAlnum(static_cast<unsigned char>(lower[wordEnd])) || lower[wordEnd] == '_'))
        ++wordEnd;
    const std::size_t next = lower.find_first_not_of(" \t", wordEnd);
    if (wordEnd > first && wordEnd < lower.size() && (lower[wordEnd] == ' ' || lower[wordEnd] == '\t') &&
        next != std::string::npos && std::string_view("=('/").find(lower[next]) == std::string_view::npos &&
        oneOf(lower.substr(first, wordEnd - first), kUnsupportedWords)) {
        note(line, raw, ND_ENGINE_TEXT("XPP's '%1' statement has no counterpart"),
             {lower.substr(first, wordEnd - first)});
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
        keep(std::move(s));
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
        keep(std::move(s));
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
        keep(std::move(s));
        return;
    }
    // dx/dt = ...
    if (w.size() > 1 && w[0] == 'd' && isSym(t, 1, "/") && t[2].kind == Tok::Name && t[2].text == "dt" &&
        isSym(t, 3, "=")) {
        s.kind = Kind::Ode;
        s.name = w.substr(1);
        s.exprBegin = 4;
        keep(std::move(s));
        return;
    }
    // x' = ...
    if (isSym(t, 1, "'") && isSym(t, 2, "=")) {
        s.kind = Kind::Ode;
        s.name = w;
        s.exprBegin = 3;
        keep(std::move(s));
        return;
    }
    if (isSym(t, 1, "=")) {
        s.kind = Kind::Fixed;
        s.name = w;
        s.exprBegin = 2;
        keep(std::move(s));
        return;
    }
    if (isSym(t, 1, "(")) {
        // x(t+1) = ..., x(0) = v, f(a, b) = ...
        if (t[2].kind == Tok::Name && t[2].text == "t" && isSym(t, 3, "+") && t[4].kind == Tok::Number &&
            t[4].text == "1" && isSym(t, 5, ")") && isSym(t, 6, "=")) {
            s.kind = Kind::MapEq;
            s.name = w;
            s.exprBegin = 7;
            keep(std::move(s));
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
                keep(std::move(s));
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
            keep(std::move(s));
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
    std::stable_sort(notes.begin(), notes.end(),
                     [](const XppNote& a, const XppNote& b) { return a.line < b.line; });
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
            // XPP has no ranges. The language's default slider range, value +- 1, would hide a
            // small parameter (Rulkov's mu = 0.001) in one step: 0 to twice the value instead
            // (the scale the file's author chose), -1 to 1 for a zero.
            const double reach = value == 0.0 ? 1.0 : std::abs(value);
            p.typicalMinimum = std::max(p.minimum, value - reach);
            p.typicalMaximum = std::min(p.maximum, value + reach);
            p.at = {s.line, 1};
            scope.names[name] = p.name;
            src.parameters.push_back(std::move(p));
        }
        if (failure)
            r.note(s.line, s.text, *failure);
    }
    std::vector<const Statement*> definitions; // aux, derived, fixed, functions
    for (const Statement& s : r.statements) {
        if (s.kind != Kind::Aux && s.kind != Kind::Derived && s.kind != Kind::Fixed &&
            s.kind != Kind::Function)
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
    // it fails too (and says why): its users are translated again (each name's users are found
    // once, so a long chain of failures stays linear in the file's size).
    std::map<std::string, std::vector<const Statement*>> users; // XPP name -> definitions using it
    for (const Statement* s : definitions)
        for (std::size_t i = s->exprBegin; i + 1 < s->tokens.size(); ++i)
            if (s->tokens[i].kind == Tok::Name) {
                auto& list = users[s->tokens[i].text];
                if (list.empty() || list.back() != s)
                    list.push_back(s);
            }
    std::map<const Statement*, std::string> translated;
    std::set<const Statement*> failed;
    std::vector<const Statement*> work(definitions.rbegin(), definitions.rend());
    while (!work.empty()) {
        const Statement* s = work.back();
        work.pop_back();
        if (failed.count(s))
            continue;
        std::set<std::string> locals(s->args.begin(), s->args.end());
        std::string expr;
        if (auto f = translateExpression(scope, s->kind == Kind::Function ? &locals : nullptr, s->tokens,
                                         s->exprBegin, s->tokens.size() - 1, expr)) {
            r.note(s->line, s->text, *f);
            failed.insert(s);
            translated.erase(s);
            if (s->kind == Kind::Function)
                scope.functions.erase(s->name);
            else
                scope.names.erase(s->name);
            scope.dropped.insert(s->name);
            for (const Statement* u : users[s->name])
                if (!failed.count(u))
                    work.push_back(u);
        } else {
            translated[s] = expr;
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
        if (auto f = translateExpression(scope, nullptr, s->tokens, s->exprBegin, s->tokens.size() - 1, expr))
            throw EquationError(fillMessage(ND_ENGINE_TEXT("the equation of %1 could not be translated: %2"),
                                            {s->name, fillMessage(f->reason, f->args)}),
                                {s->line, 1});
        src.equations.push_back({scope.names[s->name], expr, {s->line, 1}});
    }
    for (const auto& [s, names] : renamed)
        r.note(s->line, s->text,
               ND_ENGINE_TEXT("%1 is a reserved name in NeuroDyn's model language: renamed %2"),
               {names.first, names.second});
    if (r.sawCapitals)
        r.note(r.firstCapitalLine, r.firstCapitalText,
               ND_ENGINE_TEXT("names lower-cased: XPPAUT ignores case, NeuroDyn's model language does not"));
    sortNotes(r.result.notes);
    compileModel(src); // every rule of the language, so the caller gets a model that compiles
}

} // namespace

} // namespace nd::eq
