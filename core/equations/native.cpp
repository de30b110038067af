// Typed models (issue 18): the compiled backend (native.h). Generates C++ from the Programs,
// runs the system compiler without a shell (posix_spawn with an argv array, own process
// group, killed after a timeout), caches the library on disk (written under a temporary name,
// then renamed, so processes racing for one model never load half a file) and loads it with
// dlopen. Any thread; a process-wide table makes concurrent calls for one model compile once.
//
// Identical rounding with the interpreter: every instruction is one C++ expression with the
// interpreter's semantics, compiled with -ffp-contract=off and without fast-math. The
// transcendental functions are not called by name: the library gets pointers to this file's
// wrappers of std::exp, std::pow, ... when it is loaded, so no compiler can evaluate a call at
// compile time with its own (correctly rounded) arithmetic or rewrite pow(x, 2) as x*x (clang
// does that even for a libm symbol reached under another name), and the values are those of
// the very functions the interpreter calls. sqrt, fabs, floor and ceil are exact operations and
// stay builtins (they vectorise). The fast node kernel (stepNodesFast) is the one exception: its
// exp is nd::fastExp written out in the library from vectormath.h's constants (plain +, -, *
// and bit operations, which no compiler may round differently under -ffp-contract=off), so
// that it vectorises; the library carries it for AVX-512, AVX2 and the baseline and binds the
// best the CPU has when it is loaded.
#include "equations/native.h"

