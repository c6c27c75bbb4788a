#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, Release build into build/) and starts the app.
#
#   scripts/run.sh [ARGS…]   ARGS go to concurrency-lab; none: the GUI, or the headless
#                            labs when there is no display.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

cl_setup release

app="$CL_ROOT/build/app/concurrency-lab"
# No cd: relative paths in ARGS (--out, --json) keep meaning the caller's folder.
if [[ $# -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so running the headless labs: concurrency-lab run --lab all" >&2
    exec "$app" run --lab all
fi
exec "$app" "$@"
