#!/usr/bin/env bash
# Fails when SQLite is reached outside the layer that owns it: only core/storage/ includes sqlite3.h,
# and app/ never touches the connection (Library::database(), statements, transactions) but goes
# through core services. The build enforces the core's layers as well (tests/layers).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 2>/dev/null || find core app -name '*.cpp' -o -name '*.h')
status=0
sqlite=$(grep -l '#include <sqlite3.h>' $files | grep -v -e '^core/storage/' || true)
if [ -n "$sqlite" ]; then
    echo "sqlite3.h outside core/storage/:" $sqlite
    status=1
fi
app=$(echo "$files" | grep '^app/' || true)
if [ -n "$app" ]; then
    direct=$(grep -n -e 'database()' -e '#include "storage/\(database\|statement\|transaction\|migrations\|migrator\)\.h"' $app || true)
    if [ -n "$direct" ]; then
        echo "app/ reaches the SQLite connection instead of a core service:"
        echo "$direct"
        status=1
    fi
fi
exit $status
