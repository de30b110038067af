#!/usr/bin/env bash
# Installs what NeuroDyn needs to build and test, then Qwt 6.3 for Qt 6 (built once into a
# cache folder when the system has no Qwt for Qt 6). Idempotent: a second run installs nothing.
#
# Debian 12 (and Ubuntu 22.04+): run as root, or as a user with sudo.
# Other systems: install the equivalents by hand (see README.md, "Other systems") and build with
# -DQWT_ROOT=<prefix of a Qwt 6.x built for Qt 6>.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

say() { printf 'install-deps: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

packages=(
    build-essential cmake ninja-build ccache git pkg-config bzip2 ca-certificates
    qt6-base-dev qt6-base-dev-tools qmake6 qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev
    libeigen3-dev libboost-dev libfftw3-dev
    xvfb xauth
    dpkg-dev desktop-file-utils appstream lintian
    clang libclang-rt-14-dev
    libopenmpi-dev openmpi-bin
    pybind11-dev python3-dev python3-numpy python3-pytest python3-matplotlib
)

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "this is not a Debian-like system; install by hand: a C++20 compiler, CMake >= 3.22, Ninja,"
    say "Qt 6 (Core, Gui, Widgets, Svg, PrintSupport, Concurrent, Test, LinguistTools), Eigen 3.4,"
    say "Boost headers, FFTW 3, and Qwt 6.2+ built for Qt 6 (pass -DQWT_ROOT=<prefix> to CMake)."
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    say "installing: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        die "these packages are missing and installing them needs root: ${missing[*]}
    run this script as root (or with sudo), or: sudo apt-get install ${missing[*]}"
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q >/dev/null || die "apt-get update failed: is the network or the package mirror reachable?"
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
else
    say "all system packages present"
fi

# Qwt for Qt 6: a system build (library named qwt-qt6) or QWT_ROOT wins; else the cache.
if [ -n "${QWT_ROOT:-}" ]; then
    say "using Qwt from QWT_ROOT=$QWT_ROOT"
elif ls /usr/lib/*/libqwt-qt6.so /usr/lib/libqwt-qt6.so /usr/lib64/libqwt-qt6.so >/dev/null 2>&1; then
    say "using the system's Qwt for Qt 6"
else
    "$here/build-qwt.sh" >/dev/null
fi
