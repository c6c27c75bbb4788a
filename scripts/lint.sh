#!/usr/bin/env bash
# The gates that keep the tree tidy; scripts/test.sh runs both and fails on either.
#
#   scripts/lint.sh            clang-format over every C++ file, then clang-tidy over the sources
#   scripts/lint.sh --format   only clang-format (seconds)
#   scripts/lint.sh --fix      rewrite the files clang-format would change, and stop
#
# clang-format: .clang-format, every .cpp and .h that git knows (tests too).
# clang-tidy: .clang-tidy, every source of app/, bench/, cli/, core/ and ui/ (their headers through
# HeaderFilterRegex), from the compile commands of the `tidy` preset, which is configured and never
# built: no source includes a generated file.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

format_only=0
fix=0
case "${1:-}" in
    "") ;;
    --format) format_only=1 ;;
    --fix) fix=1 ;;
    *) echo "usage: scripts/lint.sh [--format | --fix]" >&2; exit 2 ;;
esac

cl_ensure_packages
cd "$CL_ROOT"
mapfile -t cxx < <(git ls-files '*.cpp' '*.h')
if [[ $fix -eq 1 ]]; then
    clang-format -i "${cxx[@]}"
    exit 0
fi

status=0
echo "lint.sh: clang-format over ${#cxx[@]} files" >&2
if ! clang-format --dry-run --Werror "${cxx[@]}"; then
    echo "lint.sh: clang-format: the files above drift from .clang-format (scripts/lint.sh --fix rewrites them)" >&2
    status=1
fi
[[ $format_only -eq 1 ]] && exit "$status"

mapfile -t sources < <(git ls-files 'app/*.cpp' 'bench/*.cpp' 'cli/*.cpp' 'core/*.cpp' 'ui/*.cpp')
echo "lint.sh: clang-tidy over ${#sources[@]} sources" >&2
cmake --preset tidy >/dev/null
if ! run-clang-tidy -p "$CL_ROOT/build-tidy" -j "$(nproc)" -quiet "${sources[@]/#/$CL_ROOT/}" >"$CL_ROOT/build-tidy/tidy.log" 2>&1; then
    grep -E 'warning:|error:' "$CL_ROOT/build-tidy/tidy.log" | sort -u >&2 || true
    echo "lint.sh: clang-tidy found the above (all of it in build-tidy/tidy.log)" >&2
    status=1
fi
exit "$status"
