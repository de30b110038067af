// Typed models (issue 18): compileModel (validation, expression parsing straight into a
// hash-consed graph, inlining, constant folding, symbolic derivatives, straight-line Programs)
// and the interpreter. Nothing here recurses on the size of a model: expressions are parsed
// recursively only to their nesting depth (bounded by kMaxNesting, also through function
// calls), and every pass over the graph walks it in index order, which is topological.
// Pure functions; any thread.
#include "equations/program.h"

#include "equations/opeval.h"
#include "equations/syntax.h"

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <numbers>
#include <unordered_map>

namespace nd::eq {

const char* opName(Op op)
{
    switch (op) {
    case Op::Constant:
        return "constant";
    case Op::Variable:
        return "variable";
    case Op::Parameter:
        return "parameter";
    case Op::Neg:
        return "-";
    case Op::Not:
        return "not";
    case Op::Exp:
        return "exp";
    case Op::Log:
        return "log";
    case Op::Log10:
        return "log10";
    case Op::Sqrt:
        return "sqrt";
    case Op::Abs:
        return "abs";
    case Op::Sin:
        return "sin";
    case Op::Cos:
        return "cos";
    case Op::Tan:
        return "tan";
    case Op::Asin:
        return "asin";
    case Op::Acos:
        return "acos";
    case Op::Atan:
        return "atan";
    case Op::Sinh:
        return "sinh";
    case Op::Cosh:
        return "cosh";
    case Op::Tanh:
        return "tanh";
    case Op::Floor:
        return "floor";
    case Op::Ceil:
        return "ceil";
    case Op::Sign:
        return "sign";
    case Op::Heaviside:
        return "heaviside";
    case Op::Add:
        return "+";
    case Op::Sub:
        return "-";
    case Op::Mul:
        return "*";
    case Op::Div:
        return "/";
    case Op::Pow:
        return "^";
    case Op::Atan2:
        return "atan2";
    case Op::Min:
        return "min";
    case Op::Max:
        return "max";
    case Op::Less:
        return "<";
    case Op::LessEqual:
        return "<=";
    case Op::Greater:
        return ">";
    case Op::GreaterEqual:
        return ">=";
    case Op::Equal:
        return "==";
    case Op::NotEqual:
        return "!=";
    case Op::And:
        return "and";
    case Op::Or:
        return "or";
    case Op::Select:
        return "if";
    }
    return "?";
}

namespace {

using detail::applyBinary;
using detail::applySelect;
using detail::applyUnary;
using detail::isBinary;
using detail::isUnary;

// Parsing work (tokens read, counting every inlined copy of a function body) allowed for one
// model: bounds the time a text of nested function calls can cost before its graph, which
// hash-consing keeps small, would reach kMaxProgramLength.
constexpr long long kMaxParseWork = 2LL * kMaxProgramLength;

std::uint64_t bitsOf(double v)
{
    std::uint64_t b = 0;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

struct NodeKey {
    Op op;
    std::int32_t a, b, c, index;
    std::uint64_t value; // bits, so -0 and 0 and every NaN stay apart
    bool operator==(const NodeKey&) const = default;
};

struct NodeKeyHash {
    // splitmix64's finaliser over each field: every input bit reaches every output bit.
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t operator()(const NodeKey& k) const
    {
        std::uint64_t h = mix(static_cast<std::uint64_t>(k.op) << 32 | static_cast<std::uint32_t>(k.index));
        h = mix(h ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.a)) << 32 |
                     static_cast<std::uint32_t>(k.b)));
        h = mix(h ^ static_cast<std::uint32_t>(k.c));
        h = mix(h ^ k.value);
        return static_cast<std::size_t>(h);
    }
};

// Where the definition being compiled is, for errors raised deep inside (limits).
struct Place {
    SourceLocation at;
    std::string field;
};

[[noreturn]] void fail(const std::string& message, const Place& place)
{
    throw EquationError(message, place.at, place.field);
}

// The expression graph: every node once (hash-consing), operands before users.
class Graph {
public:
    explicit Graph(const Place* place) : m_place(place) {}

    const std::vector<Instruction>& nodes() const { return m_nodes; }
    const Instruction& node(int i) const { return m_nodes[static_cast<std::size_t>(i)]; }
    bool isConstant(int i, double v) const
    {
        const Instruction& n = node(i);
        return n.op == Op::Constant && bitsOf(n.value) == bitsOf(v);
    }

    int constant(double v) { return add({Op::Constant, -1, -1, -1, -1, v}); }
    int variable(int i) { return add({Op::Variable, -1, -1, -1, i, 0.0}); }
    int parameter(int i) { return add({Op::Parameter, -1, -1, -1, i, 0.0}); }
    int unary(Op op, int a) { return add({op, a, -1, -1, -1, 0.0}); }
    int binary(Op op, int a, int b)
    {
        // u^2 is u*u and u^1 is u: what C++ compilers make of pow(u, 2.0) and pow(u, 1.0) too (both
        // exact, while a library pow may be off by an ulp), so the interpreter, the compiled
        // backend and a built-in model's x*x agree to the last bit.
        if (op == Op::Pow && isConstant(b, 2.0))
            return add({Op::Mul, a, a, -1, -1, 0.0});
        if (op == Op::Pow && isConstant(b, 1.0))
            return a;
        return add({op, a, b, -1, -1, 0.0});
    }
    int select(int c, int a, int b) { return add({Op::Select, c, a, b, -1, 0.0}); }

private:
    int add(Instruction in)
    {
        // Constant folding, only when every operand is a constant and with the interpreter's own
        // functions, so the folded value is exactly what evaluation would give.
        const auto isConst = [this](int i) { return node(i).op == Op::Constant; };
        if (isUnary(in.op) && isConst(in.a))
            in = {Op::Constant, -1, -1, -1, -1, applyUnary(in.op, node(in.a).value)};
        else if (isBinary(in.op) && isConst(in.a) && isConst(in.b))
            in = {Op::Constant, -1, -1, -1, -1, applyBinary(in.op, node(in.a).value, node(in.b).value)};
        else if (in.op == Op::Select && isConst(in.a) && isConst(in.b) && isConst(in.c))
            in = {Op::Constant, -1, -1,
                  -1,           -1, applySelect(node(in.a).value, node(in.b).value, node(in.c).value)};
        const NodeKey key{in.op, in.a, in.b, in.c, in.index, bitsOf(in.value)};
        const auto it = m_index.find(key);
        if (it != m_index.end())
            return it->second;
        if (m_nodes.size() >= static_cast<std::size_t>(kMaxProgramLength)) {
            fail("the model is too large: more than " + std::to_string(kMaxProgramLength) +
                     " instructions after inlining and differentiation",
                 *m_place);
        }
        const int id = static_cast<int>(m_nodes.size());
        m_nodes.push_back(in);
        m_index.emplace(key, id);
        return id;
    }

