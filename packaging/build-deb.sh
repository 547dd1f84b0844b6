#!/usr/bin/env bash
# Builds the Debian package: the release preset with Debian's hardening flags, then CPack's DEB
# generator. Prints the package's path on its last line: build/release/duizhao_<version>_<arch>.deb.
# Usage: ./packaging/build-deb.sh            (after ./packaging/setup.sh build, or with its packages)
#        DUIZHAO_JOBS=N ./packaging/build-deb.sh   (parallel compile jobs; default: all cores)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# The hardening flags Debian builds its own packages with (dpkg-buildflags): -fstack-protector-strong,
# -D_FORTIFY_SOURCE=2, -Werror=format-security, -Wl,-z,relro,-z,now (the release preset's -O3 comes
# after their -O2). Without -g: the package ships stripped programs, debug information only slows
# the build.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
export DEB_CXXFLAGS_MAINT_STRIP="-g"
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

cmake --preset release -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset release -j "${DUIZHAO_JOBS:-$(nproc)}"
# CPack runs as the user who builds; the package's files are owned by root all the same (the
# DEB generator writes root:root into the archive), so neither root nor fakeroot is needed.
(cd build/release && cpack -G DEB >/dev/null)

version=$(sed -n 's/^#define DUIZHAO_VERSION "\(.*\)"$/\1/p' build/release/core/duizhao_version.h)
deb="$here/build/release/duizhao_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "build-deb: $deb was not written" >&2; exit 1; }
echo "$deb"