#include "common/errors.h"
#include "ensemble/vectormath.h"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <sstream>
#include <system_error>
#include <thread>

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace nd::eq {

namespace {

namespace fs = std::filesystem;

// Bump when the generated code or the compiler flags change: part of the cache key.
constexpr const char* kGeneratorVersion = "neurodyn-typed-native-4-nodes-fast";
// $NEURODYN_CXX_TIMEOUT seconds (1 to 3600) when set, for slow machines and for tests.
std::chrono::seconds compileTimeout()
{
    if (const char* t = std::getenv("NEURODYN_CXX_TIMEOUT"); t && *t) {
        const long s = std::strtol(t, nullptr, 10);
        if (s >= 1 && s <= 3600)
            return std::chrono::seconds(s);
    }
    return std::chrono::seconds(60);
}
constexpr std::chrono::seconds kVersionTimeout{10};

// The compiler's flags: no fast-math and no contraction, so values equal the interpreter's.
const std::vector<std::string>& compileFlags()
{
    static const std::vector<std::string> flags = {"-std=c++17",
                                                   "-O2",
                                                   "-fPIC",
                                                   "-shared",
                                                   "-fno-math-errno",
                                                   "-ffp-contract=off",
                                                   "-fno-fast-math",
                                                   "-fopenmp-simd",
                                                   "-w",
                                                   "-pipe",
                                                   "-x",
                                                   "c++"};
    return flags;
}

// ---------------------------------------------------------------------------------------------
// Code generation

// A double as a C++ literal, exactly (hexadecimal significand; no locale involved).
std::string literal(double v)
{
    if (std::isnan(v))
        return std::signbit(v) ? "(-__builtin_nan(\"\"))" : "__builtin_nan(\"\")";
    if (std::isinf(v))
        return v < 0 ? "(-__builtin_inf())" : "__builtin_inf()";
    char buf[64];
    const double a = std::fabs(v);
    const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::hex);
    std::string s = "0x" + std::string(buf, r.ptr);
    return std::signbit(v) ? "(-" + s + ")" : s;
}

// The functions the library calls through pointers (bound at load time), in this order.
constexpr const char* kUnaryFunctions[] = {"exp",  "log",  "log10", "sin",  "cos",  "tan",
                                           "asin", "acos", "atan",  "sinh", "cosh", "tanh"};
constexpr const char* kBinaryFunctions[] = {"pow", "atan2"};
using Unary = double (*)(double);
using Binary = double (*)(double, double);
// The interpreter's functions (equations/opeval.h), as pointers the library is bound to.
const Unary kUnary[] = {[](double a) { return std::exp(a); },   [](double a) { return std::log(a); },
                        [](double a) { return std::log10(a); }, [](double a) { return std::sin(a); },
                        [](double a) { return std::cos(a); },   [](double a) { return std::tan(a); },
                        [](double a) { return std::asin(a); },  [](double a) { return std::acos(a); },
                        [](double a) { return std::atan(a); },  [](double a) { return std::sinh(a); },
                        [](double a) { return std::cosh(a); },  [](double a) { return std::tanh(a); }};
const Binary kBinary[] = {[](double a, double b) { return std::pow(a, b); },
                          [](double a, double b) { return std::atan2(a, b); }};
static_assert(std::size(kUnary) == std::size(kUnaryFunctions) &&
              std::size(kBinary) == std::size(kBinaryFunctions));

std::string prelude()
{
    std::string s = "// Generated by NeuroDyn from a typed model's compiled expression graph.\n"
                    "typedef double (*nd_f1)(double);\n"
                    "typedef double (*nd_f2)(double, double);\n";
    for (const char* f : kUnaryFunctions)
        s += std::string("static nd_f1 nd_") + f + ";\n";
    for (const char* f : kBinaryFunctions)
        s += std::string("static nd_f2 nd_") + f + ";\n";
    return s;
}

// Binds the function pointers and picks the fast lane kernel's instruction set. Bound once per
// load of the library: a second dlopen of a loaded library (same handle) must not write what
// running kernels read.
std::string bindFunction(const std::string& bindName)
{
    std::string s = "static int nd_bound;\n";
    s += "extern \"C\" __attribute__((visibility(\"default\"))) void " + bindName +
         "(const nd_f1* f1, const nd_f2* f2)\n{\n    if (nd_bound)\n        return;\n    nd_bound = 1;\n";
    for (std::size_t i = 0; i < std::size(kUnaryFunctions); ++i)
        s += std::string("    nd_") + kUnaryFunctions[i] + " = f1[" + std::to_string(i) + "];\n";
    for (std::size_t i = 0; i < std::size(kBinaryFunctions); ++i)
        s += std::string("    nd_") + kBinaryFunctions[i] + " = f2[" + std::to_string(i) + "];\n";
    s += "#ifdef ND_X86_CLONES\n"
         "    __builtin_cpu_init();\n"
         "    if (__builtin_cpu_supports(\"avx512f\"))\n"
         "        nd_fast_lanes = nd_fast_lanes_avx512;\n"
         "    else if (__builtin_cpu_supports(\"avx2\"))\n"
         "        nd_fast_lanes = nd_fast_lanes_avx2;\n"
         "#endif\n";
    return s + "}\n";
}

// nd::fastExp (ensemble/vectormath.h) operation for operation, from the same constants, so the
// fast lane kernel rounds as the interpreter's fast lanes and the built-in kernels do.
std::string fastExpFunction()
{
    using namespace fastexp;
    std::string s = "typedef unsigned long long nd_u64;\n"
                    "static inline __attribute__((always_inline)) double nd_fast_exp(double x)\n{\n";
    s += "    const double xc = x < " + literal(kLowest) + " ? " + literal(kLowest) + " : (x > " +
         literal(kClampHigh) + " ? " + literal(kClampHigh) + " : x);\n";
    s += "    const double kd = xc * " + literal(kLog2e) + " + " + literal(kShifter) + ";\n";
    s += "    const double n = kd - " + literal(kShifter) + ";\n";
    s += "    const double r = (xc - n * " + literal(kLn2Hi) + ") - n * " + literal(kLn2Lo) + ";\n";
    s += "    double q = " + literal(kTaylor[0]) + ";\n";
    for (std::size_t i = 1; i < std::size(kTaylor); ++i)
        s += "    q = q * r + " + literal(kTaylor[i]) + ";\n";
    s += "    const nd_u64 bits = (__builtin_bit_cast(nd_u64, kd) - __builtin_bit_cast(nd_u64, " +
         literal(kShifter) + ") + 1022u) << 52;\n";
    s += "    const double result = q * __builtin_bit_cast(double, bits) * 2.0;\n";
    s += "    return x > " + literal(kOverflow) + " ? __builtin_inf() : (x < " + literal(kLowest) +
         " ? 0.0 : result);\n}\n";
    return s;
}

void checkProgram(const Program& program, int dimension, int parameterCount, const char* what)
{
    const auto n = static_cast<std::int32_t>(program.code.size());
    auto bad = [&](std::int32_t i, const char* why) {
        throw InputError(std::string("typed model program '") + what + "', instruction " + std::to_string(i) +
                         ": " + why);
    };
    for (std::int32_t i = 0; i < n; ++i) {
        const Instruction& in = program.code[static_cast<std::size_t>(i)];
        const int arity = in.op == Op::Constant || in.op == Op::Variable || in.op == Op::Parameter ? 0
                          : in.op == Op::Select                                                    ? 3
                          : in.op >= Op::Add                                                       ? 2
                                                                                                   : 1;
        const std::int32_t operands[3] = {in.a, in.b, in.c};
        for (int k = 0; k < arity; ++k)
            if (operands[k] < 0 || operands[k] >= i)
                bad(i, "operand is not an earlier instruction");
        if (in.op == Op::Variable && (in.index < 0 || in.index >= dimension))
            bad(i, "variable index out of range");
        if (in.op == Op::Parameter && (in.index < 0 || in.index >= parameterCount))
            bad(i, "parameter index out of range");
        if (in.op > Op::Select)
            bad(i, "unknown operation");
    }
    for (std::int32_t o : program.outputs)
        if (o < 0 || o >= n)
            throw InputError(std::string("typed model program '") + what + "': output out of range");
}

// One instruction as a C++ expression over earlier locals v<i>; x(k) / p(k) read a variable
// or parameter (scalar or lane form). The semantics are the interpreter's, expression for
// expression (equations/opeval.h): a change there must be made here too, and the generator's
// version bumped.
std::string expression(const Instruction& in, const std::string& xs, const std::string& ps)
{
    auto v = [](std::int32_t i) { return "v" + std::to_string(i); };
    auto call = [&](const char* f) { return std::string(f) + "(" + v(in.a) + ")"; };
    auto call2 = [&](const char* f) { return std::string(f) + "(" + v(in.a) + ", " + v(in.b) + ")"; };
    auto binary = [&](const char* o) { return v(in.a) + " " + o + " " + v(in.b); };
    auto truth = [](const std::string& c) { return "((" + c + ") ? 1.0 : 0.0)"; };
    switch (in.op) {
    case Op::Constant:
        return literal(in.value);
    case Op::Variable:
        return xs + "[" + std::to_string(in.index) + "]";
    case Op::Parameter:
        return ps + "[" + std::to_string(in.index) + "]";
    case Op::Neg:
        return "-" + v(in.a);
    case Op::Not:
        return truth(v(in.a) + " == 0.0");
    case Op::Exp:
        return call("nd_exp");
    case Op::Log:
        return call("nd_log");
    case Op::Log10:
        return call("nd_log10");
    case Op::Sqrt:
        return call("__builtin_sqrt");
    case Op::Abs:
        return call("__builtin_fabs");
    case Op::Sin:
        return call("nd_sin");
    case Op::Cos:
        return call("nd_cos");
    case Op::Tan:
        return call("nd_tan");
    case Op::Asin:
        return call("nd_asin");
    case Op::Acos:
        return call("nd_acos");
    case Op::Atan:
        return call("nd_atan");
    case Op::Sinh:
        return call("nd_sinh");
    case Op::Cosh:
        return call("nd_cosh");
    case Op::Tanh:
        return call("nd_tanh");
    case Op::Floor:
        return call("__builtin_floor");
    case Op::Ceil:
        return call("__builtin_ceil");
    case Op::Sign: // NaN stays NaN, as in the interpreter
    {
        const std::string a = v(in.a);
        return "(" + a + " > 0.0 ? 1.0 : (" + a + " < 0.0 ? -1.0 : (" + a + " == 0.0 ? 0.0 : " + a + ")))";
    }
    case Op::Heaviside: {
        const std::string a = v(in.a);
        return "(" + a + " >= 0.0 ? 1.0 : (" + a + " < 0.0 ? 0.0 : " + a + "))";
    }
    case Op::Add:
        return binary("+");
    case Op::Sub:
        return binary("-");
    case Op::Mul:
        return binary("*");
    case Op::Div:
        return binary("/");
    case Op::Pow:
        return call2("nd_pow");
    case Op::Atan2:
        return call2("nd_atan2");
    case Op::Min:
        return "(" + v(in.a) + " <= " + v(in.b) + " ? " + v(in.a) + " : " + v(in.b) + ")";
    case Op::Max:
        return "(" + v(in.a) + " >= " + v(in.b) + " ? " + v(in.a) + " : " + v(in.b) + ")";
    case Op::Less:
        return truth(binary("<"));
    case Op::LessEqual:
        return truth(binary("<="));
    case Op::Greater:
        return truth(binary(">"));
    case Op::GreaterEqual:
        return truth(binary(">="));
    case Op::Equal:
        return truth(binary("=="));
    case Op::NotEqual:
        return truth(binary("!="));
    case Op::And:
        return truth(v(in.a) + " != 0.0 && " + v(in.b) + " != 0.0");
    case Op::Or:
        return truth(v(in.a) + " != 0.0 || " + v(in.b) + " != 0.0");
    case Op::Select:
        return "(" + v(in.a) + " != 0.0 ? " + v(in.b) + " : " + v(in.c) + ")";
    }
    return "0.0";
}

// How a body reads its variables and parameters and writes its outputs.
enum class Form {
    Scalar, // x[k], p[k], out[o]
    Lanes,  // x[k * n + l], p[k * n + l], out[o * n + l]
    Nodes,  // emitFastLanes: x[k * n + l], p[k * pRow + l] (p already at the node), out[o * n + l]
};

// The statements of a program's body: one local per instruction, then the outputs.
// skipConstants: outputs that are constants were written already (emitScalar's table).
// fastExp: exp is nd_fast_exp (fastExpFunction) instead of the bound std::exp.
void emitBody(std::ostringstream& s, const Program& program, Form form, const char* indent,
              bool skipConstants = false, bool fastExp = false)
{
    for (std::size_t i = 0; i < program.code.size(); ++i) {
        const Instruction& in = program.code[i];
        std::string e;
        if (form != Form::Scalar && in.op == Op::Variable)
            e = "x[" + std::to_string(in.index) + " * n + l]";
        else if (form == Form::Lanes && in.op == Op::Parameter)
            e = "p[" + std::to_string(in.index) + " * n + l]";
        else if (form == Form::Nodes && in.op == Op::Parameter)
            e = "p[" + std::to_string(in.index) + " * pRow + l]";
        else if (fastExp && in.op == Op::Exp)
            e = "nd_fast_exp(v" + std::to_string(in.a) + ")";
        else
            e = expression(in, "x", "p");
        s << indent << "const double v" << i << " = " << e << ";\n";
    }
    for (std::size_t o = 0; o < program.outputs.size(); ++o) {
        if (skipConstants && program.code[static_cast<std::size_t>(program.outputs[o])].op == Op::Constant)
            continue;
        if (form != Form::Scalar)
            s << indent << "out[" << o << " * n + l] = v" << program.outputs[o] << ";\n";
        else
            s << indent << "out[" << o << "] = v" << program.outputs[o] << ";\n";
    }
}

void emitScalar(std::ostringstream& s, const Program& program, const std::string& name)
{
    // A Jacobian is mostly zeros: thousands of separate stores of one constant make GCC's
    // dead-store elimination quadratic (24 s for 100 equations). Constant outputs are copied
    // from a table in one go instead, and only the others are stored one by one.
    std::size_t constants = 0;
    for (std::int32_t o : program.outputs)
        constants += program.code[static_cast<std::size_t>(o)].op == Op::Constant;
    const bool table = constants >= 8;
    if (table) {
        s << "static const double " << name << "_constants[" << program.outputs.size() << "] = {";
        for (std::size_t k = 0; k < program.outputs.size(); ++k) {
            const Instruction& in = program.code[static_cast<std::size_t>(program.outputs[k])];
            s << (k % 8 == 0 ? "\n    " : " ") << (in.op == Op::Constant ? literal(in.value) : "0.0") << ",";
        }
        s << "\n};\n";
    }
    s << "extern \"C\" __attribute__((visibility(\"default\"))) void " << name
      << "(const double* __restrict x, const double* __restrict p, double* __restrict out)\n{\n";
    if (table)
        s << "    __builtin_memcpy(out, " << name << "_constants, sizeof " << name << "_constants);\n";
    emitBody(s, program, Form::Scalar, "    ", table);
    s << "}\n";
}

void emitLanes(std::ostringstream& s, const Program& program, const std::string& name)
{
    s << "extern \"C\" __attribute__((visibility(\"default\"))) void " << name
      << "(int n, const double* __restrict x, const double* __restrict p, double* __restrict out)\n{\n"
      << "#pragma omp simd\n"
      << "    for (int l = 0; l < n; ++l) {\n";
    emitBody(s, program, Form::Lanes, "        ");
    s << "    }\n}\n";
}

// Whether expression() calls the operation through a pointer bound at load time.
bool isBoundCall(Op op)
{
    switch (op) {
    case Op::Exp:
    case Op::Log:
    case Op::Log10:
    case Op::Sin:
    case Op::Cos:
    case Op::Tan:
    case Op::Asin:
    case Op::Acos:
    case Op::Atan:
    case Op::Sinh:
    case Op::Cosh:
    case Op::Tanh:
    case Op::Pow:
    case Op::Atan2:
        return true;
    default:
        return false;
    }
}

// The step over nodes x lanes with exp from nd_fast_exp (native.h: stepNodesFast), built for
// AVX-512, AVX2 and the baseline (the compiler runs without -march, so the library runs on any
// CPU of its architecture); bindFunction picks the best the CPU has. -ffp-contract=off keeps
// every instruction set's rounding equal. Other transcendental functions stay calls through the
// bound pointers (a loop with them is not vectorised, but rounds as the interpreter).
void emitFastLanes(std::ostringstream& s, const Program& program, const std::string& name)
{
    const char* params = "(int nodes, int lanes, const double* __restrict x0, const double* __restrict p0, "
                         "long pRow, long pNode, double* __restrict out0)";
    // A call through a bound pointer (log, sin, pow, ...) keeps the loop scalar: then the
    // instruction-set variants would be three copies of one scalar loop, compiled for nothing.
    bool vectorises = true;
    for (const Instruction& in : program.code)
        vectorises = vectorises && (in.op == Op::Exp || !isBoundCall(in.op));
    if (vectorises)
        s << "#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))\n"
          << "#define ND_X86_CLONES 1\n"
          << "#endif\n";
    s << "static inline __attribute__((always_inline)) void nd_fast_lanes_body" << params << "\n{\n"
      << "    const long n = (long)nodes * lanes;\n"
      << "    for (int j = 0; j < nodes; ++j) {\n"
      << "        const double* __restrict x = x0 + (long)j * lanes;\n"
      << "        const double* __restrict p = p0 + j * pNode;\n"
      << "        double* __restrict out = out0 + (long)j * lanes;\n"
      << "#pragma omp simd\n"
      << "        for (int l = 0; l < lanes; ++l) {\n";
    emitBody(s, program, Form::Nodes, "            ", false, true);
    s << "        }\n    }\n}\n";
    auto variant = [&](const char* suffix, const char* attribute) {
        s << "static " << attribute << " void nd_fast_lanes_" << suffix << params << "\n"
          << "{\n    nd_fast_lanes_body(nodes, lanes, x0, p0, pRow, pNode, out0);\n}\n";
    };
    variant("default", "");
    s << "#ifdef ND_X86_CLONES\n";
    variant("avx2", "__attribute__((target(\"avx2\")))");
    variant("avx512", "__attribute__((target(\"avx512f\")))");
    s << "#endif\n";
    s << "static void (*nd_fast_lanes)(int, int, const double*, const double*, long, long, double*) = "
         "nd_fast_lanes_default;\n"
      << "extern \"C\" __attribute__((visibility(\"default\"))) void " << name
      << "(int nodes, int lanes, const double* x, const double* p, long pRow, long pNode, double* out)\n"
      << "{\n    nd_fast_lanes(nodes, lanes, x, p, pRow, pNode, out);\n}\n";
}

const char* const kSymbols[] = {"step",       "jacobian", "parameter_jacobian", "auxiliary",
                                "step_lanes", "bind",     "step_nodes_fast"};
constexpr int kSymbolCount = static_cast<int>(std::size(kSymbols));
constexpr int kFastNodesSymbol = 6; // maps only

std::string symbolName(const std::string& key, int which)
{
    return "nd_" + key.substr(0, 16) + "_" + kSymbols[which];
}

std::string generate(const CompiledModel& model, const std::string& key)
{
    checkProgram(model.step, model.dimension, model.parameterCount, "step");
    checkProgram(model.jacobian, model.dimension, model.parameterCount, "jacobian");
    checkProgram(model.parameterJacobian, model.dimension, model.parameterCount, "parameterJacobian");
    checkProgram(model.auxiliary, model.dimension, model.parameterCount, "auxiliary");
    std::ostringstream s;
    s << prelude();
    emitScalar(s, model.step, symbolName(key, 0));
    emitScalar(s, model.jacobian, symbolName(key, 1));
    emitScalar(s, model.parameterJacobian, symbolName(key, 2));
    emitScalar(s, model.auxiliary, symbolName(key, 3));
    emitLanes(s, model.step, symbolName(key, 4));
    // Only typed network nodes use the fast node kernel, and they are maps: a flow's library
    // goes without it (it roughly doubles the compile time of a small model).
    if (model.source.kind == TimeKind::Map) {
        s << fastExpFunction();
        emitFastLanes(s, model.step, symbolName(key, kFastNodesSymbol));
    }
    s << bindFunction(symbolName(key, 5));
    return s.str();
}

// ---------------------------------------------------------------------------------------------
// Hashing (cache key): two independent 64-bit FNV-1a streams, 128 bits in hex.

struct Hasher {
    std::uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    void add(std::string_view s)
    {
        for (unsigned char c : s) {
            a = (a ^ c) * 0x100000001b3ull;
            b = (b ^ c) * 0x100000001b3ull;
            b ^= b >> 29;
        }
        a = (a ^ 0xff) * 0x100000001b3ull; // separator: "ab"+"c" differs from "a"+"bc"
        b = (b ^ 0xff) * 0x100000001b3ull;
    }
    std::string hex() const
    {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                      static_cast<unsigned long long>(b));
        return buf;
    }
};