    const Place* m_place;
    std::vector<Instruction> m_nodes;
    std::unordered_map<NodeKey, int, NodeKeyHash> m_index;
};

// ---------------------------------------------------------------------------------------------
// Tokens of an expression.

struct Token {
    enum Kind { End, Number, Name, Symbol } kind = End;
    std::size_t pos = 0;
    std::size_t length = 0;
    double value = 0.0;
};

class Lexer {
public:
    Lexer(std::string_view text, const Place& place) : m_text(text), m_place(place) {}

    std::string_view text(const Token& t) const { return m_text.substr(t.pos, t.length); }
    SourceLocation locationOf(std::size_t pos) const { return detail::offsetLocation(m_place.at, pos); }
    [[noreturn]] void failAt(std::size_t pos, const std::string& message) const
    {
        throw EquationError(message, locationOf(pos), m_place.field);
    }

    Token next()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
            ++m_pos;
        Token t;
        t.pos = m_pos;
        if (m_pos >= m_text.size())
            return t;
        const char c = m_text[m_pos];
        const auto digit = [this](std::size_t i) {
            return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9';
        };
        if (digit(m_pos) || (c == '.' && digit(m_pos + 1))) {
            std::size_t e = m_pos;
            while (digit(e) || (e < m_text.size() && m_text[e] == '.'))
                ++e;
            if (e < m_text.size() && (m_text[e] == 'e' || m_text[e] == 'E')) {
                ++e;
                if (e < m_text.size() && (m_text[e] == '+' || m_text[e] == '-'))
                    ++e;
                while (digit(e))
                    ++e;
            }
            t.kind = Token::Number;
            t.length = e - m_pos;
            if (!detail::readNumber(m_text.substr(m_pos, t.length), t.value))
                failAt(m_pos, "'" + std::string(m_text.substr(m_pos, t.length)) +
                                  "' is not a valid number or is out of range");
            if (e < m_text.size() && detail::isNameChar(m_text[e]))
                failAt(e, "expected an operator after the number '" + std::string(text(t)) + "'");
            m_pos = e;
            return t;
        }
        if (detail::isNameStart(c)) {
            std::size_t e = m_pos;
            while (e < m_text.size() && detail::isNameChar(m_text[e]))
                ++e;
            t.kind = Token::Name;
            t.length = e - m_pos;
            m_pos = e;
            return t;
        }
        t.kind = Token::Symbol;
        const char n = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
        if ((c == '<' || c == '>' || c == '=' || c == '!') && n == '=') {
            t.length = 2;
        } else if (std::strchr("+-*/^(),<>", c) != nullptr) {
            t.length = 1;
        } else if (c == '=') {
            failAt(m_pos, "unexpected '=': write '==' to compare");
        } else if (c == '!') {
            failAt(m_pos, "unexpected '!': write 'not' or '!='");
        } else if (c == '\n' || c == '\r') {
            failAt(m_pos, "an expression must fit on one line");
        } else {
            failAt(m_pos, "unexpected character " + detail::describeByte(static_cast<unsigned char>(c)) +
                              " in an expression");
        }
        m_pos += t.length;
        return t;
    }

private:
    std::string_view m_text;
    const Place& m_place;
    std::size_t m_pos = 0;
};

// ---------------------------------------------------------------------------------------------
// The compiler's state: the model's names and the graph the expressions are parsed into.

struct Scope {
    const std::vector<std::pair<std::string_view, int>>* arguments = nullptr; // function body: name -> node
    bool stateVisible = true; // variables and aux (not inside function bodies)
    bool inlineCalls = true;  // false while checking a body alone: calls of user functions are
                              // checked (name, arity) but not expanded, their bodies are checked
                              // on their own, so checking costs the text's size, not its expansion
};

struct Compiler {
    const ModelSource& source;
    Place place;
    Graph graph{&place};
    std::map<std::string, int, std::less<>> variables, parameters, functions, auxIndex;
    std::vector<int> auxNode;                  // per aux (source order): its node, -1 until compiled
    std::vector<Place> functionPlace;          // per function: where its body is
    std::vector<const FunctionDef*> expanding; // functions being inlined (recursion guard)
    // A call's result by function and argument nodes: a function is pure (its body sees only
    // its arguments, parameters and constants), so a repeated call is the node the first made.
    std::map<std::vector<int>, int> calls;
    long long work = 0;

    explicit Compiler(const ModelSource& s) : source(s) {}
};

std::string namesInScope(const Compiler& c, const Scope& scope)
{
    std::vector<std::string> names;
    if (scope.arguments)
        for (const auto& a : *scope.arguments)
            names.emplace_back(a.first);
    if (scope.stateVisible) {
        for (const auto& v : c.source.variables)
            names.push_back(v.name);
    }
    for (const auto& p : c.source.parameters)
        names.push_back(p.name);
    if (scope.stateVisible)
        for (const auto& a : c.source.auxiliary)
            names.push_back(a.name);
    names.push_back("pi");
    constexpr std::size_t kShown = 40;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
        text += (i ? ", " : "") + names[i];
    if (names.size() > kShown)
        text += ", ... (" + std::to_string(names.size() - kShown) + " more)";
    return text;
}

class Parser {
public:
    Parser(Compiler& c, const Scope& scope, std::string_view text, const Place& place, int depth)
        : m_c(c), m_scope(scope), m_lex(text, place), m_depth(depth)
    {
        advance();
    }

