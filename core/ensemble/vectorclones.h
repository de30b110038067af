// ND_VECTOR_CLONES: compiles a hot kernel for AVX-512, AVX2 and baseline x86-64 and picks the
// best at load time (GCC's target_clones). Clang 14 cannot multiversion templates, so there
// (and on other CPUs) the kernel is compiled once for the baseline: results are the same,
// since these files are built with -ffp-contract=off and every clone rounds alike.
// ThreadSanitizer builds get one baseline copy too: the clones' ifunc resolvers run before the
// TSan runtime is set up, and their instrumented code crashed every program at start.
#pragma once

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_THREAD__)
#define ND_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define ND_VECTOR_CLONES
#endif
