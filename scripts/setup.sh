#!/usr/bin/env bash
# Set-up shared by run.sh, test.sh and check.sh: the Debian 12 packages the project needs
# and the CMake configure + build. Source it to get the functions, or run it to install
# the packages and build Release into build/.
#
#   scripts/setup.sh [release | asan | BUILD_DIR [CMAKE_ARGS…]]   (default: release)
set -euo pipefail

CL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

CL_PACKAGES=(
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qcoro-qt6-dev libgl-dev fonts-thai-tlwg libthai0
    cmake ninja-build g++ xvfb xauth python3
    python3-distributed # Dask, for the cluster strategy and lab 9 (Debian's own /usr/bin/python3)
    clang-format clang-tidy
    librsvg2-bin # rsvg-convert: tst_charts draws the exported SVGs with a second renderer
    dpkg-dev file desktop-file-utils appstream # the .deb (dpkg-shlibdeps needs file) and its validators
)
# Installed only where the distribution has them.
CL_OPTIONAL_PACKAGES=(qt6-translations-l10n)

cl_say() { printf 'setup: %s\n' "$*" >&2; }

cl_is_installed() {
    local status
    status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" || return 1
    # "install ok installed", "hold ok installed"; not "deinstall ok config-files" and the like.
    [[ "${status##* }" == installed ]]
}

cl_apt_knows() {
    apt-cache show "$1" >/dev/null 2>&1
}

cl_have_apt_lists() {
    compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

cl_as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        cl_say "need root to run: $*  (run as root or install sudo)"
        return 1
    fi
}

# Installs whatever is missing; prints nothing when nothing is.
cl_ensure_packages() {
    local missing=() optional=() pkg
    for pkg in "${CL_PACKAGES[@]}"; do
        cl_is_installed "$pkg" || missing+=("$pkg")
    done
    for pkg in "${CL_OPTIONAL_PACKAGES[@]}"; do
        cl_is_installed "$pkg" && continue
        # Without package lists apt-cache knows nothing yet: decide after the update.
        if ! cl_have_apt_lists || cl_apt_knows "$pkg"; then
            optional+=("$pkg")
        fi
    done
    [[ ${#missing[@]} -eq 0 && ${#optional[@]} -eq 0 ]] && return 0

    cl_say "installing missing packages: ${missing[*]}${optional[*]:+ ${optional[*]}}"
    cl_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    for pkg in "${optional[@]}"; do
        if cl_apt_knows "$pkg"; then
            missing+=("$pkg")
        else
            cl_say "skipping $pkg: not in this distribution"
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    cl_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y "${missing[@]}"
}

# Prints the value of NAME in BUILD_DIR/CMakeCache.txt (empty when unset).
cl_cache_value() {
    local cache="$1/CMakeCache.txt" name="$2"
    [[ -f "$cache" ]] || return 0
    sed -n "s/^${name}:[A-Z]*=//p" "$cache" | head -n 1
}

# True when BUILD_DIR must be configured for the -DNAME=VALUE options in the arguments.
cl_needs_configure() {
    local dir="$1" arg name want have
    shift
    [[ -f "$dir/build.ninja" ]] || return 0
    for arg in "$@"; do
        [[ "$arg" =~ ^-D([A-Za-z_][A-Za-z0-9_]*)(:[A-Z]+)?=(.*)$ ]] || continue
        name="${BASH_REMATCH[1]}"
        want="${BASH_REMATCH[3]}"
        have="$(cl_cache_value "$dir" "$name")"
        [[ "${have^^}" == "${want^^}" ]] || return 0
    done
    return 1
}

# A build folder made by another generator or for another checkout cannot be reused.
cl_drop_foreign_cache() {
    local dir="$1" generator home
    [[ -f "$dir/CMakeCache.txt" ]] || return 0
    generator="$(cl_cache_value "$dir" CMAKE_GENERATOR)"
    home="$(cl_cache_value "$dir" CMAKE_HOME_DIRECTORY)"
    if [[ "$generator" != Ninja || "$home" != "$CL_ROOT" ]]; then
        cl_say "discarding $dir/CMakeCache.txt (made by '$generator' for '$home')"
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
}

# cl_build BUILD_DIR [CMAKE_ARGS…]: configures when needed, then builds.
# cmake --build re-runs the configure step itself when a CMakeLists.txt changed.
cl_build() {
    local dir="$1"
    shift
    [[ "$dir" == /* ]] || dir="$CL_ROOT/$dir"
    cl_drop_foreign_cache "$dir"
    if cl_needs_configure "$dir" "$@"; then
        cmake -S "$CL_ROOT" -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" -j"$(nproc)"
}

# cl_build_preset NAME: configures and builds by the preset of CMakePresets.json (release, asan).
cl_build_preset() {
    local name="$1" dir
    dir="$(cl_preset_dir "$name")"
    cl_drop_foreign_cache "$dir"
    # Configured every time (seconds): a folder left by other options gets the preset's again.
    (cd "$CL_ROOT" && cmake --preset "$name" >/dev/null && cmake --build --preset "$name" -j"$(nproc)")
}

# The build folder of a configure preset: build/ for release, build-NAME/ for the others.
cl_preset_dir() {
    if [[ "$1" == release ]]; then echo "$CL_ROOT/build"; else echo "$CL_ROOT/build-$1"; fi
}

# cl_setup PRESET, or cl_setup BUILD_DIR [CMAKE_ARGS…]: the packages, then the build.
cl_setup() {
    local dir="${1:-release}"
    [[ $# -gt 0 ]] && shift
    cl_ensure_packages
    case "$dir" in
        release | asan) cl_build_preset "$dir" ;;
        *)
            [[ $# -gt 0 ]] || set -- -DCMAKE_BUILD_TYPE=Release
            cl_build "$dir" "$@"
            ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    cl_setup "$@"
fi