    int parseAll()
    {
        const int result = orExpr();
        if (m_tok.kind != Token::End) {
            m_lex.failAt(m_tok.pos, std::string(isSymbol(")") ? "unbalanced ')'" : "expected an operator") +
                                        " or the end of the expression, found " + describe());
        }
        return result;
    }

private:
    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser)
        {
            if (++p.m_depth > kMaxNesting) {
                p.m_lex.failAt(p.m_tok.pos, "the expression is nested too deeply (more than " +
                                                std::to_string(kMaxNesting) +
                                                " levels of parentheses, operators and function calls)");
            }
        }
        ~DepthGuard() { --p.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
    };

    void advance()
    {
        if (++m_c.work > kMaxParseWork)
            m_lex.failAt(m_tok.pos, "the model is too large after inlining its functions (more than " +
                                        std::to_string(kMaxParseWork) + " tokens)");
        m_tok = m_lex.next();
    }
    bool isSymbol(std::string_view s) const { return m_tok.kind == Token::Symbol && m_lex.text(m_tok) == s; }
    bool isWord(std::string_view s) const { return m_tok.kind == Token::Name && m_lex.text(m_tok) == s; }
    std::string describe() const
    {
        switch (m_tok.kind) {
        case Token::End:
            return "the end of the expression";
        case Token::Number:
            return "the number " + std::string(m_lex.text(m_tok));
        case Token::Name:
            return "'" + std::string(m_lex.text(m_tok)) + "'";
        case Token::Symbol:
            return "'" + std::string(m_lex.text(m_tok)) + "'";
        }
        return {};
    }
    void expectSymbol(std::string_view s, const std::string& what)
    {
        if (!isSymbol(s))
            m_lex.failAt(m_tok.pos, "expected " + what + ", found " + describe());
        advance();
    }

    int orExpr()
    {
        int left = andExpr();
        while (isWord("or")) {
            advance();
            left = m_c.graph.binary(Op::Or, left, andExpr());
        }
        return left;
    }
    int andExpr()
    {
        int left = notExpr();
        while (isWord("and")) {
            advance();
            left = m_c.graph.binary(Op::And, left, notExpr());
        }
        return left;
    }
    int notExpr()
    {
        if (isWord("not")) {
            DepthGuard guard(*this);
            advance();
            return m_c.graph.unary(Op::Not, notExpr());
        }
        return comparison();
    }
    int comparison()
    {
        const int left = sum();
        static constexpr std::pair<std::string_view, Op> kCompare[] = {
            {"<", Op::Less},          {"<=", Op::LessEqual}, {">", Op::Greater},
            {">=", Op::GreaterEqual}, {"==", Op::Equal},     {"!=", Op::NotEqual}};
        for (const auto& [text, op] : kCompare) {
            if (isSymbol(text)) {
                advance();
                const int right = sum();
                for (const auto& other : kCompare)
                    if (isSymbol(other.first))
                        m_lex.failAt(m_tok.pos, "comparisons do not chain: write 'a < b and b < c'");
                return m_c.graph.binary(op, left, right);
            }
        }
        return left;
    }
    int sum()
    {
        int left = product();
        while (isSymbol("+") || isSymbol("-")) {
            const Op op = isSymbol("+") ? Op::Add : Op::Sub;
            advance();
            left = m_c.graph.binary(op, left, product());
        }
        return left;
    }
    int product()
    {
        int left = signedFactor();
        while (isSymbol("*") || isSymbol("/")) {
            const Op op = isSymbol("*") ? Op::Mul : Op::Div;
            advance();
            left = m_c.graph.binary(op, left, signedFactor());
        }
        return left;
    }
    // Unary minus binds looser than '^': -x^2 = -(x^2); 2^-x is 2^(-x).
    int signedFactor()
    {
        DepthGuard guard(*this);
        if (isSymbol("-")) {
            advance();
            return m_c.graph.unary(Op::Neg, signedFactor());
        }
        if (isSymbol("+")) {
            advance();
            return signedFactor();
        }
        return power();
    }
    int power()
    {
        const int base = primary();
        if (!isSymbol("^"))
            return base;
        advance();
        return m_c.graph.binary(Op::Pow, base, signedFactor());
    }
    int primary()
    {
        if (m_tok.kind == Token::Number) {
            const double v = m_tok.value;
            advance();
            return m_c.graph.constant(v);
        }
        if (isSymbol("(")) {
            advance();
            const int inner = orExpr();
            expectSymbol(")", "')' closing the '('");
            return inner;
        }
        if (m_tok.kind == Token::Name)
            return name();
        m_lex.failAt(m_tok.pos, "expected a number, a name, a function call or '(', found " + describe());
    }

    int name()
    {
        const Token at = m_tok;
        const std::string_view n = m_lex.text(at);
        advance();
        if (isSymbol("("))
            return call(at, n);
        if (m_scope.arguments)
            for (const auto& [arg, node] : *m_scope.arguments)
                if (arg == n)
                    return node;
        if (m_scope.stateVisible) {
            if (const auto it = m_c.variables.find(n); it != m_c.variables.end())
                return m_c.graph.variable(it->second);
            if (const auto it = m_c.auxIndex.find(n); it != m_c.auxIndex.end()) {
                const int node = m_c.auxNode[static_cast<std::size_t>(it->second)];
                if (node < 0) // cannot happen: aux lines are compiled in dependency order
                    m_lex.failAt(at.pos, "auxiliary '" + std::string(n) + "' used before it is defined");
                return node;
            }
        }
        if (const auto it = m_c.parameters.find(n); it != m_c.parameters.end())
            return m_c.graph.parameter(it->second);
        if (n == "pi")
            return m_c.graph.constant(std::numbers::pi);
        if (detail::findBuiltin(n) || m_c.functions.count(n))
            m_lex.failAt(at.pos,
                         "'" + std::string(n) + "' is a function: call it as " + std::string(n) + "(...)");
        if (isReservedName(n))
            m_lex.failAt(at.pos, "'" + std::string(n) + "' is a keyword and cannot stand here");
        if (!m_scope.stateVisible && (m_c.variables.count(n) != 0 || m_c.auxIndex.count(n) != 0)) {
            m_lex.failAt(at.pos,
                         "'" + std::string(n) +
                             "' is a variable or auxiliary, which a function body cannot use: pass it "
                             "as an argument (names in scope: " +
                             namesInScope(m_c, m_scope) + ")");
        }
        m_lex.failAt(at.pos, "unknown name '" + std::string(n) +
                                 "' (names in scope: " + namesInScope(m_c, m_scope) + ")");
    }

    // A call nests one level: its arguments' own parsing counts it (signedFactor).
    int call(const Token& at, std::string_view n)
    {
        advance(); // '('
        std::vector<int> args;
        if (!isSymbol(")")) {
            args.push_back(orExpr());
            while (isSymbol(",")) {
                advance();
                args.push_back(orExpr());
            }
        }
        expectSymbol(")", "',' or ')' in the arguments of " + std::string(n));
        const auto arityText = [](std::size_t k) {
            return std::to_string(k) + (k == 1 ? " argument" : " arguments");
        };
        if (const detail::BuiltinFunction* f = detail::findBuiltin(n)) {
            if (static_cast<int>(args.size()) != f->arity) {
                m_lex.failAt(at.pos, std::string(n) + " takes " +
                                         arityText(static_cast<std::size_t>(f->arity)) + ", got " +
                                         std::to_string(args.size()));
            }
            if (f->arity == 1)
                return m_c.graph.unary(f->op, args[0]);
            if (f->arity == 2)
                return m_c.graph.binary(f->op, args[0], args[1]);
            return m_c.graph.select(args[0], args[1], args[2]);
        }
        const auto it = m_c.functions.find(n);
        if (it == m_c.functions.end()) {
            std::string user;
            for (const auto& f : m_c.source.functions)
                user += ", " + f.name;
            m_lex.failAt(at.pos, "unknown function '" + std::string(n) +
                                     "' (functions: " + detail::builtinNames() + user + ")");
        }
        const FunctionDef& f = m_c.source.functions[static_cast<std::size_t>(it->second)];
        if (args.size() != f.arguments.size()) {
            m_lex.failAt(at.pos, "function " + f.name + " takes " + arityText(f.arguments.size()) + ", got " +
                                     std::to_string(args.size()));
        }
        for (const FunctionDef* e : m_c.expanding)
            if (e == &f)
                m_lex.failAt(at.pos, "function '" + f.name + "' calls itself (recursion is not allowed)");
        if (!m_scope.inlineCalls)
            return m_c.graph.variable(std::numeric_limits<std::int32_t>::min()); // a placeholder
        std::vector<int> key{it->second};
        key.insert(key.end(), args.begin(), args.end());
        if (const auto memo = m_c.calls.find(key); memo != m_c.calls.end())
            return memo->second;
        // Inline: parse the body again with the arguments bound to the call's operand nodes;
        // hash-consing shares what repeated calls have in common.
        std::vector<std::pair<std::string_view, int>> bound;
        bound.reserve(args.size());
        for (std::size_t i = 0; i < args.size(); ++i)
            bound.emplace_back(f.arguments[i], args[i]);
        const Scope inner{&bound, false, true};
        m_c.expanding.push_back(&f);
        Parser p(m_c, inner, f.body, m_c.functionPlace[static_cast<std::size_t>(it->second)], m_depth);
        const int result = p.parseAll();
        m_c.expanding.pop_back();
        m_c.calls.emplace(std::move(key), result);
        return result;
    }

    Compiler& m_c;
    const Scope& m_scope;
    Lexer m_lex;
    int m_depth;
    Token m_tok;
};

