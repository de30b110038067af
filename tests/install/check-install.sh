#!/usr/bin/env bash
# Checks the installed tree and the Debian package of a finished build (default: build/), as a
# user would meet them; scripts/test.sh runs it after the normal build's tests:
#   tests/install/check-install.sh [BUILD_DIR]
# 1. `cmake --install` into a scratch prefix whose path has a space; the expected files are there.
# 2. Nothing in the installed tree names the build or source folder (files, and ELF files
#    without their DWARF debug sections, which name the sources for a debugger on purpose);
#    every RPATH/RUNPATH is relative ($ORIGIN...); the private Qwt resolves inside the prefix.
# 3. With the build folder renamed away (restored by a trap, also on failure or Ctrl-C), the
#    installed neurodyn-cli lists the examples and runs one with figures, and the installed GUI
#    renders its views offscreen; then the prefix is moved elsewhere and both run again.
# 4. A read-only prefix: the install fails with a message naming the folder.
# 5. The installed desktop file and metainfo validate; the MIME type knows *.ndstudy.
# 6. scripts/package.sh builds the .deb; its contents list and Depends are as expected; lintian
#    finds no error or warning.
# Needs no root (as root, step 4 installs as user nobody or into a read-only bind mount, since
# root ignores permission bits).
# Exits non-zero with a message on the first failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
build=${build%/}
start=$(date +%s)
checks=0

