#!/usr/bin/env bash
# Builds the Debian package neurodyn_<version>_<arch>.deb from a build folder (default: build/)
# through the project's own install rules, without debhelper:
#   scripts/package.sh [BUILD_DIR]       -> BUILD_DIR/neurodyn_<version>_<arch>.deb
# It builds the build folder (configuring it first with scripts/build.sh if it is new; an up-to-
# date one, as in CI, costs nothing), installs it with `cmake --install --prefix /usr` into
# BUILD_DIR/deb-root with DESTDIR,
# strips the ELF files, gzips the man pages, writes the copyright and changelog files Debian
# wants, computes Depends with dpkg-shlibdeps (the private Qwt in lib/neurodyn ships inside the
# package, so it is not a dependency) plus the Python the module was built for, writes DEBIAN/
# (control, md5sums, and the maintainer scripts dh_python3 would write for the Python package),
# and runs dpkg-deb --root-owner-group. lintian runs on the result when it is installed
# (NEURODYN_LINTIAN=0 skips it); its findings are printed, not fatal.
# The menu, MIME and icon caches need no maintainer script: desktop-file-utils,
# shared-mime-info, hicolor-icon-theme and man-db update them through dpkg file triggers on
# /usr/share/{applications,mime/packages,icons/hicolor,man}.
# Maintainer: $DEBFULLNAME <$DEBEMAIL> when set, else the repository's git user.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