// ---------------------------------------------------------------------------------------------
// Validation of the definition's structure.

std::string fieldOf(const char* group, const std::string& name)
{
    return std::string(group) + "." + name;
}

void checkName(const std::string& name, const char* what, const Place& place)
{
    if (!detail::isValidName(name)) {
        fail(std::string("'") + name + "' is not a valid " + what +
                 " name (a letter or '_', then letters, digits or '_')",
             place);
    }
    if (isReservedName(name))
        fail(std::string("'") + name + "' is reserved (a keyword, function or constant) and cannot name a " +
                 what,
             place);
}

void checkFinite(double v, const std::string& what, const Place& place)
{
    if (!std::isfinite(v))
        fail(what + " must be finite", place);
}

void checkExpressionText(const std::string& text, const Place& place)
{
    if (text.size() > kMaxExpressionBytes) {
        fail("the expression is " + std::to_string(text.size()) + " bytes long; the limit is " +
                 std::to_string(kMaxExpressionBytes),
             place);
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80)
            throw EquationError("non-ASCII character in an expression", detail::offsetLocation(place.at, i),
                                place.field);
        if (c == '#')
            throw EquationError("unexpected '#' in an expression (comments are not part of an expression)",
                                detail::offsetLocation(place.at, i), place.field);
    }
    if (text.find_first_not_of(" \t") == std::string::npos)
        fail("the expression is empty", place);
}

void checkStructure(Compiler& c)
{
    const ModelSource& s = c.source;
    Place place{{}, "variables"};
    const auto countLimit = [](std::size_t count, int limit, const char* what, const Place& at) {
        if (count > static_cast<std::size_t>(limit))
            fail("too many " + std::string(what) + ": " + std::to_string(count) + " (the limit is " +
                     std::to_string(limit) + ")",
                 at);
    };
    if (s.variables.empty())
        fail("the model has no variables (declare them with 'var x = ...')", place);
    countLimit(s.variables.size(), kMaxVariables, "variables", place);
    countLimit(s.parameters.size(), kMaxParameters, "parameters", {{}, "parameters"});
    countLimit(s.auxiliary.size(), kMaxAuxiliary, "auxiliary definitions", {{}, "auxiliary"});
    countLimit(s.functions.size(), kMaxFunctions, "functions", {{}, "functions"});

    std::map<std::string, std::string, std::less<>> seen; // name -> what it is
    const auto declare = [&seen](const std::string& name, const char* what, const Place& at) {
        checkName(name, what, at);
        const auto [it, fresh] = seen.emplace(name, what);
        if (!fresh)
            fail("'" + name + "' is declared twice (already a " + it->second + ")", at);
    };
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
        const VariableDef& v = s.variables[i];
        const Place at{v.at, fieldOf("variables", v.name)};
        declare(v.name, "variable", at);
        checkFinite(v.initial, "the initial value of '" + v.name + "'", at);
        c.variables.emplace(v.name, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < s.parameters.size(); ++i) {
        const ParameterDef& p = s.parameters[i];
        const Place at{p.at, fieldOf("parameters", p.name)};
        declare(p.name, "parameter", at);
        checkFinite(p.value, "the value of parameter '" + p.name + "'", at);
        checkFinite(p.minimum, "the lower end of the range of '" + p.name + "'", at);
        checkFinite(p.maximum, "the upper end of the range of '" + p.name + "'", at);
        const auto num = detail::formatNumber;
        if (p.minimum > p.maximum)
            fail("parameter '" + p.name + "': the range [" + num(p.minimum) + ", " + num(p.maximum) +
                     "] is empty (min > max)",
                 at);
        if (p.value < p.minimum || p.value > p.maximum)
            fail("parameter '" + p.name + "' = " + num(p.value) + " lies outside its own range [" +
                     num(p.minimum) + ", " + num(p.maximum) + "]",
                 at);
        if (p.typicalMinimum)
            checkFinite(*p.typicalMinimum, "the lower end of the typical range of '" + p.name + "'", at);
        if (p.typicalMaximum)
            checkFinite(*p.typicalMaximum, "the upper end of the typical range of '" + p.name + "'", at);
        if (p.typicalMinimum && p.typicalMaximum && *p.typicalMinimum > *p.typicalMaximum)
            fail("parameter '" + p.name + "': the typical range [" + num(*p.typicalMinimum) + ", " +
                     num(*p.typicalMaximum) + "] is empty (min > max)",
                 at);
        for (char ch : p.description) {
            const auto u = static_cast<unsigned char>(ch);
            if (ch == '"' || u < 0x20 || u == 0x7f)
                fail("the description of '" + p.name + "' may not contain '\"' or control characters", at);
        }
        c.parameters.emplace(p.name, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < s.functions.size(); ++i) {
        const FunctionDef& f = s.functions[i];
        const Place at{f.at, fieldOf("functions", f.name)};
        declare(f.name, "function", at);
        for (std::size_t k = 0; k < f.arguments.size(); ++k) {
            checkName(f.arguments[k], "argument", at);
            for (std::size_t j = 0; j < k; ++j)
                if (f.arguments[j] == f.arguments[k])
                    fail("function '" + f.name + "' has two arguments named '" + f.arguments[k] + "'", at);
        }
        checkExpressionText(f.body, at);
        c.functions.emplace(f.name, static_cast<int>(i));
        c.functionPlace.push_back(at);
    }
    for (std::size_t i = 0; i < s.auxiliary.size(); ++i) {
        const Definition& a = s.auxiliary[i];
        const Place at{a.at, fieldOf("auxiliary", a.name)};
        declare(a.name, "auxiliary definition", at);
        checkExpressionText(a.expression, at);
        c.auxIndex.emplace(a.name, static_cast<int>(i));
    }
    std::vector<int> equationOf(s.variables.size(), -1);
    for (std::size_t i = 0; i < s.equations.size(); ++i) {
        const Definition& e = s.equations[i];
        const Place at{e.at, fieldOf("equations", e.name)};
        const auto it = c.variables.find(e.name);
        if (it == c.variables.end()) {
            std::string vars;
            for (const auto& v : s.variables)
                vars += (vars.empty() ? "" : ", ") + v.name;
            fail("equation for '" + e.name + "', which is not a variable (variables: " + vars + ")", at);
        }
        int& slot = equationOf[static_cast<std::size_t>(it->second)];
        if (slot >= 0) {
            const SourceLocation first = s.equations[static_cast<std::size_t>(slot)].at;
            fail("a second equation for '" + e.name + "'" +
                     (first.line > 0 ? " (the first is on line " + std::to_string(first.line) + ")" : ""),
                 at);
        }
        slot = static_cast<int>(i);
        checkExpressionText(e.expression, at);
    }
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
        if (equationOf[i] < 0) {
            const VariableDef& v = s.variables[i];
            fail("variable '" + v.name + "' has no equation (add " +
                     (s.kind == TimeKind::Map ? v.name + "' = ..." : "d" + v.name + "/dt = ...") + ")",
                 {v.at, fieldOf("variables", v.name)});
        }
    }
}