ok() { checks=$((checks + 1)); printf 'check-install: ok   %s\n' "$*"; }
fail() { printf 'check-install: FAIL %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 not found (package $2; scripts/install-deps.sh installs it)"; }

need readelf binutils
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need lintian lintian

hidden="$build.hidden-by-check-install"
if [ -d "$hidden" ]; then # left by a run that was killed with SIGKILL
    [ ! -e "$build" ] || fail "both $build and $hidden exist: remove the one that is not your build"
    mv "$hidden" "$build"
    echo "check-install: moved $hidden back to $build (left by an interrupted run)"
fi
build=$(cd "$build" 2>/dev/null && pwd) || fail "no build folder $build: build first (scripts/build.sh)"
[ -x "$build/app/neurodyn-cli" ] || fail "$build/app/neurodyn-cli is missing: build first (scripts/build.sh)"
gui=0
[ -x "$build/app/neurodyn" ] && gui=1
python=0
compgen -G "$build/python/neurodyn/_core*.so" >/dev/null && python=1
version=$(sed -n 's/^project(NeuroDyn VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")

hidden="$build.hidden-by-check-install"
tmp=$(mktemp -d)
restore() {
    if [ -d "$hidden" ] && [ ! -e "$build" ]; then mv "$hidden" "$build"; fi
    chmod -R u+w "$tmp" 2>/dev/null || true
    rm -rf "$tmp"
}
trap restore EXIT
trap 'exit 130' INT TERM

# --- 1. install into a prefix with a space ------------------------------------------------------
prefix="$tmp/nd inst/prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 \
    || { cat "$tmp/install.log" >&2; fail "cmake --install into \"$prefix\" failed"; }
ok "cmake --install into a prefix with a space ($(find "$prefix" -type f | wc -l) files)"

expect=(bin/neurodyn-cli share/mime/packages/neurodyn.xml share/man/man1/neurodyn-cli.1)
if [ $gui -eq 1 ]; then
    expect+=(bin/neurodyn share/icons/hicolor/scalable/apps/neurodyn.svg share/man/man1/neurodyn.1)
    for n in 16 24 32 48 64 128 256; do expect+=("share/icons/hicolor/${n}x$n/apps/neurodyn.png"); done
fi
for f in "${expect[@]}"; do [ -f "$prefix/$f" ] || fail "not installed: $f"; done
desktop=$(find "$prefix/share/applications" -name '*.desktop' 2>/dev/null | head -1)
metainfo=$(find "$prefix/share/metainfo" -name '*.metainfo.xml' 2>/dev/null | head -1)
[ $gui -eq 0 ] || [ -n "$desktop" ] || fail "no desktop file in share/applications"
[ $gui -eq 0 ] || [ -n "$metainfo" ] || fail "no AppStream metainfo in share/metainfo"
qwt=$(find "$prefix" -name 'libqwt*.so.*' | head -1)
gui_needs=$([ $gui -eq 0 ] || readelf -d "$build/app/neurodyn")
if [ $gui -eq 1 ] && ! grep -q 'NEEDED.*libqwt-qt6' <<<"$gui_needs"; then
    [ -n "$qwt" ] || fail "the private Qwt library is not installed (expected <prefix>/lib/neurodyn)"
    case "$qwt" in "$prefix"/lib*/neurodyn/*) ;; *) fail "Qwt installed at ${qwt#"$prefix"/}, not under lib/neurodyn" ;; esac
fi
if [ $python -eq 1 ]; then
    compgen -G "$prefix/lib/python3/dist-packages/neurodyn/_core*.so" >/dev/null \
        || fail "the Python module is not in lib/python3/dist-packages/neurodyn"
    [ -f "$prefix/lib/python3/dist-packages/neurodyn/__init__.py" ] || fail "neurodyn/__init__.py not installed"
fi
found="${#expect[@]} expected files${desktop:+, ${desktop##*/}}${metainfo:+, ${metainfo##*/}}"
found="$found${qwt:+, ${qwt#"$prefix"/}}$([ $python -eq 0 ] || echo ", Python module")"
ok "installed: $found"

# --- 2. no reference to the build or source folder; relative RPATHs -----------------------------
elves=()
refs=()
while IFS= read -r -d '' f; do
    target="$f"
    if [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ]; then
        elves+=("$f")
        target="$tmp/without-debug-info"
        objcopy --strip-debug "$f" "$target"
    fi
    if grep -qaF -e "$build" -e "$root" "$target"; then refs+=("${f#"$prefix"/}"); fi
done < <(find "$prefix" -type f -print0)
[ ${#refs[@]} -eq 0 ] || fail "these installed files name the build folder $build or the source folder $root: ${refs[*]}"
for f in "${elves[@]}"; do
    paths=$(readelf -d "$f" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p' | tr ':' '\n')
    while IFS= read -r p; do
        [ -z "$p" ] || [ "${p#\$ORIGIN}" != "$p" ] || fail "${f#"$prefix"/} has the absolute RPATH/RUNPATH entry $p"
    done <<<"$paths"
done
if [ -n "$qwt" ] && [ $gui -eq 1 ]; then
    for exe in neurodyn neurodyn-cli; do
        readelf -d "$prefix/bin/$exe" >"$tmp/dynamic"
        grep -q 'NEEDED.*libqwt' "$tmp/dynamic" || continue
        resolved=$(ldd "$prefix/bin/$exe" | sed -n 's/.*libqwt[^ ]* => \(.*\) (0x.*/\1/p')
        case "$resolved" in
        "$prefix"/*) ;;
        *) fail "bin/$exe loads Qwt from ${resolved:-nowhere (not found)}, not from the prefix" ;;
        esac
    done
fi
ok "no file names $build or $root (${#elves[@]} ELF files read without debug info); RPATHs relative"

# --- 3. the installed binaries, with the build folder out of the way, then relocated -------------
run_installed() { # $1 = prefix, $2 = label
    local p=$1 out="$tmp/out-$2"
    mkdir -p "$out"
    "$p/bin/neurodyn-cli" examples >"$out/examples.txt" || fail "$2: neurodyn-cli examples failed"
    grep -q logistic-period-doubling "$out/examples.txt" || fail "$2: neurodyn-cli examples lists no logistic-period-doubling"
    [ "$("$p/bin/neurodyn-cli" --version | grep -o '[0-9][0-9.]*[0-9]' | head -1)" = "$version" ] \
        || fail "$2: neurodyn-cli --version is not the project version $version"
    (cd "$out" && "$p/bin/neurodyn-cli" example chialvo-bursting "study in here.json" >/dev/null) \
        || fail "$2: neurodyn-cli example failed"
    "$p/bin/neurodyn-cli" run "$out/study in here.json" --out "$out/results" >"$out/run.log" 2>&1 \
        || { cat "$out/run.log" >&2; fail "$2: neurodyn-cli run failed"; }
    for ext in csv json png svg pdf; do
        compgen -G "$out/results/*.$ext" >/dev/null || compgen -G "$out/results/*/*.$ext" >/dev/null \
            || fail "$2: neurodyn-cli run wrote no .$ext file"
    done
    if [ $gui -eq 1 ]; then
        QT_QPA_PLATFORM=offscreen "$p/bin/neurodyn" --example chialvo-bursting --render "$out/render" \
            >"$out/gui.log" 2>&1 || { cat "$out/gui.log" >&2; fail "$2: the installed GUI's --render failed"; }
        compgen -G "$out/render/*.png" >/dev/null || fail "$2: the installed GUI rendered no PNG"
    fi
    if [ $python -eq 1 ] && command -v python3 >/dev/null; then
        (cd "$out" && PYTHONPATH="$p/lib/python3/dist-packages" PYTHONDONTWRITEBYTECODE=1 \
            python3 -s -c 'import neurodyn, sys; sys.exit(neurodyn.__version__ != sys.argv[1]
                or not neurodyn.__file__.startswith(sys.argv[2] + "/"))' "$version" "$p") \
            || fail "$2: import neurodyn failed, or found another version or one outside the prefix"
    fi
    local did
    did="neurodyn-cli examples, --version, run with figures ($(find "$out/results" -type f | wc -l) files)"
    [ $gui -eq 0 ] || did="$did, GUI --render offscreen ($(find "$out/render" -name '*.png' | wc -l) PNGs)"
    [ $python -eq 0 ] || did="$did, import neurodyn"
    ok "$2: $did"
}
mv "$build" "$hidden" || fail "cannot rename $build out of the way"
run_installed "$prefix" "build folder hidden"
moved="$tmp/moved elsewhere/other name"
mkdir -p "${moved%/*}"
mv "$prefix" "$moved"
run_installed "$moved" "prefix moved"
mv "$hidden" "$build"

# --- 4. a read-only prefix: a clear error from the install step ---------------------------------
# root ignores permission bits, so as root the install runs as user nobody (setpriv) when nobody
# can read the build folder, else in a private mount namespace where the prefix is bind-mounted
# read-only (unshare -m; a container may forbid it). chattr +i is not used: tmpfs lacks it.
# CHECK_INSTALL_READONLY=setpriv|mount picks one (to test both).
readonly_prefix="$tmp/read-only/prefix"
mkdir -p "$readonly_prefix"
install_ro=(cmake --install "$build" --prefix "$readonly_prefix")
as_nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
method=${CHECK_INSTALL_READONLY:-}
if [ "$(id -u)" -ne 0 ]; then
    chmod 0555 "$readonly_prefix"
else
    chmod 0755 "$tmp" "$tmp/read-only" "$readonly_prefix"
    if [ -z "$method" ]; then
        if command -v setpriv >/dev/null && "${as_nobody[@]}" test -r "$build/cmake_install.cmake"; then
            method=setpriv
        elif unshare -m true 2>/dev/null; then
            method=mount
        fi
    fi
    case "$method" in
    setpriv) install_ro=("${as_nobody[@]}" "${install_ro[@]}") ;;
    mount)
        # shellcheck disable=SC2016 # $1 and $@ belong to the inner shell
        install_ro=(unshare -m sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
            sh "$readonly_prefix" "${install_ro[@]}")
        ;;
    *)
        echo "check-install: skip the read-only prefix case: root, user nobody cannot read $build and unshare -m is not allowed"
        install_ro=()
        ;;
    esac
fi
if [ ${#install_ro[@]} -gt 0 ]; then
    if "${install_ro[@]}" >"$tmp/ro.log" 2>&1; then fail "the install into the read-only $readonly_prefix succeeded"; fi
    grep -qF "$readonly_prefix" "$tmp/ro.log" || { cat "$tmp/ro.log" >&2; fail "the read-only install's error does not name the prefix"; }
    [ -z "$(find "$readonly_prefix" -mindepth 1)" ] || fail "the read-only install wrote into $readonly_prefix"
    said=$(grep -m1 -A6 'CMake Error' "$tmp/ro.log" | tr -s ' \n' ' ' | sed 's/ Call Stack.*//')
    ok "read-only prefix${method:+ ($method)}: the install fails and says: $said"
fi

# --- 5. desktop file, metainfo, MIME type (in the moved prefix) ---------------------------------
if [ $gui -eq 1 ]; then
    desktop="$moved/${desktop#"$prefix"/}"
    metainfo="$moved/${metainfo#"$prefix"/}"
    desktop-file-validate "$desktop" || fail "desktop-file-validate: ${desktop##*/}"
    appstreamcli validate --no-net --pedantic "$metainfo" >"$tmp/appstream.log" 2>&1 \
        || { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate: ${metainfo##*/}"; }
    grep -q '^MimeType=.*application/x-neurodyn-study' "$desktop" || fail "${desktop##*/} does not claim application/x-neurodyn-study"
    if grep -q '^MimeType=.*application/json' "$desktop"; then fail "${desktop##*/} still claims every JSON file"; fi
fi
if command -v update-mime-database >/dev/null; then
    cp -r "$moved/share/mime" "$tmp/mime"
    update-mime-database "$tmp/mime" >/dev/null 2>&1 || fail "update-mime-database rejects share/mime/packages/neurodyn.xml"
    grep -q 'application/x-neurodyn-study:\*\.ndstudy' "$tmp/mime/globs" || fail "the MIME database has no *.ndstudy glob"
    grep -q 'application/x-neurodyn-study' "$tmp/mime/magic" || fail "the MIME database has no magic match for studies"
fi
ok "desktop-file-validate, appstreamcli validate --no-net --pedantic, MIME type with *.ndstudy glob and magic"

# --- 6. the Debian package -----------------------------------------------------------------------
NEURODYN_LINTIAN=0 "$root/scripts/package.sh" "$build" >"$tmp/package.out" 2>"$tmp/package.log" \
    || { cat "$tmp/package.log" >&2; fail "scripts/package.sh failed"; }
deb=$(tail -1 "$tmp/package.out")
[ -f "$deb" ] || fail "scripts/package.sh made no .deb"
[ "${deb##*/}" = "neurodyn_${version}_$(dpkg --print-architecture).deb" ] || fail "unexpected package name ${deb##*/}"
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$tmp/contents"
want=(./usr/bin/neurodyn-cli ./usr/share/mime/packages/neurodyn.xml ./usr/share/man/man1/neurodyn-cli.1.gz
    ./usr/share/doc/neurodyn/copyright)
if [ $gui -eq 1 ]; then
    want+=(./usr/bin/neurodyn ./usr/share/man/man1/neurodyn.1.gz ./usr/share/icons/hicolor/scalable/apps/neurodyn.svg
        "./usr/share/applications/${desktop##*/}" "./usr/share/metainfo/${metainfo##*/}")
    for n in 16 24 32 48 64 128 256; do want+=("./usr/share/icons/hicolor/${n}x$n/apps/neurodyn.png"); done
    [ -z "$qwt" ] || grep -qE '^\./usr/lib/(.*/)?neurodyn/libqwt[^/]*\.so\.' "$tmp/contents" \
        || fail "the .deb has no private Qwt in usr/lib/neurodyn"
fi
[ $python -eq 0 ] || want+=(./usr/lib/python3/dist-packages/neurodyn/__init__.py)
for f in "${want[@]}"; do grep -qxF "$f" "$tmp/contents" || fail "the .deb lacks $f"; done
[ $python -eq 0 ] || grep -qE '^\./usr/lib/python3/dist-packages/neurodyn/_core\.cpython-.*\.so$' "$tmp/contents" \
    || fail "the .deb lacks the Python extension neurodyn/_core"
outside=$(grep -vE '^\./(usr(/.*)?)?$' "$tmp/contents" || true)
[ -z "$outside" ] || fail "the .deb has files outside /usr: $outside"
depends=$(dpkg-deb -f "$deb" Depends)
printf '%s\n' "${depends//, /$'\n'}" | sed 's/ .*//' >"$tmp/depends"
wanted=(libc6 libstdc++6 libqt6core6)
[ $gui -eq 0 ] || wanted+=(libqt6gui6 libqt6widgets6 libqt6svg6)
[ $python -eq 0 ] || wanted+=(python3 python3-numpy)
for d in "${wanted[@]}"; do grep -qxF "$d" "$tmp/depends" || fail "Depends lacks $d: $depends"; done
if grep -qiE 'qwt|neurodyn' "$tmp/depends"; then fail "Depends names the private Qwt or the package itself: $depends"; fi
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) is not $version"
[ "$(dpkg-deb -f "$deb" Section)" = science ] || fail "package section is not science"
ok "${deb##*/}: $(wc -l <"$tmp/contents") entries as expected; Depends: $depends"
lintian --fail-on error,warning "$deb" >"$tmp/lintian.log" 2>&1 \
    || { cat "$tmp/lintian.log" >&2; fail "lintian reports errors or warnings on ${deb##*/}"; }
ok "lintian: no errors or warnings$(grep -cE '^[IP]: ' "$tmp/lintian.log" | sed 's/^0$//; s/.\+/ (& info tags)/')"

printf 'check-install: all %d checks passed in %ss\n' "$checks" "$(($(date +%s) - start))"
