#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each, two at a time, with a corpus seeded from
# the test fixtures. New crashes land in build/fuzz/crashes/<target>/; copy them into
# tests/fixtures/fuzz/<target>/ so the normal test suite replays them.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS]
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$here/build/fuzz"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_importer fuzz_citations fuzz_search fuzz_annotations fuzz_html_source \
    fuzz_pdf_source
export QT_QPA_PLATFORM=offscreen
run() {
    local target=$1
    local corpus="$build/corpus/$target" crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    # Seeds: the papers in the fixtures and the saved regression inputs.
    cp -n "$here"/tests/fixtures/fuzz/"$target"/* "$corpus"/ 2>/dev/null || true
    case $target in
        importer|citations) cp -n "$here"/tests/fixtures/papers/*.txt "$here"/resources/technology-power.txt "$corpus"/ ;;
        annotations) cp -n "$here"/tests/fixtures/annotations/*.json "$corpus"/ 2>/dev/null || true ;;
        html_source) cp -n "$here"/tests/fixtures/align/*.html "$corpus"/ ;;
        pdf_source) cp -n "$here"/tests/fixtures/align/{page,scan,regulation-zh,paper-en}.pdf "$corpus"/ ;;
    esac
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=200000 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$build/$target.log" 2>&1 || true
    echo "== $target: $(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}') runs," \
         "$(ls "$crashes" | wc -l) crash(es) -> $crashes"
}
run importer & run citations & wait
run search & run annotations & wait
run html_source & run pdf_source & wait