// The names an expression refers to, read with the lexer only (a lexing error ends the list:
// the real parse reports it). `called`: names followed by '(' only, else names not followed by '('.
std::vector<std::string> referencedNames(std::string_view text, bool called)
{
    std::vector<std::string> names;
    const Place nowhere;
    Lexer lex(text, nowhere);
    try {
        Token t = lex.next();
        while (t.kind != Token::End) {
            const Token n = lex.next();
            const bool isCall = n.kind == Token::Symbol && lex.text(n) == "(";
            if (t.kind == Token::Name && isCall == called)
                names.emplace_back(lex.text(t));
            t = n;
        }
    } catch (const EquationError&) {
    }
    return names;
}

// Depth-first order of a dependency graph (edges[i]: what i uses) so that every node comes after
// what it uses; a cycle is reported through onCycle with the path (iterative: no recursion on
// the number of definitions).
std::vector<int> dependencyOrder(const std::vector<std::vector<int>>& edges,
                                 const std::function<void(const std::vector<int>&)>& onCycle)
{
    const std::size_t n = edges.size();
    std::vector<int> state(n, 0); // 0 new, 1 on the stack, 2 done
    std::vector<int> order;
    std::vector<std::pair<int, std::size_t>> stack;
    for (std::size_t root = 0; root < n; ++root) {
        if (state[root] != 0)
            continue;
        stack.emplace_back(static_cast<int>(root), 0);
        state[root] = 1;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            const auto& out = edges[static_cast<std::size_t>(node)];
            if (next < out.size()) {
                const int to = out[next++];
                if (state[static_cast<std::size_t>(to)] == 1) {
                    std::vector<int> cycle;
                    std::size_t k = stack.size();
                    while (k > 0 && stack[k - 1].first != to)
                        --k;
                    for (std::size_t j = k - 1; j < stack.size(); ++j)
                        cycle.push_back(stack[j].first);
                    cycle.push_back(to);
                    onCycle(cycle);
                } else if (state[static_cast<std::size_t>(to)] == 0) {
                    state[static_cast<std::size_t>(to)] = 1;
                    stack.emplace_back(to, 0);
                }
            } else {
                state[static_cast<std::size_t>(node)] = 2;
                order.push_back(node);
                stack.pop_back();
            }
        }
    }
    return order;
}

// ---------------------------------------------------------------------------------------------
// Derivatives. -1 stands for a derivative that is zero by structure, so the derivative
// programs hold only the terms that can be nonzero, and multiplying by the constant 1 (exact in
// floating point) is skipped.

class Differentiator {
public:
    explicit Differentiator(Graph& g) : m_g(g) {}

    // d(node)/d(target) for every node below `limit` reachable from `roots`.
    std::vector<int> derivatives(const std::vector<bool>& needed, Op targetOp, int targetIndex)
    {
        const std::size_t limit = needed.size();
        std::vector<int> d(limit, -1);
        for (std::size_t i = 0; i < limit; ++i) {
            if (!needed[i])
                continue;
            const Instruction n = m_g.node(static_cast<int>(i));
            const auto of = [&d](int k) { return k >= 0 ? d[static_cast<std::size_t>(k)] : -1; };
            if (n.op == Op::Constant)
                continue;
            if (n.op == Op::Variable || n.op == Op::Parameter) {
                if (n.op == targetOp && n.index == targetIndex)
                    d[i] = one();
                continue;
            }
            const int da = of(n.a), db = of(n.b), dc = of(n.c);
            if (n.op == Op::Select) {
                if (db >= 0 || dc >= 0)
                    d[i] = m_g.select(n.a, orZero(db), orZero(dc));
                continue;
            }
            if (da < 0 && db < 0)
                continue;
            d[i] = rule(static_cast<int>(i), n, da, db);
        }
        return d;
    }

    int zero() { return m_g.constant(0.0); }
    int orZero(int d) { return d >= 0 ? d : zero(); }

private:
    int one() { return m_g.constant(1.0); }
    int add(int a, int b)
    {
        if (a < 0)
            return b;
        if (b < 0)
            return a;
        return m_g.binary(Op::Add, a, b);
    }
    int sub(int a, int b)
    {
        if (b < 0)
            return a;
        if (a < 0)
            return m_g.unary(Op::Neg, b);
        return m_g.binary(Op::Sub, a, b);
    }
    int mul(int a, int b)
    {
        if (a < 0 || b < 0)
            return -1;
        if (m_g.isConstant(a, 1.0))
            return b;
        if (m_g.isConstant(b, 1.0))
            return a;
        // Multiplying by -1 is an exact negation.
        if (m_g.isConstant(a, -1.0))
            return m_g.unary(Op::Neg, b);
        if (m_g.isConstant(b, -1.0))
            return m_g.unary(Op::Neg, a);
        return m_g.binary(Op::Mul, a, b);
    }
    int div(int a, int b) { return a < 0 ? -1 : m_g.binary(Op::Div, a, b); }
    int neg(int a) { return a < 0 ? -1 : m_g.unary(Op::Neg, a); }

