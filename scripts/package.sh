#!/usr/bin/env bash
# Builds the Debian package on a fresh Debian 12 machine: the packages setup.sh installs, a
# Release build of its own in build-package/ (prefix /usr), then CPack. The .deb's path is the
# last line of stdout; everything else goes to stderr.
#
#   scripts/package.sh        then: sudo apt install ./build-package/concurrency-lab_<version>_<arch>.deb
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

dir="$CL_ROOT/build-package"
cl_setup "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr >&2

version="$(cl_cache_value "$dir" CMAKE_PROJECT_VERSION)"
deb="$dir/concurrency-lab_${version}_$(dpkg --print-architecture).deb"
rm -f "$deb"
(cd "$dir" && cpack -G DEB) >&2
if [[ ! -f "$deb" ]]; then
    echo "package.sh: cpack did not make $deb" >&2
    exit 1
fi
echo "$deb"
