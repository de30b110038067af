#!/usr/bin/env bash
# Installs the Debian package on this machine, uses it as a user would, and removes it again:
#   tests/install/check-deb-system.sh [PACKAGE.deb]     (default: build/neurodyn_<version>_<arch>.deb)
# Needs root and changes the system, so no test stage runs it: run it by hand (or in a throw-away
# container) after scripts/package.sh. It refuses to run when a neurodyn package is installed.
# Checks: dpkg -i; /usr/bin/neurodyn-cli examples and run with figures; the GUI's --render
# offscreen; /usr/bin/python3 imports neurodyn from /usr/lib/python3/dist-packages; the dpkg
# triggers registered the MIME type, the desktop entry's MIME association and the man pages;
# dpkg -r removes every file the package listed (and the byte-compiled Python files) and the
# registrations.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
version=$(sed -n 's/^project(NeuroDyn VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
deb="${1:-$root/build/neurodyn_${version}_$(dpkg --print-architecture).deb}"

ok() { printf 'check-deb-system: ok   %s\n' "$*"; }
fail() { printf 'check-deb-system: FAIL %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (it runs dpkg -i and dpkg -r)"
[ -f "$deb" ] || fail "no package $deb: run scripts/package.sh first"
if dpkg-query -W -f='${Status}' neurodyn 2>/dev/null | grep -q installed; then
    fail "a neurodyn package is installed already; remove it first (dpkg -r neurodyn)"
fi
tmp=$(mktemp -d)
installed=0
cleanup() {
    [ $installed -eq 0 ] || dpkg -r neurodyn >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

dpkg -i "$deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log" >&2; fail "dpkg -i $deb"; }
installed=1
dpkg -L neurodyn >"$tmp/files"
ok "dpkg -i ${deb##*/} ($(wc -l <"$tmp/files") paths)"

cd "$tmp"
/usr/bin/neurodyn-cli examples | grep -q chialvo-bursting || fail "/usr/bin/neurodyn-cli examples"
/usr/bin/neurodyn-cli example chialvo-bursting study.json >/dev/null
/usr/bin/neurodyn-cli run study.json --out results >/dev/null 2>&1 || fail "/usr/bin/neurodyn-cli run"
for ext in csv json png svg pdf; do compgen -G "results/*.$ext" >/dev/null || fail "neurodyn-cli run wrote no .$ext"; done
ok "/usr/bin/neurodyn-cli examples; run chialvo-bursting: $(find results -type f | wc -l) files with figures"
if [ -x /usr/bin/neurodyn ]; then
    QT_QPA_PLATFORM=offscreen /usr/bin/neurodyn --example chialvo-bursting --render render >/dev/null 2>&1 \
        || fail "/usr/bin/neurodyn --render"
    ok "/usr/bin/neurodyn --render offscreen: $(find render -name '*.png' | wc -l) PNGs"
    grep -q '^application/x-neurodyn-study=.*io.github.neurodyn.NeuroDyn.desktop' /usr/share/applications/mimeinfo.cache \
        || fail "the desktop database does not associate studies with NeuroDyn (desktop-file-utils trigger)"
    [ -f /usr/share/mime/application/x-neurodyn-study.xml ] || fail "the MIME database has no study type (shared-mime-info trigger)"
    ok "triggers: MIME type and desktop association registered"
fi
if grep -q '^/usr/lib/python3/dist-packages/neurodyn/__init__.py$' "$tmp/files"; then
    where=$(/usr/bin/python3 -s -c 'import neurodyn; print(neurodyn.__file__, neurodyn.__version__)')
    [ "$where" = "/usr/lib/python3/dist-packages/neurodyn/__init__.py $version" ] \
        || fail "/usr/bin/python3 imports neurodyn as: $where"
    ok "/usr/bin/python3 -s: import neurodyn $version from /usr/lib/python3/dist-packages"
fi
man -w neurodyn-cli >/dev/null 2>&1 || fail "man -w neurodyn-cli finds no page"
ok "man -w neurodyn-cli: $(man -w neurodyn-cli)"

dpkg -r neurodyn >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log" >&2; fail "dpkg -r neurodyn"; }
installed=0
left=()
while IFS= read -r f; do
    if [ -d "$f" ]; then
        # Shared folders (/usr/bin, ...) stay; a folder of our own must be gone.
        case "$f" in */neurodyn | */neurodyn/*) left+=("$f") ;; esac
    elif [ -e "$f" ] || [ -L "$f" ]; then
        left+=("$f")
    fi
done <"$tmp/files"
[ ${#left[@]} -eq 0 ] || fail "dpkg -r left: ${left[*]}"
if grep -q 'x-neurodyn-study' /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "the desktop database still names the study type after dpkg -r"
fi
[ ! -e /usr/share/mime/application/x-neurodyn-study.xml ] || fail "the MIME database still has the study type after dpkg -r"
ok "dpkg -r: every file and folder of the package is gone, registrations too"
