#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + fuzzer) and runs each for a while,
# starting from the seed corpus (example studies and sample series): the study-file loader
# (fuzz_studyfile), the engine's series and edge-list readers (fuzz_seriesreader,
# fuzz_edgelist), the CLI's option parser (fuzz_cli_options: `run`/`merge` arguments and the
# number lists, one argument per line) and the CLI's series tables (fuzz_cli_series: what
# `neurodyn-cli measure` reads), and the model language of typed models (fuzz_equations).
# The weight-file readers of NeuroMFA: fuzz_safetensors, fuzz_npy (.npy and .npz). The tile
# readers of our own files: fuzz_neuromfa_tiles (`neuromfa --merge`), fuzz_attractors_tiles. CI
# runs a short pass; a longer run is one argument away:
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 20; the documented long run uses 600)
# Crashes are written to build-fuzz/crashes/<target>/ and the script fails; turn each into a
# regression input in tests/fuzz/regressions/<target>/ once fixed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-20}
build="$root/build-fuzz"
mkdir -p "$build"
CXX=clang++ CC=clang TARGETS=fuzzers "$root/scripts/build.sh" "$build" -DNEURODYN_FUZZ=ON -DNEURODYN_BUILD_GUI=OFF \
    -DNEURODYN_BUILD_TESTS=OFF "-DNEURODYN_SANITIZE=address;undefined" -DCMAKE_CXX_COMPILER=clang++ \
    >"$build/build.log" 2>&1 || { tail -40 "$build/build.log"; echo "fuzz build failed"; exit 1; }
status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    # Executables only (the build also leaves fuzz_*_autogen folders here).
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    corpus="$build/corpus/$name"
    crashes="$build/crashes/$name"
    mkdir -p "$corpus" "$crashes"
    seeds=("$root/tests/fuzz/seeds/$name")
    [ -d "$root/tests/fuzz/regressions/$name" ] && seeds+=("$root/tests/fuzz/regressions/$name")
    echo "fuzzing $name for ${seconds}s"
    if ! ASAN_OPTIONS="detect_leaks=1" LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp" \
        "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "${seeds[@]}" \
            >"$build/$name.log" 2>&1; then
        echo "FAILED: $name found a problem; see $build/$name.log and $crashes/"
        tail -30 "$build/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|Done" "$build/$name.log" | tail -2
    fi
done
exit $status
