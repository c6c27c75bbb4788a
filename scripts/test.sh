#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds with warnings as errors and runs the whole suite.
#
#   scripts/test.sh          Release build in build/
#   scripts/test.sh --asan   Debug build with AddressSanitizer + UBSan in build-asan/
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

usage() { echo "usage: scripts/test.sh [--asan]" >&2; }

asan=0
for arg in "$@"; do
    case "$arg" in
        --asan) asan=1 ;;
        -h | --help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done

if [[ $asan -eq 1 ]]; then
    dir="$CL_ROOT/build-asan"
    cl_setup "$dir" -DCMAKE_BUILD_TYPE=Debug -DCL_SANITIZE=ON -DCL_WERROR=ON
    # Leak checking is off: Qt's plugin loader, fontconfig and the platform plugin keep
    # allocations alive until exit, and LSan would report them as leaks of our code.
    # Out-of-bounds, use-after-free and undefined behaviour still fail the test.
    export ASAN_OPTIONS="detect_leaks=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
else
    dir="$CL_ROOT/build"
    cl_setup "$dir" -DCMAKE_BUILD_TYPE=Release -DCL_WERROR=ON
fi

# No -j: some tests measure timing, and the machine has two cores.
status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure --no-tests=error || status=$?
if [[ $status -ne 0 ]]; then
    echo "test.sh: the test suite failed (ctest exit $status); failures are listed above" >&2
fi
exit "$status"
