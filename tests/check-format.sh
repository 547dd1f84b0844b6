#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (.clang-format at the top) makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core app tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror $files