    // The derivative of node `self` = op(a, b) given da = a', db = b' (-1: zero).
    int rule(int self, const Instruction& n, int da, int db)
    {
        Graph& g = m_g;
        const int a = n.a, b = n.b;
        switch (n.op) {
        case Op::Neg:
            return neg(da);
        case Op::Exp:
            return mul(self, da);
        case Op::Log:
            return div(da, a);
        case Op::Log10:
            return div(da, g.binary(Op::Mul, a, g.unary(Op::Log, g.constant(10.0))));
        case Op::Sqrt:
            return div(da, g.binary(Op::Mul, g.constant(2.0), self));
        case Op::Abs:
            return mul(g.unary(Op::Sign, a), da);
        case Op::Sin:
            return mul(g.unary(Op::Cos, a), da);
        case Op::Cos:
            return neg(mul(g.unary(Op::Sin, a), da));
        case Op::Tan:
            return mul(g.binary(Op::Add, one(), g.binary(Op::Mul, self, self)), da);
        case Op::Asin:
        case Op::Acos: {
            const int root = g.unary(Op::Sqrt, g.binary(Op::Sub, one(), g.binary(Op::Mul, a, a)));
            const int d = div(da, root);
            return n.op == Op::Asin ? d : neg(d);
        }
        case Op::Atan:
            return div(da, g.binary(Op::Add, one(), g.binary(Op::Mul, a, a)));
        case Op::Sinh:
            return mul(g.unary(Op::Cosh, a), da);
        case Op::Cosh:
            return mul(g.unary(Op::Sinh, a), da);
        case Op::Tanh:
            return mul(g.binary(Op::Sub, one(), g.binary(Op::Mul, self, self)), da);
        case Op::Add:
            return add(da, db);
        case Op::Sub:
            return sub(da, db);
        case Op::Mul:
            return add(mul(da, b), mul(a, db));
        case Op::Div:
            // (a/b)' = a'/b - (a/b) b'/b
            return sub(div(da, b), div(mul(self, db), b));
        case Op::Pow: {
            int first = -1;
            if (da >= 0) {
                const Instruction& e = g.node(b);
                if (e.op == Op::Constant && e.value == 0.0)
                    first = -1; // u^0 is constant: not 0 * u^-1 u', which is NaN at u = 0
                else if (e.op == Op::Constant && e.value == 1.0)
                    first = da;
                else if (e.op == Op::Constant && e.value == 2.0)
                    first = mul(g.binary(Op::Mul, b, a), da);
                else if (e.op == Op::Constant)
                    first = mul(g.binary(Op::Mul, b, g.binary(Op::Pow, a, g.constant(e.value - 1.0))), da);
                else
                    first = mul(g.binary(Op::Mul, b, g.binary(Op::Pow, a, g.binary(Op::Sub, b, one()))), da);
            }
            // Only where the exponent depends on the target: a constant exponent never takes log.
            const int second = db >= 0 ? mul(g.binary(Op::Mul, self, g.unary(Op::Log, a)), db) : -1;
            return add(first, second);
        }
        case Op::Atan2: {
            // atan2(a, b)' = (b a' - a b') / (a^2 + b^2)
            const int r2 = g.binary(Op::Add, g.binary(Op::Mul, a, a), g.binary(Op::Mul, b, b));
            return div(sub(mul(b, da), mul(a, db)), r2);
        }
        case Op::Min:
            return g.select(g.binary(Op::LessEqual, a, b), orZero(da), orZero(db));
        case Op::Max:
            return g.select(g.binary(Op::GreaterEqual, a, b), orZero(da), orZero(db));
        default:
            return -1; // floor, ceil, sign, heaviside, comparisons, logic: zero
        }
    }

    Graph& m_g;
};

// ---------------------------------------------------------------------------------------------

// The nodes `outputs` need, renumbered in graph order (topological).
Program extract(const Graph& g, const std::vector<int>& outputs, const Place& place)
{
    const auto& nodes = g.nodes();
    std::vector<bool> used(nodes.size(), false);
    for (int o : outputs)
        used[static_cast<std::size_t>(o)] = true;
    for (std::size_t i = nodes.size(); i-- > 0;) {
        if (!used[i])
            continue;
        for (int k : {nodes[i].a, nodes[i].b, nodes[i].c})
            if (k >= 0)
                used[static_cast<std::size_t>(k)] = true;
    }
    std::vector<std::int32_t> renumber(nodes.size(), -1);
    Program p;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!used[i])
            continue;
        Instruction in = nodes[i];
        for (std::int32_t* k : {&in.a, &in.b, &in.c})
            if (*k >= 0)
                *k = renumber[static_cast<std::size_t>(*k)];
        renumber[i] = static_cast<std::int32_t>(p.code.size());
        p.code.push_back(in);
    }
    if (p.code.size() > static_cast<std::size_t>(kMaxProgramLength))
        fail("the model is too large: more than " + std::to_string(kMaxProgramLength) + " instructions",
             place);
    for (int o : outputs)
        p.outputs.push_back(renumber[static_cast<std::size_t>(o)]);
    return p;
}

void hashBytes(std::uint64_t& h, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        h ^= bytes[i];
        h *= 1099511628211ULL;
    }
}

void hashProgram(std::uint64_t& h, const Program& p)
{
    const std::uint64_t sizes[2] = {p.code.size(), p.outputs.size()};
    hashBytes(h, sizes, sizeof sizes);
    for (const Instruction& in : p.code) {
        const auto op = static_cast<std::uint8_t>(in.op);
        const std::int32_t ints[4] = {in.a, in.b, in.c, in.index};
        const std::uint64_t value = bitsOf(in.value);
        hashBytes(h, &op, sizeof op);
        hashBytes(h, ints, sizeof ints);
        hashBytes(h, &value, sizeof value);
    }
    hashBytes(h, p.outputs.data(), p.outputs.size() * sizeof(std::int32_t));
}

} // namespace

