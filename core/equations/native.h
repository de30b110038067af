// Typed models (issue 18): the compiled backend. C++ source is generated from a
// CompiledModel's Programs only (never from the user's text: names do not appear in it, every
// value is an instruction of the graph), compiled by the system's C++ compiler into a shared
// library, and loaded with dlopen. Libraries are cached on disk under a key made of the
// model's hash, the generator's version and the compiler's identity, so the second use of a
// model costs a dlopen. The cache folder is $NEURODYN_CACHE_DIR, else $XDG_CACHE_HOME/neurodyn/
// typed-models, else ~/.cache/neurodyn/typed-models; the compiler is $NEURODYN_CXX, else c++,
// started without a shell and killed after $NEURODYN_CXX_TIMEOUT seconds (default 60).
//
// Any thread may call compileNative; concurrent calls for the same model compile once.
#pragma once

#include "equations/program.h"

#include <memory>
#include <string>

namespace nd::eq {

struct NativeKernels {
    // x: dimension values, p: parameters, out as the Program's outputs.
    void (*step)(const double* x, const double* p, double* out) = nullptr;
    void (*jacobian)(const double* x, const double* p, double* out) = nullptr;
    void (*parameterJacobian)(const double* x, const double* p, double* out) = nullptr;
    void (*auxiliary)(const double* x, const double* p, double* out) = nullptr;
    // Lanes in structure-of-arrays layout as evaluateLanes (program.h).
    void (*stepLanes)(int lanes, const double* x, const double* p, double* out) = nullptr;
    // The step of `nodes` network nodes x `lanes` ensemble lanes with exp from nd::fastExp
    // (ensemble/vectormath.h: within 2 ulp of std::exp) bit for bit and every other operation as
    // stepLanes; vectorised for the best instruction set the CPU has. For the kernels that take
    // fastExp where the built-in models do (orbit diagrams without exact arithmetic). With
    // n = nodes * lanes, lane l of node j: variable v at x[v * n + j * lanes + l], parameter k at
    // p[k * pRow + j * pNode + l] (pNode = 0: every node has the same parameters), output o at
    // out[o * n + j * lanes + l]. Null for a flow (network nodes are maps).
    void (*stepNodesFast)(int nodes, int lanes, const double* x, const double* p, long pRow, long pNode,
                          double* out) = nullptr;
    std::shared_ptr<void> library; // keeps the shared library loaded
};

// The compiled kernels, or null with *whyNot set (no compiler, compiler error, dlopen error,
// cache folder not writable and no temporary folder either).
std::shared_ptr<const NativeKernels> compileNative(const CompiledModel& model, std::string* whyNot);

// What compileNative does for a model that is neither loaded nor in the disk cache (a cold
// compile takes a good fraction of a second). Blocking (the default: CLI, tests, benches)
// waits for the compiler. Background starts the compiler on a thread of its own and returns
// null at once with whyNot kCompilingInBackground, so a GUI thread never waits: the model runs
// on the interpreter, and models created after the compile has finished get the kernels. A
// library already in the disk cache is loaded at once in both modes. Off never compiles nor
// loads: every typed model runs on the interpreter (fuzz targets, which build thousands of
// random models and must not start a compiler for each). Process-wide; any thread.
enum class NativeCompileMode { Blocking, Background, Off };
void setNativeCompileMode(NativeCompileMode mode);
NativeCompileMode nativeCompileMode();
inline constexpr const char* kCompilingInBackground = "compiling in the background";
inline constexpr const char* kCompilingOff = "compiling is switched off in this process";

// Forgets the process's table of loaded and failed compiles (libraries stay loaded while
// kernels hold them), so the next compileNative looks at the disk cache as a new process
// would. For tests.
void forgetNativeKernels();

// The C++ source compileNative hands to the compiler (for tests and the curious). Throws
// InputError for a Program that breaks program.h's rules (an operand that is not an earlier
// instruction, a variable or parameter index out of range).
std::string nativeSource(const CompiledModel& model);

} // namespace nd::eq
