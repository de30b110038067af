// Typed models (issue 18), part 2 of 3: the expression graph compiled to straight-line code,
// its exact derivatives, and the interpreter (scalar and over many ensemble lanes).
//
// compileModel turns a ModelSource into Programs: user functions and aux definitions are
// inlined, common subexpressions shared (hash-consing) and constants folded, so a Program is
// a DAG in topological order: instruction i reads only results of instructions before i.
// Derivatives are symbolic, taken on that graph (never finite differences). At kinks the
// derivative is one-sided by these rules (docs/typed-models.md states them for users):
//   abs(u)'       = sign(u) u'           (0 at u = 0)
//   min(u, v)'    = u' where u <= v, else v'      max(u, v)' = u' where u >= v, else v'
//   floor, ceil, sign, heaviside, comparisons, and/or/not: derivative 0
//   if(c, a, b)'  = a' where c != 0, else b'      (c itself is not differentiated)
//   pow(u, v)'    = v u^(v-1) u' + u^v log(u) v'  (the second term only where v depends on
//                   the differentiation variable; a constant integer exponent never takes log)
//   sqrt(u)'      = u' / (2 sqrt(u))     (inf at u = 0, as the function's own slope)
// heaviside(0) = 1, sign(0) = 0.
//
// Thread use: a CompiledModel is immutable after compileModel; evaluate/evaluateLanes may run
// concurrently with their own scratch buffers.
#pragma once

#include "equations/modelsource.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nd::eq {

enum class Op : std::uint8_t {
    Constant,  // value
    Variable,  // state variable `index`
    Parameter, // parameter `index`
    Neg, Not,  // unary on a
    Exp, Log, Log10, Sqrt, Abs, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Floor, Ceil, Sign,
    Heaviside,
    Add, Sub, Mul, Div, Pow, Atan2, Min, Max, // binary on a, b
    Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, And, Or,
    Select, // a != 0 ? b : c
};

// Name of an operation as the model language spells it ("exp", "+", "if", ...).
const char* opName(Op op);

struct Instruction {
    Op op = Op::Constant;
    std::int32_t a = -1, b = -1, c = -1; // operand instruction indices (< this instruction's)
    std::int32_t index = -1;             // Variable / Parameter
    double value = 0.0;                  // Constant
    bool operator==(const Instruction&) const = default;
};

struct Program {
    std::vector<Instruction> code;
    std::vector<std::int32_t> outputs; // instruction index of each result, in order
    int scratchSize() const { return static_cast<int>(code.size()); }
    bool operator==(const Program&) const = default;
};

struct CompiledModel {
    ModelSource source;               // validated; equations in the variables' order
    int dimension = 0;                // number of state variables
    int parameterCount = 0;           // number of parameters (in source order)
    Program step;                     // outputs: F_i (map: next state; flow: dx_i/dt), i < n
    Program jacobian;                 // outputs: dF_i/dx_j row-major, n*n
    Program parameterJacobian;        // outputs: dF_i/dp_k row-major, n*parameterCount
    Program auxiliary;                // outputs: the aux values in source order
    std::uint64_t hash = 0;           // of the programs above (FNV-1a over the code): cache key
};

// Validates and compiles. Throws EquationError at the offending definition.
CompiledModel compileModel(const ModelSource& source);

// Runs a program: x has the model's dimension, p its parameters, out program.outputs.size()
// entries; scratch is resized as needed (reuse it across calls to avoid allocation).
void evaluate(const Program& program, const double* x, const double* p, double* out,
              std::vector<double>& scratch);

// The same over `lanes` independent states at once, structure of arrays: x[v * lanes + l],
// p[k * lanes + l], out[o * lanes + l]. One pass over the code per call, each instruction
// applied to all lanes (the loops vectorise). Lanes are bit-identical to evaluate().
void evaluateLanes(const Program& program, int lanes, const double* x, const double* p, double* out,
                   std::vector<double>& scratch);

} // namespace nd::eq
