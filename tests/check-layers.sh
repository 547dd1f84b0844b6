#!/usr/bin/env bash
# Fails when SQLite is reached outside the layers that own it: only core/storage/ and the FTS5
# tokenizer include sqlite3.h, and app/ never touches the connection (Library::database(),
# statements, transactions) but goes through core services.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 2>/dev/null || find core app -name '*.cpp' -o -name '*.h')
status=0
sqlite=$(grep -l '#include <sqlite3.h>' $files | grep -v -e '^core/storage/' -e '^core/search/tokenizer.cpp$' || true)
if [ -n "$sqlite" ]; then
    echo "sqlite3.h outside core/storage/ and the tokenizer:" $sqlite
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
