#!/usr/bin/env bash
# The Debian package as a user gets it: CPack makes the .deb of BUILD_DIR in a scratch folder,
# the .deb is unpacked into a scratch root, and there its desktop entry and metainfo must pass
# their validators, its files must all be in it, and the app must run from it, with no display.
#
#   tests/package/check_package.sh BUILD_DIR VERSION [CPACK]
set -uo pipefail

build="$1"
version="$2"
cpack="${3:-cpack}"
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
id=io.github.concurrency_lab.ConcurrencyLab

scratch="$(mktemp -d "${TMPDIR:-/tmp}/check-package-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
failures=0

pass() { echo "PASS $*"; }
fail() {
    echo "FAIL $*"
    failures=$((failures + 1))
}
# check WHAT COMMAND…: runs COMMAND, its output shown, and counts a failure when it fails.
check() {
    local what="$1" output
    shift
    if output="$("$@" 2>&1)"; then
        pass "$what"
    else
        fail "$what"
    fi
    [[ -z "$output" ]] || printf '%s\n' "$output" | sed 's/^/    /'
}

deb="$scratch/out/concurrency-lab_${version}_$(dpkg --print-architecture).deb"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    sed 's/^/    /' "$scratch/cpack.log"
fi
if [[ ! -f "$deb" ]]; then
    fail "cpack makes $(basename "$deb")"
    find "$scratch/out" -maxdepth 1 -name '*.deb' | sed 's/^/    made: /'
    exit 1
fi
pass "cpack makes $(basename "$deb")"

# The control fields: the version of the CMake project, the libraries found by dpkg-shlibdeps
# and the ones it cannot find.
depends="$(dpkg-deb -f "$deb" Depends)"
depends_on() { [[ ", $depends," == *", $1"[\ ,]* ]]; }
check "Version: $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
before=$failures
for dep in libqt6widgets6 libqt6charts6 libqt6core6 fonts-thai-tlwg libthai0; do
    check "Depends: $dep" depends_on "$dep"
done
[[ $failures -eq "$before" ]] || echo "    Depends: $depends"

# Every file the package must hold, and each owned by root.
dpkg-deb -c "$deb" >"$scratch/contents" || fail "dpkg-deb -c"
expected=(
    ./usr/bin/concurrency-lab
    ./usr/bin/concurrency-lab-worker
    "./usr/share/applications/$id.desktop"
    "./usr/share/metainfo/$id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$id.svg"
    "./usr/share/icons/hicolor/48x48/apps/$id.png"
    "./usr/share/icons/hicolor/128x128/apps/$id.png"
    "./usr/share/icons/hicolor/256x256/apps/$id.png"
    ./usr/share/man/man1/concurrency-lab.1.gz
)
for script in "$source_dir"/resources/python/*.py; do
    expected+=("./usr/share/concurrency-lab/python/$(basename "$script")")
done
holds() { awk '{print $6}' "$scratch/contents" | grep -qxF "$1"; }
for path in "${expected[@]}"; do
    check "holds $path" holds "$path"
done
# shellcheck disable=SC2016 # an awk program
check "every file owned by root/root" awk '$2 != "root/root" { print; bad = 1 } END { exit bad }' "$scratch/contents"

root="$scratch/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x"
share="$root/usr/share"

check "desktop-file-validate $id.desktop" desktop-file-validate "$share/applications/$id.desktop"
check "appstreamcli validate --no-net $id.metainfo.xml" appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
icon="$(sed -n 's/^Icon=//p' "$share/applications/$id.desktop")"
check "Icon=$icon is in the package" test -f "$share/icons/hicolor/scalable/apps/$icon.svg"
check "the metainfo launches $id.desktop" \
    grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$share/metainfo/$id.metainfo.xml"
is_man_page() { zcat "$1" | grep -q '^\.TH CONCURRENCY-LAB 1 '; }
check "the man page concurrency-lab(1), gzipped" is_man_page "$share/man/man1/concurrency-lab.1.gz"

# As a user without a display runs it: no DISPLAY, no Wayland, no platform chosen.
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 30)
out="$("${headless[@]}" "$root/usr/bin/concurrency-lab" --version 2>"$scratch/version.err")"
status=$?
if [[ $status -eq 0 && "$out" == *"$version"* ]]; then
    pass "concurrency-lab --version: $out"
else
    fail "concurrency-lab --version exited $status and printed '$out', not $version"
    sed 's/^/    stderr: /' "$scratch/version.err" | head -n 5
fi
# The packaged app with the packaged worker beside it, both stripped.
check "concurrency-lab run, with processes from the package's worker" \
    "${headless[@]}" "$root/usr/bin/concurrency-lab" run --workload squares --strategy processes \
    --workers 2 --tasks 2 --n 1000 --scale 1 --quiet --out "$scratch/runs"

if [[ $failures -gt 0 ]]; then
    echo "check_package: $failures check(s) failed"
    exit 1
fi
echo "check_package: all checks passed"
