// Compiled with -O3 -ffast-math -fopenmp-simd (core/CMakeLists.txt) so GCC calls glibc's
// vector sin/cos; nothing else lives in this file, so the flags change no other result.
#include "ensemble/vectorclones.h"
#include "ensemble/vectormath.h"

#include <cmath>

namespace nd {

// Clones for AVX-512, AVX2 and baseline x86-64 call libmvec's 8-, 4- and 2-lane variants.
ND_VECTOR_CLONES void sinCosArray(const double* x, double* s, double* c,
                                                                              std::size_t n)
{
    // Two loops: a sin and a cos of the same argument in one loop would be fused into a
    // scalar sincos call, which defeats the vector variants.
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i)
        s[i] = std::sin(x[i]);
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i)
        c[i] = std::cos(x[i]);
}

} // namespace nd