CompiledModel compileModel(const ModelSource& source)
{
    Compiler c(source);
    checkStructure(c);
    const ModelSource& s = source;

    // User functions: no recursion, direct or through others (checked on the call graph before
    // any inlining, so the error names the cycle).
    {
        std::vector<std::vector<int>> calls(s.functions.size());
        for (std::size_t i = 0; i < s.functions.size(); ++i)
            for (const std::string& n : referencedNames(s.functions[i].body, true))
                if (const auto it = c.functions.find(n); it != c.functions.end())
                    calls[i].push_back(it->second);
        dependencyOrder(calls, [&s](const std::vector<int>& cycle) {
            const FunctionDef& f = s.functions[static_cast<std::size_t>(cycle.front())];
            std::string path;
            for (int k : cycle)
                path += (path.empty() ? "" : " -> ") + s.functions[static_cast<std::size_t>(k)].name;
            fail(cycle.size() == 2
                     ? "function '" + f.name + "' calls itself (recursion is not allowed)"
                     : "functions call each other in a cycle: " + path + " (recursion is not allowed)",
                 {f.at, "functions." + f.name});
        });
    }
    // Every function body is checked once, even if no equation calls it; its arguments stand
    // for placeholder nodes that no program reaches.
    for (std::size_t i = 0; i < s.functions.size(); ++i) {
        const FunctionDef& f = s.functions[i];
        std::vector<std::pair<std::string_view, int>> bound;
        for (std::size_t k = 0; k < f.arguments.size(); ++k)
            bound.emplace_back(f.arguments[k], c.graph.variable(-1 - static_cast<int>(k)));
        c.place = c.functionPlace[i];
        const Scope scope{&bound, false, false};
        c.expanding.assign(1, &f);
        Parser(c, scope, f.body, c.place, 0).parseAll();
        c.expanding.clear();
    }
    // Aux definitions in dependency order, any order in the text; cycles refused.
    c.auxNode.assign(s.auxiliary.size(), -1);
    {
        std::vector<std::vector<int>> uses(s.auxiliary.size());
        for (std::size_t i = 0; i < s.auxiliary.size(); ++i)
            for (const std::string& n : referencedNames(s.auxiliary[i].expression, false))
                if (const auto it = c.auxIndex.find(n); it != c.auxIndex.end())
                    uses[i].push_back(it->second);
        const auto order = dependencyOrder(uses, [&s](const std::vector<int>& cycle) {
            const Definition& a = s.auxiliary[static_cast<std::size_t>(cycle.front())];
            std::string path;
            for (int k : cycle)
                path += (path.empty() ? "" : " -> ") + s.auxiliary[static_cast<std::size_t>(k)].name;
            fail(cycle.size() == 2 ? "auxiliary '" + a.name + "' is defined in terms of itself"
                                   : "auxiliary definitions form a cycle: " + path,
                 {a.at, "auxiliary." + a.name});
        });
        const Scope scope;
        for (int k : order) {
            const Definition& a = s.auxiliary[static_cast<std::size_t>(k)];
            c.place = {a.at, "auxiliary." + a.name};
            c.auxNode[static_cast<std::size_t>(k)] = Parser(c, scope, a.expression, c.place, 0).parseAll();
        }
    }
    CompiledModel m;
    m.source = s;
    m.dimension = static_cast<int>(s.variables.size());
    m.parameterCount = static_cast<int>(s.parameters.size());
    // Equations in the variables' order (checkStructure made it one per variable).
    m.source.equations.clear();
    std::vector<int> step;
    {
        const Scope scope;
        for (const VariableDef& v : s.variables) {
            for (const Definition& e : s.equations) {
                if (e.name != v.name)
                    continue;
                c.place = {e.at, "equations." + e.name};
                step.push_back(Parser(c, scope, e.expression, c.place, 0).parseAll());
                m.source.equations.push_back(e);
                break;
            }
        }
    }
    c.place = {{}, "equations"};
    // Derivatives, forward mode over the graph: one sweep per variable (parameter).
    const std::size_t limit = c.graph.nodes().size();
    std::vector<bool> needed(limit, false);
    for (int o : step)
        needed[static_cast<std::size_t>(o)] = true;
    for (std::size_t i = limit; i-- > 0;) {
        if (!needed[i])
            continue;
        const Instruction& in = c.graph.node(static_cast<int>(i));
        for (int k : {in.a, in.b, in.c})
            if (k >= 0)
                needed[static_cast<std::size_t>(k)] = true;
    }
    Differentiator diff(c.graph);
    const auto n = static_cast<std::size_t>(m.dimension);
    const auto np = static_cast<std::size_t>(m.parameterCount);
    std::vector<int> jac(n * n), pjac(n * np);
    for (std::size_t j = 0; j < n; ++j) {
        const auto d = diff.derivatives(needed, Op::Variable, static_cast<int>(j));
        for (std::size_t i = 0; i < n; ++i)
            jac[i * n + j] = diff.orZero(d[static_cast<std::size_t>(step[i])]);
    }
    for (std::size_t k = 0; k < np; ++k) {
        const auto d = diff.derivatives(needed, Op::Parameter, static_cast<int>(k));
        for (std::size_t i = 0; i < n; ++i)
            pjac[i * np + k] = diff.orZero(d[static_cast<std::size_t>(step[i])]);
    }
    m.step = extract(c.graph, step, c.place);
    m.jacobian = extract(c.graph, jac, c.place);
    m.parameterJacobian = extract(c.graph, pjac, c.place);
    m.auxiliary = extract(c.graph, c.auxNode, c.place);
    std::uint64_t h = 1469598103934665603ULL;
    const std::int32_t shape[2] = {m.dimension, m.parameterCount};
    hashBytes(h, shape, sizeof shape);
    for (const Program* p : {&m.step, &m.jacobian, &m.parameterJacobian, &m.auxiliary})
        hashProgram(h, *p);
    m.hash = h;
    return m;
}