say() { printf 'package: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture strip; do
    command -v "$tool" >/dev/null || die "$tool not found: install dpkg-dev and binutils (scripts/install-deps.sh does)"
done

# The version has one home: project(VERSION) in the top-level CMakeLists.txt.
version=$(sed -n 's/^project(NeuroDyn VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ -n "$version" ] || die "no 'project(NeuroDyn VERSION x.y.z' line in $root/CMakeLists.txt"
arch=$(dpkg --print-architecture)
deb="$build/neurodyn_${version}_${arch}.deb"

# The prefix is given to the install step only: configuring the folder with /usr would leave it
# there for a later `sudo cmake --install build`, which would then write over dpkg's files.
# An existing folder keeps its build type (build.sh would reset it and rebuild everything).
if [ -f "$build/CMakeCache.txt" ]; then
    sanitize=$(sed -n 's/^NEURODYN_SANITIZE:[A-Z]*=//p; s/^NEURODYN_FUZZ:BOOL=\(ON\|1\|TRUE\)$/fuzzer/p' \
        "$build/CMakeCache.txt" | grep -v '^$' || true)
    [ -z "$sanitize" ] || die "$build is a sanitizer build ($sanitize): package a normal build"
    targets=()
    for t in ${TARGETS:-}; do targets+=(--target "$t"); done
    say "building $build"
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" "${targets[@]}" >/dev/null \
        || die "the build failed: run cmake --build $build to see why"
else
    say "configuring and building $build"
    "$root/scripts/build.sh" "$build" >/dev/null
fi

stage="$build/deb-root"
rm -rf "$stage"
mkdir -p "$stage"
umask 022
say "installing into $stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null \
    || die "cmake --install failed (see above)"
[ -x "$stage/usr/bin/neurodyn-cli" ] || die "the install put no usr/bin/neurodyn-cli into $stage: are the install rules there?"
bad=$(find "$stage" -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$bad" ] || die "files outside /usr in the staging root: $bad"

# ELF files: strip them as dh_strip does (the normal build is RelWithDebInfo), and list them
# for dpkg-shlibdeps. Permissions: executables 0755, everything else (shared libraries too) 0644.
elves=()
while IFS= read -r -d '' f; do
    if [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ]; then
        strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
        elves+=("$f")
    fi
done < <(find "$stage/usr" -type f -print0)
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
find "$stage/usr/bin" -type f -exec chmod 0755 {} +

# Man pages compressed, as Debian policy asks (man-db reads both).
[ ! -d "$stage/usr/share/man" ] || find "$stage/usr/share/man" -type f -name '*.[1-9]' -exec gzip -9n {} +

maint="${DEBFULLNAME:-$(git -C "$root" config user.name 2>/dev/null || echo "NeuroDyn maintainers")}"
maint="$maint <${DEBEMAIL:-$(git -C "$root" config user.email 2>/dev/null || echo "neurodyn@localhost")}>"
revision=$(git -C "$root" describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
years=$(git -C "$root" log --format=%cd --date=format:%Y 2>/dev/null | sort -u | sed -n '1p;$p' | uniq | paste -sd-)
years=${years:-$(date +%Y)}
when=$(date -R -d "@$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)")

doc="$stage/usr/share/doc/neurodyn"
mkdir -p "$doc"
qwt_libs=$(cd "$stage/usr" && find lib -name 'libqwt*.so*' | sort | tr '\n' ' ')
qwt_file=$(cd "$stage/usr" && find lib -type f -name 'libqwt*.so.*' | head -1)
{
    cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: NeuroDyn
Comment: Built by scripts/package.sh from source revision $revision.

Files: *
Copyright: $years the NeuroDyn authors (see the project's git history)
License: unstated
 The NeuroDyn sources do not state a licence yet; until they do, ask the authors before
 redistributing this package.
EOF
    if [ -n "$qwt_libs" ]; then
        cat <<EOF

Files: usr/${qwt_file%.so.*}.so.*
Copyright: Uwe Rathmann, Josef Wilgen and the Qwt contributors
License: Qwt-1.0
 Qwt ${qwt_file##*.so.}, built for Qt 6 by scripts/build-qwt.sh and shipped privately in this package
 because Debian 12 has no Qwt for Qt 6. The Qwt License 1.0 is the GNU Lesser General
 Public License version 2.1 with exceptions; the text of the LGPL 2.1 is in
 /usr/share/common-licenses/LGPL-2.1.
EOF
    fi
} >"$doc/copyright"
printf 'neurodyn (%s) unstable; urgency=medium\n\n  * Local build of source revision %s.\n\n -- %s  %s\n' \
    "$version" "$revision" "$maint" "$when" | gzip -9n >"$doc/changelog.gz"

# Depends: the shared libraries the ELF files use. dpkg-shlibdeps wants a debian/control to
# read; the private Qwt is mapped to this very package by a shlibs.local entry and dropped
# again by -x, so it neither fails the lookup nor shows up as a dependency.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/debian"
printf 'Source: neurodyn\n\nPackage: neurodyn\nArchitecture: any\n' >"$scratch/debian/control"
: >"$scratch/debian/shlibs.local"
for lib in $qwt_libs; do
    soname=$(readelf -d "$stage/usr/$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    case "$soname" in
    *.so.*) printf '%s %s neurodyn\n' "${soname%%.so.*}" "${soname##*.so.}" >>"$scratch/debian/shlibs.local" ;;
    esac
done
libdirs=()
for lib in $qwt_libs; do libdirs+=("-l$stage/usr/$(dirname "$lib")"); done
shlibs=$(cd "$scratch" && dpkg-shlibdeps -O -xneurodyn "${libdirs[@]}" "${elves[@]}" 2>"$scratch/shlibdeps.log") \
    || { cat "$scratch/shlibdeps.log" >&2; die "dpkg-shlibdeps failed"; }
grep -v '^$' "$scratch/shlibdeps.log" | sed 's/^/package: /' >&2 || true
depends=$(printf '%s\n' "$shlibs" | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || die "dpkg-shlibdeps found no dependencies: is $stage missing its binaries?"

# The Python module is built for one Python (its file name says which) and imports numpy.
pymod=$(cd "$stage/usr" && find lib -path '*/neurodyn/_core.cpython-*.so' | head -1)
if [ -n "$pymod" ]; then
    pyver=$(basename "$pymod" | sed -n 's/^_core\.cpython-\([0-9]\)\([0-9]*\)-.*/\1.\2/p')
    [ -n "$pyver" ] || die "cannot tell the Python version from $pymod"
    next="${pyver%%.*}.$(( ${pyver#*.} + 1 ))"
    depends="$depends, python3 (>= $pyver), python3 (<< $next), python3-numpy"
    # What dh_python3 writes: byte-compile on install, remove the __pycache__ folders (also the
    # ones a root `import neurodyn` wrote) before removal, so dpkg -r leaves nothing behind.
    mkdir -p "$stage/DEBIAN"
    cat >"$stage/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ] && command -v py3compile >/dev/null 2>&1; then
    py3compile -p neurodyn
fi
EOF
    cat >"$stage/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
if command -v py3clean >/dev/null 2>&1; then
    py3clean -p neurodyn
else
    find /usr/lib/python3/dist-packages/neurodyn -name __pycache__ -prune -exec rm -rf {} + 2>/dev/null || true
fi
EOF
    chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/prerm"
else
    say "warning: no Python module in the install (NEURODYN_BUILD_PYTHON off or pybind11 missing): packaged without it"
fi

# Homepage: the one the AppStream metainfo names, when it names one.
homepage=$(sed -n 's:.*<url type="homepage">\(.*\)</url>.*:\1:p' "$stage"/usr/share/metainfo/*.xml 2>/dev/null | head -1)

mkdir -p "$stage/DEBIAN"
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
size=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
{
    printf 'Package: neurodyn\nVersion: %s\nArchitecture: %s\nMaintainer: %s\n' "$version" "$arch" "$maint"
    printf 'Installed-Size: %s\nDepends: %s\nSection: science\nPriority: optional\n' "$size" "$depends"
    [ -z "$homepage" ] || printf 'Homepage: %s\n' "$homepage"
    cat <<'EOF'
Description: nonlinear dynamics of neuron networks
 NeuroDyn explores neuron models and networks of them as dynamical systems:
 orbit diagrams, phase portraits, fixed points and their stability,
 continuation of fixed points and cycles, Lyapunov spectra, the 0-1 test for
 chaos, sample entropy, synchronisation and multifractal spectra.
 .
 The package holds the Qt desktop application (neurodyn), its command-line
 twin (neurodyn-cli) that runs study files without a display, and the Python
 module neurodyn.
EOF
} >"$stage/DEBIAN/control"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

rm -f "$deb"
dpkg-deb --build --root-owner-group "$stage" "$deb" >/dev/null || die "dpkg-deb --build failed"
say "wrote $deb"

if [ "${NEURODYN_LINTIAN:-1}" != 0 ] && command -v lintian >/dev/null; then
    say "lintian:"
    lintian --info "$deb" >&2 || true
fi
echo "$deb"
