#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds with warnings as errors and runs the whole suite,
# first on the Release build, then on a Debug build under AddressSanitizer + UBSan.
#
#   scripts/test.sh            both suites (what CI runs)
#   scripts/test.sh --release  only the Release build, in build/
#   scripts/test.sh --asan     only the sanitizer build, in build-asan/
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

usage() { echo "usage: scripts/test.sh [--release | --asan]" >&2; }

release=1
asan=1
for arg in "$@"; do
    case "$arg" in
        --release) asan=0 ;;
        --asan) release=0 ;;
        -h | --help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done

# Runs the suite of one build folder; no -j: some tests measure timing on two cores.
run_suite() {
    local dir="$1" name="$2" status=0
    echo "test.sh: $name suite" >&2
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure --no-tests=error || status=$?
    [[ $status -eq 0 ]] || echo "test.sh: the $name suite failed (ctest exit $status); failures are listed above" >&2
    return "$status"
}

status=0
if [[ $release -eq 1 ]]; then
    cl_setup "$CL_ROOT/build" -DCMAKE_BUILD_TYPE=Release -DCL_WERROR=ON
    run_suite "$CL_ROOT/build" Release || status=1
fi
if [[ $asan -eq 1 ]]; then
    cl_setup "$CL_ROOT/build-asan" -DCMAKE_BUILD_TYPE=Debug -DCL_SANITIZE=ON -DCL_WERROR=ON
    # Leak checking is off: Qt's plugin loader, fontconfig and the platform plugin keep
    # allocations alive until exit, and LSan would report them as leaks of our code.
    # Out-of-bounds, use-after-free and undefined behaviour still fail the test.
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        run_suite "$CL_ROOT/build-asan" "AddressSanitizer + UBSan" || status=1
fi
exit "$status"
