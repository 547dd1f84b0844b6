#!/usr/bin/env bash
# The manual pages: duizhao-cli.1 documents every command `duizhao-cli --help` lists and every option
# of each command's --help, and man formats both pages without a warning.
# Usage: check-manpages.sh DUIZHAO_CLI CLI_PAGE GUI_PAGE
set -euo pipefail

cli=$1 cli_page=$2 gui_page=$3
status=0

# The page as text, with groff's escapes for hyphens undone, to look names up in.
text=$(sed 's/\\-/-/g' "$cli_page")

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
[ -n "$commands" ] || { echo "check-manpages: duizhao-cli --help lists no commands" >&2; exit 1; }
for command in $commands; do
    if ! grep -q "^\.SS $command\b" <<<"$text"; then
        echo "check-manpages: $cli_page has no section (.SS) for the command \"$command\"" >&2
        status=1
        continue
    fi
    for option in $("$cli" "$command" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+'); do
        case "$option" in --help | --help-all | --db | --json) continue ;; esac
        if ! grep -q -- "$option\b" <<<"$text"; then
            echo "check-manpages: $cli_page does not mention $command's option $option" >&2
            status=1
        fi
    done
done

for page in "$cli_page" "$gui_page"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "check-manpages: man warns about $page:" >&2
        echo "$warnings" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-manpages: ok ($(wc -w <<<"$commands") commands)"
exit "$status"
