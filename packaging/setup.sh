#!/usr/bin/env bash
# Duizhao set-up: install what is missing (Debian 12 packages only), build, then
#   run   — start the program on the bundled paper (default)
#   test  — run the whole test suite
#   build — build only
# Usage: ./packaging/setup.sh [run|test|build]
set -euo pipefail

mode=${1:-run}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# Every package the build, the tests and the checks need. Keep this list complete:
# CI starts from a fresh Debian 12 machine and installs nothing else.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev
    libsqlite3-dev libqpdf-dev catch2 libbenchmark-dev
    fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core fontconfig
    poppler-utils qpdf python3 python3-pikepdf xvfb xauth imagemagick
    desktop-file-utils appstream lintian dpkg-dev file fakeroot shared-mime-info man-db
    ripgrep clang-format
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: run as root (or with sudo) to install packages" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

preset=dev
[ "${CI:-}" = "true" ] && preset=ci
jobs=$(nproc)

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

case "$mode" in
    build) ;;
    test)
        ctest --preset "$preset" -j "$jobs"
        ;;
    run)
        bin="build/$preset/app"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "setup: no display found; printing the bundled paper's structure instead of opening the window."
            exec "$bin/duizhao-cli" tree
        fi
        exec "$bin/duizhao"
        ;;
    *)
        echo "usage: $0 [run|test|build]" >&2
        exit 1
        ;;
esac