// A program's fingerprint, independent of the key (the key-named symbols are in the source).
std::string programText(const CompiledModel& model)
{
    std::ostringstream s;
    s << model.dimension << ' ' << model.parameterCount << ' ' << model.hash << '\n';
    for (const Program* p : {&model.step, &model.jacobian, &model.parameterJacobian, &model.auxiliary}) {
        for (const Instruction& in : p->code)
            s << static_cast<int>(in.op) << ' ' << in.a << ' ' << in.b << ' ' << in.c << ' ' << in.index
              << ' ' << literal(in.value) << '\n';
        s << "out";
        for (std::int32_t o : p->outputs)
            s << ' ' << o;
        s << '\n';
    }
    return s.str();
}

// ---------------------------------------------------------------------------------------------
// Processes

struct ProcessResult {
    bool ok = false;   // ran and exited with status 0
    std::string error; // otherwise why not
};

// Runs argv[0] (a path) with argv, stdin from /dev/null, stdout and stderr to outFd (or
// captured into *captured through a pipe when outFd < 0). Its own process group, so a timeout
// kills the compiler's children too.
ProcessResult runProcess(const std::vector<std::string>& args, int outFd, std::string* captured,
                         std::chrono::seconds timeout)
{
    ProcessResult res;
    int pipeFds[2] = {-1, -1};
    if (outFd < 0) {
        if (pipe2(pipeFds, O_CLOEXEC) != 0) {
            res.error = std::string("pipe: ") + std::strerror(errno);
            return res;
        }
        outFd = pipeFds[1];
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outFd, 1);
    posix_spawn_file_actions_adddup2(&actions, outFd, 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (pipeFds[1] >= 0)
        close(pipeFds[1]);
    if (rc != 0) {
        if (pipeFds[0] >= 0)
            close(pipeFds[0]);
        res.error = "cannot run " + args[0] + ": " + std::strerror(rc);
        return res;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool timedOut = false;
    if (pipeFds[0] >= 0) {
        char buf[4096];
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                timedOut = true;
                break;
            }
            pollfd pfd{pipeFds[0], POLLIN, 0};
            const int pr = poll(&pfd, 1, static_cast<int>(std::min<long long>(left.count(), 100)));
            if (pr < 0 && errno != EINTR)
                break;
            if (pr <= 0)
                continue;
            const ssize_t n = read(pipeFds[0], buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            if (captured && captured->size() < 65536)
                captured->append(buf, static_cast<std::size_t>(n));
        }
        close(pipeFds[0]);
    }
    int status = 0;
    for (;;) {
        const pid_t w = timedOut ? 0 : waitpid(pid, &status, WNOHANG);
        if (w == pid)
            break;
        if (w < 0 && errno != EINTR) {
            res.error = std::string("waitpid: ") + std::strerror(errno);
            return res;
        }
        if (timedOut || std::chrono::steady_clock::now() >= deadline) {
            kill(-pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            res.error = args[0] + " did not finish within " + std::to_string(timeout.count()) + " s (killed)";
            return res;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        res.ok = true;
    } else if (WIFEXITED(status)) {
        res.error = args[0] + " exited with status " + std::to_string(WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        res.error = args[0] + " was killed by signal " + std::to_string(WTERMSIG(status));
    } else {
        res.error = args[0] + " failed";
    }
    return res;
}

// The compiler's path: $NEURODYN_CXX (a path or a name looked up in PATH), else c++. Empty
// with *whyNot when there is none.
std::string compilerPath(std::string* whyNot)
{
    const char* env = std::getenv("NEURODYN_CXX");
    const std::string name = env && *env ? env : "c++";
    if (name.find('/') != std::string::npos) {
        if (access(name.c_str(), X_OK) == 0)
            return name;
        *whyNot = "no C++ compiler: " + name + " is not an executable file";
        return {};
    }
    const char* path = std::getenv("PATH");
    std::string dirs = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = end > start ? dirs.substr(start, end - start) : ".";
        const std::string candidate = dir + "/" + name;
        struct stat st {};
        if (stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    *whyNot = "no C++ compiler: " + name + " is not in PATH (set NEURODYN_CXX to a compiler)";
    return {};
}

// ---------------------------------------------------------------------------------------------
// The process-wide state. Leaked on purpose: a background compile may still run while static
// destructors run at exit.

struct Entry {
    bool done = false;
    int waiters = 0; // Blocking callers waiting for a compile queued in the background
    std::shared_ptr<const NativeKernels> kernels;
    std::string whyNot;
};

// A background compile not started yet.
struct Job {
    std::string key;
    std::shared_ptr<Entry> entry;
    std::function<void()> run;
};

// Background compiles run one at a time, the newest first, at most this many waiting: typing in
// the equation editor makes a new model per edit, and a compiler per edit would take the cores
// from the analyses. A model dropped from the queue is queued again when it is asked for again.
constexpr std::size_t kMaxQueuedCompiles = 4;

struct State {
    std::mutex mutex;
    std::condition_variable finished;
    std::map<std::string, std::shared_ptr<Entry>> entries; // by cache key
    std::map<std::string, std::string> identities;         // compiler path -> identity hash
    std::map<std::string, std::string> identityErrors;     // compiler path -> why not
    std::deque<Job> queue;                                 // background compiles waiting, oldest first
    bool workerRunning = false;                            // a thread is working through the queue
    std::atomic<NativeCompileMode> mode{NativeCompileMode::Blocking};
    std::atomic<unsigned> counter{0};
};

State& state()
{
    static State* s = new State;
    return *s;
}

// The compiler's identity: hash of its path and `--version` output, once per process and path.
std::string compilerIdentity(const std::string& path, std::string* whyNot)
{
    State& st = state();
    {
        std::lock_guard lock(st.mutex);
        if (auto it = st.identities.find(path); it != st.identities.end())
            return it->second;
        if (auto it = st.identityErrors.find(path); it != st.identityErrors.end()) {
            *whyNot = it->second;
            return {};
        }
    }
    std::string out;
    const ProcessResult r = runProcess({path, "--version"}, -1, &out, kVersionTimeout);
    std::lock_guard lock(st.mutex);
    if (!r.ok) {
        *whyNot = "the C++ compiler " + path + " does not answer --version: " + r.error;
        st.identityErrors[path] = *whyNot;
        return {};
    }
    Hasher h;
    h.add(path);
    h.add(out);
    return st.identities[path] = h.hex();
}

fs::path cacheFolder(std::string* whyNot)
{
    std::vector<fs::path> candidates;
    if (const char* d = std::getenv("NEURODYN_CACHE_DIR"); d && *d) {
        candidates.emplace_back(d);
    } else if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) {
        candidates.push_back(fs::path(x) / "neurodyn" / "typed-models");
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        candidates.push_back(fs::path(home) / ".cache" / "neurodyn" / "typed-models");
    }
    std::error_code ec;
    const fs::path tmp = fs::temp_directory_path(ec);
    if (!ec)
        candidates.push_back(tmp / ("neurodyn-typed-models-" + std::to_string(getuid())));
    std::string tried;
    for (const fs::path& c : candidates) {
        fs::create_directories(c, ec);
        if (!ec && access(c.c_str(), W_OK | X_OK) == 0)
            return c;
        tried += (tried.empty() ? "" : ", ") + c.string();
    }
    *whyNot = "no writable cache folder for compiled typed models (tried " + tried + ")";
    return {};
}

std::shared_ptr<const NativeKernels> load(const fs::path& library, const std::string& key,
                                          std::string* whyNot)
{
    void* handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* e = dlerror();
        *whyNot = "cannot load " + library.string() + ": " + (e ? e : "unknown error");
        return nullptr;
    }
    auto kernels = std::make_shared<NativeKernels>();
    kernels->library = std::shared_ptr<void>(handle, [](void* h) { dlclose(h); });
    void* symbols[kSymbolCount];
    for (int i = 0; i < kSymbolCount; ++i) {
        symbols[i] = dlsym(handle, symbolName(key, i).c_str());
        if (!symbols[i] && i != kFastNodesSymbol) {
            *whyNot = library.string() + " lacks " + symbolName(key, i);
            return nullptr;
        }
    }
    using Scalar = void (*)(const double*, const double*, double*);
    using Lanes = void (*)(int, const double*, const double*, double*);
    kernels->step = reinterpret_cast<Scalar>(symbols[0]);
    kernels->jacobian = reinterpret_cast<Scalar>(symbols[1]);
    kernels->parameterJacobian = reinterpret_cast<Scalar>(symbols[2]);
    kernels->auxiliary = reinterpret_cast<Scalar>(symbols[3]);
    kernels->stepLanes = reinterpret_cast<Lanes>(symbols[4]);
    kernels->stepNodesFast = reinterpret_cast<decltype(kernels->stepNodesFast)>(symbols[kFastNodesSymbol]);
    using Bind = void (*)(const Unary*, const Binary*);
    reinterpret_cast<Bind>(symbols[5])(kUnary, kBinary);
    return kernels;
}

std::string readHead(const fs::path& file, std::size_t limit)
{
    std::ifstream in(file, std::ios::binary);
    std::string s(limit, '\0');
    in.read(s.data(), static_cast<std::streamsize>(limit));
    s.resize(static_cast<std::size_t>(in.gcount()));
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

// Temporary files of compiles that never finished (a process killed meanwhile) go after an
// hour: far beyond the compiler's timeout, so no running compile loses its files.
void removeStaleTemporaries(const fs::path& folder)
{
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code tec;
        if (name.rfind("tmp-", 0) == 0 &&
            now - fs::last_write_time(it->path(), tec) > std::chrono::hours(1) && !tec)
            fs::remove(it->path(), tec);
    }
}

// Compiles source into folder/<key>.so (temporary names, then an atomic rename) and loads it.
std::shared_ptr<const NativeKernels> build(const std::string& compiler, const std::string& source,
                                           const fs::path& folder, const std::string& key,
                                           std::string* whyNot)
{
    removeStaleTemporaries(folder);
    const fs::path target = folder / (key + ".so");
    const std::string stem =
        "tmp-" + key + "-" + std::to_string(getpid()) + "-" + std::to_string(state().counter.fetch_add(1));
    const fs::path src = folder / (stem + ".cpp"), lib = folder / (stem + ".so"),
                   log = folder / (stem + ".log");
    auto cleanup = [&] {
        std::error_code ec;
        fs::remove(src, ec);
        fs::remove(lib, ec);
        fs::remove(log, ec);
    };
    {
        std::ofstream out(src, std::ios::binary);
        out << source;
        if (!out.flush()) {
            *whyNot = "cannot write " + src.string();
            cleanup();
            return nullptr;
        }
    }
    const int logFd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (logFd < 0) {
        *whyNot = "cannot write " + log.string() + ": " + std::strerror(errno);
        cleanup();
        return nullptr;
    }
    std::vector<std::string> args{compiler};
    args.insert(args.end(), compileFlags().begin(), compileFlags().end());
    args.insert(args.end(), {src.string(), "-o", lib.string()});
    const ProcessResult r = runProcess(args, logFd, nullptr, compileTimeout());
    close(logFd);
    if (!r.ok) {
        const std::string messages = readHead(log, 2000);
        *whyNot = "the C++ compiler failed: " + r.error + (messages.empty() ? "" : "\n" + messages);
        cleanup();
        return nullptr;
    }
    std::error_code ec;
    fs::rename(lib, target, ec);
    if (ec) {
        *whyNot = "cannot move the compiled model to " + target.string() + ": " + ec.message();
        cleanup();
        return nullptr;
    }
    cleanup();
    return load(target, key, whyNot);
}

void backgroundWorker()
{
    State& st = state();
    std::unique_lock lock(st.mutex);
    while (!st.queue.empty()) {
        Job job = std::move(st.queue.back()); // the newest: what the user looks at now
        st.queue.pop_back();
        lock.unlock();
        job.run();
        lock.lock();
    }
    st.workerRunning = false;
}

// Queues a background compile; false when no thread can be started (then compile at once).
bool enqueue(const std::string& key, const std::shared_ptr<Entry>& entry, std::function<void()> run)
{
    State& st = state();
    std::lock_guard lock(st.mutex);
    st.queue.push_back({key, entry, std::move(run)});
    // The oldest go first; the one just queued stays.
    for (auto it = st.queue.begin();
         st.queue.size() > kMaxQueuedCompiles && std::next(it) != st.queue.end();) {
        if (it->entry->waiters == 0) {
            st.entries.erase(it->key); // asked for again, it is queued again
            it = st.queue.erase(it);
        } else {
            ++it;
        }
    }
    if (st.workerRunning)
        return true;
    try {
        std::thread(backgroundWorker).detach();
    } catch (const std::system_error&) {
        st.queue.pop_back();
        return false;
    }
    st.workerRunning = true;
    return true;
}

} // namespace

void setNativeCompileMode(NativeCompileMode mode)
{
    state().mode = mode;
    if (mode != NativeCompileMode::Background)
        return;
    // Ask the compiler for its identity now, off the calling (GUI) thread, so the first typed
    // model does not wait for `c++ --version` there.
    try {
        std::thread([] {
            std::string why;
            const std::string compiler = compilerPath(&why);
            if (!compiler.empty())
                compilerIdentity(compiler, &why);
        }).detach();
    } catch (const std::system_error&) {
        // Then the first model asks it, as in Blocking mode.
    }
}

NativeCompileMode nativeCompileMode()
{
    return state().mode;
}

void forgetNativeKernels()
{
    State& st = state();
    std::lock_guard lock(st.mutex);
    // Compiles still running keep their entries: their waiters must see them finish.
    for (auto it = st.entries.begin(); it != st.entries.end();)
        it = it->second->done ? st.entries.erase(it) : std::next(it);
    st.identityErrors.clear();
}

std::string nativeSource(const CompiledModel& model)
{
    Hasher h;
    h.add(programText(model));
    return generate(model, h.hex());
}

std::shared_ptr<const NativeKernels> compileNative(const CompiledModel& model, std::string* whyNot)
{
    std::string why;
    auto fail = [&](std::string reason) -> std::shared_ptr<const NativeKernels> {
        if (whyNot)
            *whyNot = std::move(reason);
        return nullptr;
    };
    if (state().mode == NativeCompileMode::Off)
        return fail(kCompilingOff);
    const std::string compiler = compilerPath(&why);
    if (compiler.empty())
        return fail(why);
    const std::string identity = compilerIdentity(compiler, &why);
    if (identity.empty())
        return fail(why);
    Hasher h;
    h.add(kGeneratorVersion);
    h.add(identity);
    for (const std::string& f : compileFlags())
        h.add(f);
    h.add(programText(model));
    const std::string key = h.hex();

    State& st = state();
    std::shared_ptr<Entry> entry;
    {
        std::unique_lock lock(st.mutex);
        if (auto it = st.entries.find(key); it != st.entries.end()) {
            entry = it->second;
            if (!entry->done) {
                if (st.mode == NativeCompileMode::Background)
                    return fail(kCompilingInBackground);
                ++entry->waiters;
                st.finished.wait(lock, [&] { return entry->done; });
                --entry->waiters;
            }
            return entry->kernels ? entry->kernels : fail(entry->whyNot);
        }
        entry = std::make_shared<Entry>();
        st.entries.emplace(key, entry);
    }
    auto finish = [entry](std::shared_ptr<const NativeKernels> kernels, std::string reason) {
        State& s = state();
        std::lock_guard lock(s.mutex);
        entry->kernels = std::move(kernels);
        entry->whyNot = std::move(reason);
        entry->done = true;
        s.finished.notify_all();
    };

    std::string source;
    try {
        source = generate(model, key);
    } catch (const std::exception& e) {
        finish(nullptr, e.what());
        return fail(e.what());
    }
    const fs::path folder = cacheFolder(&why);
    if (folder.empty()) {
        finish(nullptr, why);
        return fail(why);
    }
    // A library already on disk (this or an earlier process compiled it): load it at once.
    const fs::path target = folder / (key + ".so");
    std::error_code ec;
    if (fs::exists(target, ec)) {
        std::string loadWhy;
        if (auto kernels = load(target, key, &loadWhy)) {
            finish(kernels, {});
            return kernels;
        }
        // Unloadable (truncated by a crash, another machine's file): compile it again.
    }
    auto work = [compiler, source, folder, key, finish] {
        std::string reason;
        auto kernels = build(compiler, source, folder, key, &reason);
        finish(kernels, kernels ? std::string() : reason);
        return std::make_pair(kernels, reason);
    };
    if (st.mode == NativeCompileMode::Background && enqueue(key, entry, [work] { work(); }))
        return fail(kCompilingInBackground);
    auto [kernels, reason] = work();
    return kernels ? kernels : fail(reason);
}

} // namespace nd::eq
