// Typed models (issue 18): the compiled backend. C++ source is generated from a
// CompiledModel's Programs only (never from the user's text: names do not appear in it, every
// value is an instruction of the graph), compiled by the system's C++ compiler into a shared
// library, and loaded with dlopen. Libraries are cached on disk under a key made of the
// model's hash, the generator's version and the compiler's identity, so the second use of a
// model costs a dlopen. The cache folder is $NEURODYN_CACHE_DIR, else $XDG_CACHE_HOME/neurodyn/
// typed-models, else ~/.cache/neurodyn/typed-models; the compiler is $NEURODYN_CXX, else c++.
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
    std::shared_ptr<void> library; // keeps the shared library loaded
};

// The compiled kernels, or null with *whyNot set (no compiler, compiler error, dlopen error,
// cache folder not writable and no temporary folder either).
std::shared_ptr<const NativeKernels> compileNative(const CompiledModel& model, std::string* whyNot);

} // namespace nd::eq