void evaluate(const Program& program, const double* x, const double* p, double* out,
              std::vector<double>& scratch)
{
    const std::size_t size = program.code.size();
    if (scratch.size() < size)
        scratch.resize(size);
    double* s = scratch.data();
    const Instruction* code = program.code.data();
    for (std::size_t i = 0; i < size; ++i) {
        const Instruction& in = code[i];
        switch (in.op) {
        case Op::Constant:
            s[i] = in.value;
            break;
        case Op::Variable:
            s[i] = x[in.index];
            break;
        case Op::Parameter:
            s[i] = p[in.index];
            break;
        case Op::Select:
            s[i] = applySelect(s[in.a], s[in.b], s[in.c]);
            break;
        case Op::Add:
            s[i] = s[in.a] + s[in.b];
            break;
        case Op::Sub:
            s[i] = s[in.a] - s[in.b];
            break;
        case Op::Mul:
            s[i] = s[in.a] * s[in.b];
            break;
        case Op::Div:
            s[i] = s[in.a] / s[in.b];
            break;
        case Op::Neg:
            s[i] = -s[in.a];
            break;
        // One case per operation, each with its operation fixed, so the compiler inlines the one
        // function it calls instead of a second dispatch.
        case Op::Not:
            s[i] = applyUnary(Op::Not, s[in.a]);
            break;
        case Op::Exp:
            s[i] = applyUnary(Op::Exp, s[in.a]);
            break;
        case Op::Log:
            s[i] = applyUnary(Op::Log, s[in.a]);
            break;
        case Op::Log10:
            s[i] = applyUnary(Op::Log10, s[in.a]);
            break;
        case Op::Sqrt:
            s[i] = applyUnary(Op::Sqrt, s[in.a]);
            break;
        case Op::Abs:
            s[i] = applyUnary(Op::Abs, s[in.a]);
            break;
        case Op::Sin:
            s[i] = applyUnary(Op::Sin, s[in.a]);
            break;
        case Op::Cos:
            s[i] = applyUnary(Op::Cos, s[in.a]);
            break;
        case Op::Tan:
            s[i] = applyUnary(Op::Tan, s[in.a]);
            break;
        case Op::Asin:
            s[i] = applyUnary(Op::Asin, s[in.a]);
            break;
        case Op::Acos:
            s[i] = applyUnary(Op::Acos, s[in.a]);
            break;
        case Op::Atan:
            s[i] = applyUnary(Op::Atan, s[in.a]);
            break;
        case Op::Sinh:
            s[i] = applyUnary(Op::Sinh, s[in.a]);
            break;
        case Op::Cosh:
            s[i] = applyUnary(Op::Cosh, s[in.a]);
            break;
        case Op::Tanh:
            s[i] = applyUnary(Op::Tanh, s[in.a]);
            break;
        case Op::Floor:
            s[i] = applyUnary(Op::Floor, s[in.a]);
            break;
        case Op::Ceil:
            s[i] = applyUnary(Op::Ceil, s[in.a]);
            break;
        case Op::Sign:
            s[i] = applyUnary(Op::Sign, s[in.a]);
            break;
        case Op::Heaviside:
            s[i] = applyUnary(Op::Heaviside, s[in.a]);
            break;
        case Op::Pow:
            s[i] = applyBinary(Op::Pow, s[in.a], s[in.b]);
            break;
        case Op::Atan2:
            s[i] = applyBinary(Op::Atan2, s[in.a], s[in.b]);
            break;
        case Op::Min:
            s[i] = applyBinary(Op::Min, s[in.a], s[in.b]);
            break;
        case Op::Max:
            s[i] = applyBinary(Op::Max, s[in.a], s[in.b]);
            break;
        case Op::Less:
            s[i] = applyBinary(Op::Less, s[in.a], s[in.b]);
            break;
        case Op::LessEqual:
            s[i] = applyBinary(Op::LessEqual, s[in.a], s[in.b]);
            break;
        case Op::Greater:
            s[i] = applyBinary(Op::Greater, s[in.a], s[in.b]);
            break;
        case Op::GreaterEqual:
            s[i] = applyBinary(Op::GreaterEqual, s[in.a], s[in.b]);
            break;
        case Op::Equal:
            s[i] = applyBinary(Op::Equal, s[in.a], s[in.b]);
            break;
        case Op::NotEqual:
            s[i] = applyBinary(Op::NotEqual, s[in.a], s[in.b]);
            break;
        case Op::And:
            s[i] = applyBinary(Op::And, s[in.a], s[in.b]);
            break;
        case Op::Or:
            s[i] = applyBinary(Op::Or, s[in.a], s[in.b]);
            break;
        }
    }
    for (std::size_t o = 0; o < program.outputs.size(); ++o)
        out[o] = s[program.outputs[o]];
}

namespace {
template <class F> void lanes1(double* d, const double* a, int lanes, F f)
{
    for (int l = 0; l < lanes; ++l)
        d[l] = f(a[l]);
}
template <class F> void lanes2(double* d, const double* a, const double* b, int lanes, F f)
{
    for (int l = 0; l < lanes; ++l)
        d[l] = f(a[l], b[l]);
}
} // namespace

void evaluateLanes(const Program& program, int lanes, const double* x, const double* p, double* out,
                   std::vector<double>& scratch)
{
    if (lanes <= 0)
        return;
    const std::size_t size = program.code.size();
    const auto width = static_cast<std::size_t>(lanes);
    if (scratch.size() < size * width)
        scratch.resize(size * width);
    double* s = scratch.data();
    const auto row = [s, width](std::int32_t k) { return s + static_cast<std::size_t>(k) * width; };
    for (std::size_t i = 0; i < size; ++i) {
        const Instruction& in = program.code[i];
        double* d = s + i * width;
        switch (in.op) {
        case Op::Constant:
            for (int l = 0; l < lanes; ++l)
                d[l] = in.value;
            break;
        case Op::Variable:
            std::memcpy(d, x + static_cast<std::size_t>(in.index) * width, width * sizeof(double));
            break;
        case Op::Parameter:
            std::memcpy(d, p + static_cast<std::size_t>(in.index) * width, width * sizeof(double));
            break;
        case Op::Select: {
            const double* c = row(in.a);
            const double* a = row(in.b);
            const double* b = row(in.c);
            for (int l = 0; l < lanes; ++l)
                d[l] = applySelect(c[l], a[l], b[l]);
            break;
        }
        case Op::Neg:
            lanes1(d, row(in.a), lanes, [](double a) { return -a; });
            break;
        case Op::Exp:
            lanes1(d, row(in.a), lanes, [](double a) { return std::exp(a); });
            break;
        case Op::Add:
            lanes2(d, row(in.a), row(in.b), lanes, [](double a, double b) { return a + b; });
            break;
        case Op::Sub:
            lanes2(d, row(in.a), row(in.b), lanes, [](double a, double b) { return a - b; });
            break;
        case Op::Mul:
            lanes2(d, row(in.a), row(in.b), lanes, [](double a, double b) { return a * b; });
            break;
        case Op::Div:
            lanes2(d, row(in.a), row(in.b), lanes, [](double a, double b) { return a / b; });
            break;
        default: {
            const Op op = in.op;
            if (isUnary(op))
                lanes1(d, row(in.a), lanes, [op](double a) { return applyUnary(op, a); });
            else
                lanes2(d, row(in.a), row(in.b), lanes,
                       [op](double a, double b) { return applyBinary(op, a, b); });
            break;
        }
        }
    }
    for (std::size_t o = 0; o < program.outputs.size(); ++o)
        std::memcpy(out + o * width, row(program.outputs[o]), width * sizeof(double));
}

} // namespace nd::eq
