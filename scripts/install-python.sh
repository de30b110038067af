#!/usr/bin/env bash
# Builds the Python module `neurodyn` and installs it so that `python3 -c "import neurodyn"`
# works in a plain shell, offline. The README's command after its set-up:
#   scripts/install-python.sh              build (target neurodyn_python in build/) and install
#   scripts/install-python.sh --uninstall  remove everything an earlier run installed
#   scripts/install-python.sh --no-build   install what the build folder holds, without
#                                          installing packages or building first
#   BUILD_DIR=... overrides the build folder (default build/).
#
# What it installs, for each of two interpreters (the `python3` first on PATH, and the one the
# module is built for, Debian's /usr/bin/python3; often the same): the package folder neurodyn/
# in that interpreter's user site (~/.local/lib/python3.X/site-packages; inside a virtual
# environment, the environment's site-packages). Two interpreters of the same minor version
# share one user site, so one copy serves both. The extension is built for one ABI
# (e.g. cpython-311): an interpreter of another minor version is refused with a message.
#
# numpy: an interpreter of the right version that cannot import numpy (pyenv's or a
# self-built python3 has none, and there is no network to pip-install it) gets Debian's numpy
# and nothing else: a folder neurodyn-numpy/ holding one link, numpy -> Debian's numpy, and
# a file neurodyn-numpy.pth that adds that folder to sys.path for that interpreter only (it
# compares sys.prefix). Everything is written next to neurodyn/ and named neurodyn*, so
# --uninstall removes exactly what was added.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}

say() { printf 'install-python: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

mode=install
build_first=1
for arg in "$@"; do
    case "$arg" in
        --uninstall) mode=uninstall ;;
        --no-build) build_first=0 ;;
        -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$arg' (use --uninstall, --no-build or --help)" ;;
    esac
done

# The probes must see each interpreter as a plain shell does: no PYTHONPATH (the tests point
# it at the build tree), user site enabled.
unset PYTHONPATH PYTHONHOME PYTHONNOUSERSITE

# One line about an interpreter: prefix, version, extension suffix, install folder, whether it
# can import numpy (and where from). Tab-separated; the install folder is the user site unless
# the interpreter disables it (a virtual environment), then its own site-packages.
probe() {
    "$1" - <<'EOF'
import importlib.machinery, site, sys, sysconfig
dest = site.getusersitepackages() if site.ENABLE_USER_SITE else sysconfig.get_paths()["purelib"]
# An earlier run's link does not count: look for numpy without it.
path = [p for p in sys.path if p != dest + "/neurodyn-numpy"]
spec = importlib.machinery.PathFinder.find_spec("numpy", path)
numpy = spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else "-"
print(sys.prefix, "%d.%d" % sys.version_info[:2], sysconfig.get_config_var("EXT_SUFFIX"), dest,
      numpy, sys.executable, sep="\t")
EOF
}

# The interpreters: python3 on PATH and the one CMake built the module for.
builder=/usr/bin/python3
if [ -f "$build/CMakeCache.txt" ]; then
    cached=$(sed -n 's/^Python_EXECUTABLE:[A-Z]*=//p' "$build/CMakeCache.txt")
    [ -n "$cached" ] && builder=$cached
