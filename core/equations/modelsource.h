// Typed models (issue 18), part 1 of 3: the model language and its source form.
//
// A typed model is written in NeuroDyn's model language, one statement per line:
//
//     # The Chialvo map (comments run from '#' to the end of the line)
//     map                                   kind: `map` or `flow` (optional: else inferred)
//     var x = 0.5, y = 1                    state variables and their initial values
//     par a = 0.89 in [0, 1] typical [0.8, 0.95] "recovery time constant"
//     par b = 0.18, c = 0.28, k0 = 0.03     (range default [-1e6, 1e6], typical default: value +- 1)
//     fun g(u, v) = u*u*exp(v - u)          user function, inlined where it is called
//     aux drive = g(x, y)                   auxiliary definition: usable in equations and other
//                                           aux lines (any order, cycles refused), plotted as an
//                                           observable
//     x' = drive + k0                       map: the next value of x
//     y' = a*y - b*x + c
//
// For a flow the equations read `dx/dt = ...` (`x' = ...` in a file that says `flow` is
// refused with a hint, so a map is never integrated by mistake, and vice versa). Without a
// `map`/`flow` line the equations' form decides; mixing forms is an error.
//
// Expressions: numbers in C-locale form (1, 1.5, .5, 1e-3, 2.5E+4), names, + - * / ^ (right
// associative, binds tighter than unary minus: -x^2 = -(x^2)), parentheses, the functions
// exp log log10 sqrt abs sin cos tan asin acos atan sinh cosh tanh floor ceil sign heaviside
// (one argument), atan2 pow min max (two), if(cond, a, b), comparisons < <= > >= == != and the
// logical operators and, or, not (a condition is true when nonzero; comparisons give 1 or 0).
// The constant pi is predefined. Names: [A-Za-z_][A-Za-z0-9_]*, case sensitive; keywords and
// function names are reserved.
//
// Errors are EquationError with a 1-based line and column in the text and what was expected;
// an unknown name lists the names in scope. Every rule of the language (names, ranges, limits,
// cycles, a variable without an equation, duplicates) is checked here or in compileModel
// (program.h), never left to a later stage. The engine has no Qt: the parser works on UTF-8
// bytes; any byte that is not ASCII outside a comment or description is an error.
//
// Pure functions; any thread may call them.
#pragma once

#include "common/errors.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nd::eq {

// Limits, each refused with an error naming it.
constexpr std::size_t kMaxSourceBytes = 1 << 20;   // whole text
constexpr std::size_t kMaxExpressionBytes = 65536; // one expression
constexpr int kMaxVariables = 512;
constexpr int kMaxParameters = 1024;
constexpr int kMaxAuxiliary = 1024;
constexpr int kMaxFunctions = 256;
constexpr int kMaxNesting = 200;           // parentheses, calls and operators, nested
constexpr int kMaxProgramLength = 1000000; // instructions after inlining and differentiation

// 1-based position in the source text; line 0 when the definition did not come from text
// (a study file's JSON fields: `field` then says where).
struct SourceLocation {
    int line = 0;
    int column = 0;
    bool operator==(const SourceLocation&) const = default;
};

class EquationError : public InputError {
public:
    // what() reads "line L, column C: message" (or "field, column C: message" for a position
    // within a field, "field: message" / "message").
    EquationError(const std::string& message, SourceLocation where, std::string field = {});
    SourceLocation where() const { return m_where; }
    const std::string& field() const { return m_field; }
    // The message without the position prefix.
    const std::string& detail() const { return m_detail; }

private:
    SourceLocation m_where;
    std::string m_field;
    std::string m_detail;
};

struct VariableDef {
    std::string name;
    double initial = 0.0;
    SourceLocation at;
    bool operator==(const VariableDef& o) const { return name == o.name && initial == o.initial; }
};

struct ParameterDef {
    std::string name;
    double value = 0.0;
    double minimum = -1e6; // valid range, inclusive; value must lie in it
    double maximum = 1e6;
    std::optional<double> typicalMinimum; // slider range; unset: value - 1 (clamped to range)
    std::optional<double> typicalMaximum; // unset: value + 1 (clamped to range)
    std::string description;
    SourceLocation at;
    bool operator==(const ParameterDef& o) const
    {
        return name == o.name && value == o.value && minimum == o.minimum && maximum == o.maximum &&
               typicalMinimum == o.typicalMinimum && typicalMaximum == o.typicalMaximum &&
               description == o.description;
    }
};

// An auxiliary definition or an equation (name = the variable it sets). `at` is where the
// expression text starts, so an error at offset k of a one-line expression is at column
// at.column + k.
struct Definition {
    std::string name;
    std::string expression;
    SourceLocation at;
    bool operator==(const Definition& o) const { return name == o.name && expression == o.expression; }
};

struct FunctionDef {
    std::string name;
    std::vector<std::string> arguments;
    std::string body;
    SourceLocation at; // of the body
    bool operator==(const FunctionDef& o) const
    {
        return name == o.name && arguments == o.arguments && body == o.body;
    }
};

struct ModelSource {
    TimeKind kind = TimeKind::Map;
    std::vector<VariableDef> variables;
    std::vector<ParameterDef> parameters;
    std::vector<FunctionDef> functions;
    std::vector<Definition> auxiliary;
    std::vector<Definition> equations; // one per variable, in the variables' order after parsing
    bool operator==(const ModelSource&) const = default;
};

// Parses the model language. Syntax errors, unknown names, duplicates, missing or extra
// equations, parameters outside their own range, cyclic aux definitions and the limits above
// are reported here (it runs compileModel's checks on the result, so a text that parses
// compiles).
ModelSource parseModelText(std::string_view text);

// The canonical text of a model: kind line, one `var`/`par`/`fun`/`aux` line per entry,
// equations in the variables' order; numbers in shortest round-trip form. For every valid
// source s, parseModelText(formatModelText(s)) == s.
std::string formatModelText(const ModelSource& source);

// True for names the language reserves (keywords, functions, pi).
bool isReservedName(std::string_view name);

} // namespace nd::eq
