#!/usr/bin/env bash
# Builds the chain search driver (chainsearch.cpp, issue 19.5) against a build's engine library and
# runs it with the given arguments; docs/papers.md lists the scans that found the chain's
# coexisting chaotic and period-4 attractors, e.g. scan I:
#   scripts/chainsearch/run.sh 400 32 51 k0=0:0.03 r_sigma=-0.25:-0.1
# BUILD_DIR (default build/) must hold a built core/libneurodyn_core.a.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
lib="$build/core/libneurodyn_core.a"
[ -f "$lib" ] || { echo "build the engine first: cmake --build $build --target neurodyn_core"; exit 1; }
exe="$build/chainsearch"
if [ ! -x "$exe" ] || [ "$root/scripts/chainsearch/chainsearch.cpp" -nt "$exe" ] || [ "$lib" -nt "$exe" ]; then
    "${CXX:-c++}" -std=c++20 -O2 -Wall -Wextra -Wpedantic -I"$root/core" -isystem /usr/include/eigen3 \
        "$root/scripts/chainsearch/chainsearch.cpp" "$lib" -lpthread -o "$exe"
fi
exec "$exe" "$@"