fi
candidates=()
if command -v python3 >/dev/null; then candidates+=("$(command -v python3)"); fi
[ -x "$builder" ] && candidates+=("$builder")
[ ${#candidates[@]} -gt 0 ] || die "no python3 found (Debian: apt-get install python3)"

if [ "$mode" = install ]; then
    if [ $build_first -eq 1 ]; then
        "$root/scripts/install-deps.sh"
        say "building the module (target neurodyn_python in $build)"
        if ! TARGETS=neurodyn_python "$root/scripts/build.sh" "$build"; then
            die "building the module failed; it needs pybind11-dev, python3-dev and python3-numpy" \
                "(scripts/install-deps.sh installs them)"
        fi
    fi
    [ -f "$build/CMakeCache.txt" ] || die "$build is not a configured build folder"
    # The interpreter may have come from the first configure.
    cached=$(sed -n 's/^Python_EXECUTABLE:[A-Z]*=//p' "$build/CMakeCache.txt")
    if [ -n "$cached" ] && [ "$cached" != "$builder" ]; then builder=$cached; candidates+=("$builder"); fi
    shopt -s nullglob
    built=("$build"/python/neurodyn/_core*.so)
    shopt -u nullglob
    [ ${#built[@]} -eq 1 ] || die "no module in $build/python/neurodyn (is NEURODYN_BUILD_PYTHON off?)"
    suffix=${built[0]##*/_core}
    IFS=$'\t' read -r _ _ _ _ builder_numpy _ < <(probe "$builder")
fi

refused=0
declare -A seen_prefix seen_dest
declare -A pth_lines
checked=()
for exe in "${candidates[@]}"; do
    IFS=$'\t' read -r prefix version ext dest numpy real < <(probe "$exe") \
        || { say "skipping $exe: it does not run"; continue; }
    [ -z "${seen_prefix[$prefix]:-}" ] || continue
    seen_prefix[$prefix]=1
    if [ "$mode" = uninstall ]; then
        [ -z "${seen_dest[$dest]:-}" ] || continue
        seen_dest[$dest]=1
        if [ -d "$dest/neurodyn" ] && [ ! -f "$dest/neurodyn/.installed-by-neurodyn" ]; then
            say "leaving $dest/neurodyn alone: this script did not install it"
        elif [ -d "$dest/neurodyn" ]; then
            rm -rf "$dest/neurodyn"
            say "removed $dest/neurodyn"
        fi
        for extra in "$dest/neurodyn-numpy" "$dest/neurodyn-numpy.pth"; do
            if [ -e "$extra" ] || [ -L "$extra" ]; then rm -rf "$extra"; say "removed $extra"; fi
        done
        continue
    fi
    if [ "$ext" != "$suffix" ]; then
        say "refusing $exe (Python $version, $real): the module is built for $builder" \
            "(extension suffix $suffix, this one loads $ext). Use $builder, or rebuild for this" \
            "interpreter: cmake $build -DPython_EXECUTABLE=$real (it needs numpy and pybind11 there)"
        refused=1
        continue
    fi
    if [ -z "${seen_dest[$dest]:-}" ]; then
        seen_dest[$dest]=1
        mkdir -p "$dest"
        rm -rf "$dest/neurodyn.new"
        mkdir "$dest/neurodyn.new"
        cp "$build"/python/neurodyn/*.py "$build"/python/neurodyn/_core*.so "$dest/neurodyn.new/"
        for f in "$build"/python/neurodyn/*.pyi "$build"/python/neurodyn/py.typed; do
            if [ -f "$f" ]; then cp "$f" "$dest/neurodyn.new/"; fi
        done
        printf 'Installed by %s/scripts/install-python.sh from %s\n' "$root" "$build" \
            >"$dest/neurodyn.new/.installed-by-neurodyn"
        if [ -d "$dest/neurodyn" ] && [ ! -f "$dest/neurodyn/.installed-by-neurodyn" ]; then
            rm -rf "$dest/neurodyn.new"
            die "$dest/neurodyn exists and was not installed by this script; remove it first"
        fi
        rm -rf "$dest/neurodyn"
        mv "$dest/neurodyn.new" "$dest/neurodyn"
        say "installed the package into $dest/neurodyn (for Python $version)"
    fi
    if [ "$numpy" = "-" ]; then
        [ "$builder_numpy" != "-" ] || die "$builder cannot import numpy (Debian: apt-get install python3-numpy)"
        mkdir -p "$dest/neurodyn-numpy"
        ln -sfn "$builder_numpy" "$dest/neurodyn-numpy/numpy"
        pth_lines[$dest]+="import sys; sys.prefix == '$prefix' and sys.path.append('$dest/neurodyn-numpy')"$'\n'
        say "$real has no numpy: made Debian's numpy ($builder_numpy) visible to it, and nothing" \
            "else, through $dest/neurodyn-numpy.pth"
    fi
    checked+=("$exe")
done

[ "$mode" = install ] || { say "done"; exit 0; }

# One .pth per install folder, holding a line for each interpreter there that needs numpy
# (lines an earlier run wrote for interpreters not looked at now are kept); a folder whose
# interpreters all have their own numpy keeps no link.
for dest in "${!seen_dest[@]}"; do
    if [ -f "$dest/neurodyn-numpy.pth" ]; then
        while IFS= read -r line; do
            other=${line#*sys.prefix == \'}
            other=${other%%\'*}
            [ -n "${seen_prefix[$other]:-}" ] || pth_lines[$dest]+="$line"$'\n'
        done <"$dest/neurodyn-numpy.pth"
    fi
    if [ -n "${pth_lines[$dest]:-}" ]; then
        printf '%s' "${pth_lines[$dest]}" >"$dest/neurodyn-numpy.pth"
    else
        rm -rf "$dest/neurodyn-numpy" "$dest/neurodyn-numpy.pth"
    fi
done

# The check, as a plain shell would run it.
status=0
for exe in "${checked[@]}"; do
    if out=$("$exe" -c 'import neurodyn, numpy; print(neurodyn.__version__)' 2>&1); then
        say "$exe: import neurodyn, numpy: ok (neurodyn $out)"
    else
        say "$exe: import neurodyn still fails: $out"
        status=1
    fi
done
if [ $refused -ne 0 ]; then status=1; fi
exit $status
