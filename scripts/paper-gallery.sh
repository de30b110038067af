#!/usr/bin/env bash
# Reproduces the paper gallery (docs/papers.md): runs every built-in `paper-*` example study with
# `neurodyn-cli run`, reports each run's wall time (each must stay under 2 minutes on 2 cores) and
# copies the figures into docs/images/papers/<study>-<figure>.png.
#   scripts/paper-gallery.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
cli="$build/app/neurodyn-cli"
[ -x "$cli" ] || { echo "build NeuroDyn first (scripts/build.sh)"; exit 1; }
out="$root/docs/images/papers"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for study in $("$cli" examples | awk '$1 ~ /^paper-/ {print $1}'); do
    "$cli" example "$study" "$tmp/$study.json" >/dev/null
    start=$(date +%s%N)
    "$cli" run "$tmp/$study.json" --out "$tmp/$study" --quiet
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    printf '%-36s %4d.%01d s\n' "$study" $((ms / 1000)) $((ms % 1000 / 100))
    for f in "$tmp/$study"/*.png; do
        case $(basename "$f") in trajectory-*) continue ;; esac # the analyses, not the time series
        cp "$f" "$out/$study-$(basename "$f")"
    done
done
