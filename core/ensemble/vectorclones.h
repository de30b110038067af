// ND_VECTOR_CLONES: compiles a hot kernel for AVX-512, AVX2 and baseline x86-64 and picks the
// best at load time (GCC's target_clones). Clang 14 cannot multiversion templates, so there
// (and on other CPUs) the kernel is compiled once for the baseline: results are the same,
// since these files are built with -ffp-contract=off and every clone rounds alike.
#pragma once

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ND_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define ND_VECTOR_CLONES
#endif
