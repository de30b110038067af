#!/usr/bin/env bash
# Builds Qwt 6.3.0 for Qt 6 into a cache folder outside the source tree, once.
#
# Debian 12 packages Qwt for Qt 5 only. Debian's unstable suite ships the qwt 6.3.0 source
# package, so the upstream tarball is fetched with apt itself from the mirror this machine
# already uses (read from its apt sources at run time), through a private apt state folder
# that leaves the system's apt setup untouched. The tarball is checked against the SHA-256 in
# the Sources index. Only the library is built (no designer plugin, no examples).
#
# Usage: scripts/build-qwt.sh            build if missing, print the prefix
#        NEURODYN_CACHE=/path scripts/build-qwt.sh
set -euo pipefail

QWT_VERSION=6.3.0
cache_root=${NEURODYN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/neurodyn}
prefix="$cache_root/qwt-$QWT_VERSION-qt6"
work="$cache_root/qwt-build"
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf 'build-qwt: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

if [ -f "$prefix/lib/libqwt.so.$QWT_VERSION" ] && [ -f "$prefix/include/qwt_plot.h" ]; then
    echo "$prefix"
    exit 0
fi

command -v qmake6 >/dev/null || die "qmake6 not found: install qmake6, qt6-base-dev and qt6-svg-dev first (scripts/install-deps.sh does)"
command -v apt-get >/dev/null || die "apt-get not found: on this system install a Qwt 6.3 built for Qt 6 and pass -DQWT_ROOT=/its/prefix to CMake"

# The mirror this machine already uses: deb822 sources first, then the one-line format.
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    mirror=$(awk '
        BEGIN { RS=""; FS="\n" }
        {
            deb = 0; uri = ""; suites = ""
            for (i = 1; i <= NF; i++) {
                if ($i ~ /^Types:/ && $i ~ /(^|[ \t])deb([ \t]|$)/) deb = 1
                if ($i ~ /^URIs:/) { uri = $i; sub(/^URIs:[ \t]*/, "", uri); sub(/[ \t].*/, "", uri) }
                if ($i ~ /^Suites:/) suites = $i
            }
            if (deb && uri != "" && suites !~ /security/) { print uri; exit }
        }' "$f")
    [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $0 !~ /security/ {
                  for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
             /etc/apt/sources.list)
fi
[ -n "$mirror" ] || die "could not find a Debian mirror in /etc/apt/sources.list(.d); install Qwt 6.3 for Qt 6 by hand and pass -DQWT_ROOT=..."
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || die "$keyring missing: apt-get install debian-archive-keyring"

apt_dir="$work/apt"
mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$work/src"
cat > "$apt_dir/sources.list.d/qwt-src.sources" <<EOF
Types: deb-src
URIs: $mirror
Suites: unstable
Components: main
Signed-By: $keyring
EOF
apt_opts=(-o "Dir::Etc::sourcelist=/dev/null"
          -o "Dir::Etc::sourceparts=$apt_dir/sources.list.d"
          -o "Dir::State::Lists=$apt_dir/lists"
          -o "Dir::Cache=$apt_dir/cache"
          -o "APT::Sandbox::User=root"
          -o "Debug::NoLocking=1")

tarball="qwt_$QWT_VERSION.orig.tar.bz2"
say "reading the qwt source package index from $mirror (unstable)"
apt-get "${apt_opts[@]}" -q update >"$work/apt-update.log" 2>&1 \
    || die "apt-get update of the private source index failed (no network?); see $work/apt-update.log"
expected=$(apt-cache "${apt_opts[@]}" showsrc qwt 2>/dev/null | awk -v t="$tarball" '
    /^Checksums-Sha256:/ { inside = 1; next }
    /^[A-Za-z-]+:/ { inside = 0 }
    inside && $3 == t { print $1; exit }')
[ -n "$expected" ] || die "the Sources index lists no $tarball; is qwt $QWT_VERSION still in unstable?"

cd "$work/src"
if [ ! -f "$tarball" ] || [ "$(sha256sum "$tarball" | cut -d' ' -f1)" != "$expected" ]; then
    rm -f "$tarball"
    say "downloading $tarball"
    # The .dsc of a given revision may be missing while the tarball is present, and apt then
    # exits non-zero: judge success by the tarball and its checksum, not by the exit code.
    apt-get "${apt_opts[@]}" -q source --download-only qwt >"$work/apt-source.log" 2>&1 || true
fi
[ -f "$tarball" ] || die "download of $tarball failed; see $work/apt-source.log"
actual=$(sha256sum "$tarball" | cut -d' ' -f1)
[ "$actual" = "$expected" ] || die "checksum mismatch for $tarball: got $actual, index says $expected"
say "tarball verified (sha256 $expected)"

rm -rf "qwt-$QWT_VERSION"
tar xjf "$tarball"
cd "qwt-$QWT_VERSION"
# Library only: no designer plugin, examples, playground, tests or OpenGL (not used here).
sed -E -i \
    -e "s|^([[:space:]]*QWT_INSTALL_PREFIX[[:space:]]*=[[:space:]]*)/usr/local/qwt-\\\$\\\$QWT_VERSION[^-]*$|\\1$prefix|" \
    -e 's/^([[:space:]]*QWT_CONFIG[[:space:]]*\+=[[:space:]]*Qwt(Designer|Examples|Playground|Tests|OpenGL)([[:space:]]|$))/#\1/' \
    qwtconfig.pri
grep -q "QWT_INSTALL_PREFIX *= *$prefix" qwtconfig.pri || die "could not set the install prefix in qwtconfig.pri"
say "building Qwt $QWT_VERSION with $jobs jobs into $prefix"
qmake6 qwt.pro >"$work/qmake.log" 2>&1 || die "qmake6 failed; see $work/qmake.log"
make -j"$jobs" >"$work/make.log" 2>&1 || die "building Qwt failed; see $work/make.log"
make install >"$work/install.log" 2>&1 || die "installing Qwt failed; see $work/install.log"
[ -f "$prefix/lib/libqwt.so.$QWT_VERSION" ] || die "the build did not produce $prefix/lib/libqwt.so.$QWT_VERSION"
cd "$work" && rm -rf "src/qwt-$QWT_VERSION"
say "done"
echo "$prefix"
