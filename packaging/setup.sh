#!/usr/bin/env bash
# Duizhao set-up: install what is missing (Debian 12 packages only), build, then
#   run   — start the program on the bundled paper (default)
#   test  — run the whole test suite
#   build — build only
#   fuzz  — also install clang and run every libFuzzer target for SECONDS each (default 600)
# Usage: ./packaging/setup.sh [run|test|build|fuzz [SECONDS]]
set -euo pipefail

mode=${1:-run}
case "$mode" in
    run | test | build | fuzz) ;;
    *)
        echo "usage: $0 [run|test|build|fuzz [SECONDS]]" >&2
        exit 1
        ;;
esac
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
    ripgrep clang-format ccache
    libpoppler-qt6-dev libgumbo-dev libzip-dev zip unzip
)
# Fuzzing only: libFuzzer comes with Debian's clang.
if [ "$mode" = fuzz ]; then
    packages+=(clang libclang-rt-14-dev)
fi

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

# The test command builds with warnings as errors (the ci preset), runs every test, then builds
# everything again with AddressSanitizer and UndefinedBehaviorSanitizer and runs every test again.
preset=dev
if [ "$mode" = test ] || [ "${CI:-}" = "true" ]; then
    preset=ci
fi
jobs=$(nproc)

cmake --preset "$preset" >/dev/null
# "run" builds the two programs and what they need, so the first window comes sooner; the other
# modes build everything: tests, benchmarks, the package checks.
if [ "$mode" = run ]; then
    cmake --build --preset "$preset" -j "$jobs" --target duizhao duizhao-cli
else
    cmake --build --preset "$preset" -j "$jobs"
fi

case "$mode" in
    build) ;;
    fuzz)
        exec tests/fuzz/run-fuzzers.sh "${2:-600}"
        ;;
    test)
        ctest --preset "$preset" -j "$jobs"
        echo "setup: the same tests under AddressSanitizer and UndefinedBehaviorSanitizer"
        cmake --preset asan >/dev/null
        cmake --build --preset asan -j "$jobs"
        ctest --preset asan -j "$jobs"
        ;;
    run)
        bin="build/$preset/app"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "setup: no display found; printing the bundled paper's structure instead of opening the window."
            exec "$bin/duizhao-cli" tree
        fi
        exec "$bin/duizhao"
        ;;
esac
