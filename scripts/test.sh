#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds with warnings as errors and runs the whole suite:
# the Release build, the lint gates (clang-format, clang-tidy), then a Debug build under
# AddressSanitizer + UBSan. The builds are the presets of CMakePresets.json.
#
#   scripts/test.sh            all three (what CI runs)
#   scripts/test.sh --release  only the Release suite, in build/
#   scripts/test.sh --lint     only the gates (scripts/lint.sh)
#   scripts/test.sh --asan     only the sanitizer suite, in build-asan/
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

usage() { echo "usage: scripts/test.sh [--release | --lint | --asan]" >&2; }

release=1
lint=1
asan=1
for arg in "$@"; do
    case "$arg" in
        --release) lint=0 asan=0 ;;
        --lint) release=0 asan=0 ;;
        --asan) release=0 lint=0 ;;
        -h | --help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done

# Runs the suite of one preset; no -j: some tests measure timing on two cores. Leak checking is off
# under the sanitizers (see the asan test preset): Qt's plugin loader, fontconfig and the platform
# plugin keep allocations alive until exit. Out-of-bounds, use-after-free and undefined behaviour
# still fail the test.
run_suite() {
    local preset="$1" name="$2" status=0
    echo "test.sh: $name suite" >&2
    (cd "$CL_ROOT" && ctest --preset "$preset") || status=$?
    [[ $status -eq 0 ]] || echo "test.sh: the $name suite failed (ctest exit $status); failures are listed above" >&2
    return "$status"
}

status=0
if [[ $release -eq 1 ]]; then
    cl_setup release
    run_suite release Release || status=1
fi
if [[ $lint -eq 1 ]]; then
    "$CL_ROOT/scripts/lint.sh" || { echo "test.sh: the lint gates failed" >&2; status=1; }
fi
if [[ $asan -eq 1 ]]; then
    cl_setup asan
    run_suite asan "AddressSanitizer + UBSan" || status=1
fi
exit "$status"
