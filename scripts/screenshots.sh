#!/usr/bin/env bash
# Renders the README's screenshots: starts the GUI under Xvfb (a real X server, no screen
# needed) on example studies and writes each main view and the window to docs/images/.
#   scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
app="$build/app/neurodyn"
[ -x "$app" ] || { echo "build NeuroDyn first (scripts/build.sh)"; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: apt-get install xvfb xauth"; exit 1; }
out="$root/docs/images"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Each example shows other analyses: the 0-1 test, sample entropy and MFDFA (chialvo-bursting),
# basins and continuation (henon-attractor), a parameter scan with branches over the orbit
# diagram (logistic-period-doubling), synchrony and the network spectrum (ring-star-100).
for example in ${EXAMPLES:-chialvo-bursting henon-attractor logistic-period-doubling ring-star-100}; do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --example "$example" --render "$tmp/$example"
    for f in "$tmp/$example"/*.png; do
        cp "$f" "$out/$example-$(basename "$f")"
    done
done
[ -f "$out/chialvo-bursting-main-window.png" ] && mv "$out/chialvo-bursting-main-window.png" "$out/main-window.png"
ls -1 "$out"
