#!/usr/bin/env bash
# Configures and builds NeuroDyn in a build folder (default: build/). Extra arguments go to
# CMake's configure step. Used by run.sh and test.sh; handy on its own.
#   scripts/build.sh [BUILD_DIR] [-DOPTION=VALUE ...]
# TARGETS="a b" in the environment builds only those targets (and what they need).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    build=$1
    shift
fi
generator=()
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
jobs=$(nproc 2>/dev/null || echo 2)
# Let ccache share results between clones in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
targets=()
for t in ${TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" -j"$jobs" "${targets[@]}"
