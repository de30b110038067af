#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens the GUI on a built-in
# example study. Without a display it renders the example's views to PNG files instead (and
# says where), so it never hangs on a headless machine.
#   scripts/run.sh [EXAMPLE]      (default example: chialvo-bursting)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
example=${1:-chialvo-bursting}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"

app="$root/build/app/neurodyn"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening NeuroDyn on the example study '$example'."
    exec "$app" --example "$example"
fi
out="$root/build/example-images"
echo "No display found: rendering the example study '$example' to images instead."
QT_QPA_PLATFORM=offscreen "$app" --example "$example" --render "$out"
echo "Images written to $out (open them with any image viewer)."
