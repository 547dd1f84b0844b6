#!/usr/bin/env bash
# Checks the Debian package that packaging/build-deb.sh wrote, one check per call; ctest runs each
# as its own test after "package: build" (packaging/CMakeLists.txt).
# Usage: check-deb.sh CHECK SOURCE_DIR VERSION
#   contents  the files, their owner, modes and compression, and the control fields
#   lintian   no errors and no warnings
#   desktop   desktop-file-validate on the installed desktop entry
#   appstream appstreamcli validate --no-net on the installed metainfo, of this version
#   mime      the installed MIME type maps *.duizhao to application/x-duizhao-library
#   cli       the installed duizhao-cli imports the bundled paper and prints its stats
#   gui       the installed duizhao starts on the offscreen platform and exits 0
#   version   both programs' --version, the package's Version and its changelog agree
set -euo pipefail

check=$1 source=$2 version=$3
deb="$source/build/release/duizhao_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "check-deb: no package at $deb; run packaging/build-deb.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -x "$deb" "$root"

fail() { echo "check-deb $check: $*" >&2; exit 1; }

# Runs a program from the package as an installed one would run: system Qt, no build tree, a home
# of its own.
installed() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
        XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
        XDG_RUNTIME_DIR="$work/runtime" "$@"
}
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

case "$check" in
contents)
    expected=(
        ./usr/bin/duizhao
        ./usr/bin/duizhao-cli
        ./usr/share/applications/org.duizhao.Duizhao.desktop
        ./usr/share/metainfo/org.duizhao.Duizhao.metainfo.xml
        ./usr/share/mime/packages/org.duizhao.Duizhao.xml
        ./usr/share/icons/hicolor/scalable/apps/org.duizhao.Duizhao.svg
        ./usr/share/icons/hicolor/symbolic/apps/org.duizhao.Duizhao-symbolic.svg
        ./usr/share/man/man1/duizhao.1.gz
        ./usr/share/man/man1/duizhao-cli.1.gz
        ./usr/share/doc/duizhao/copyright
        ./usr/share/doc/duizhao/changelog.gz
    )
    for n in 16 22 24 32 48 64 128 256 512; do
        expected+=("./usr/share/icons/hicolor/${n}x${n}/apps/org.duizhao.Duizhao.png")
        file -b "$root/usr/share/icons/hicolor/${n}x${n}/apps/org.duizhao.Duizhao.png" | grep -q "PNG image data, $n x $n," ||
            fail "the ${n}x${n} icon is not a $n px PNG"
    done
    listing=$(dpkg-deb -c "$deb")
    for f in "${expected[@]}"; do
        grep -q " $f\$" <<<"$listing" || fail "$f is missing"
    done
    # Nothing but these: no build-tree leftovers, no /usr/local, no test programs.
    files=$(awk '$1 !~ /^d/ {print $6}' <<<"$listing" | grep -v '^./usr/share/icons/hicolor/[0-9]*x[0-9]*/apps/' || true)
    unexpected=$(comm -23 <(sort <<<"$files") <(printf '%s\n' "${expected[@]}" | sort))
    [ -z "$unexpected" ] || fail "unexpected files: $unexpected"
    awk '$2 != "root/root" {bad=1; print "not owned by root: " $0} END {exit bad}' <<<"$listing" >&2 ||
        fail "files not owned by root"
    awk '$1 ~ /^d/ && $1 != "drwxr-xr-x" {bad=1; print} $1 ~ /^-/ && $1 != "-rw-r--r--" && $1 != "-rwxr-xr-x" {bad=1; print} END {exit bad}' \
        <<<"$listing" >&2 || fail "files or folders with unusual permissions"
    for b in duizhao duizhao-cli; do
        file -b "$root/usr/bin/$b" | grep -q "ELF 64-bit.*, stripped" || fail "/usr/bin/$b is not a stripped ELF binary"
    done
    for gz in usr/share/man/man1/duizhao.1.gz usr/share/man/man1/duizhao-cli.1.gz usr/share/doc/duizhao/changelog.gz; do
        file -b "$root/$gz" | grep -q "gzip compressed data, max compression" || fail "$gz is not gzip -9"
        file -b "$root/$gz" | grep -qv "was \"\|last modified" || fail "$gz records a name or time (use gzip -n)"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for d in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libsqlite3-0 libqpdf29 fonts-noto-cjk \
        fonts-wqy-microhei fonts-dejavu-core; do
        grep -q "\b$d\b" <<<"$depends" || fail "Depends lacks $d: $depends"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = duizhao ] || fail "the package is not named duizhao"
    [ "$(dpkg-deb -f "$deb" Section)" = text ] || fail "section is not text"
    dpkg-deb -f "$deb" Maintainer | grep -q '^.* <.*@.*>$' || fail "no maintainer address"
    dpkg-deb -I "$deb"
    ;;
lintian)
    # Run as root in CI: lintian warns but carries on.
    out=$(lintian --fail-on none --display-info --show-overrides "$deb" 2>&1)
    echo "$out"
    if grep -E '^[EW]: ' <<<"$out"; then
        fail "lintian reports errors or warnings (the above); fix them, or override them (a lintian overrides file installed to /usr/share/lintian/overrides/duizhao) and say why in the README"
    fi
    ;;
desktop)
    desktop-file-validate "$root/usr/share/applications/org.duizhao.Duizhao.desktop"
    ;;
appstream)
    metainfo="$root/usr/share/metainfo/org.duizhao.Duizhao.metainfo.xml"
    appstreamcli validate --no-net --explain "$metainfo"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
    ;;
mime)
    mkdir -p "$work/mime/packages"
    cp "$root/usr/share/mime/packages/org.duizhao.Duizhao.xml" "$work/mime/packages/"
    cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/"
    out=$(update-mime-database -V "$work/mime" 2>&1)
    if grep -i "warning\|error\|invalid" <<<"$out"; then fail "update-mime-database complains"; fi
    grep -qx 'application/x-duizhao-library:\*\.duizhao' "$work/mime/globs" ||
        fail "*.duizhao is not application/x-duizhao-library"
    grep -q "^application/x-duizhao-library application/vnd.sqlite3" "$work/mime/subclasses" ||
        fail "the library type is not a subclass of application/vnd.sqlite3"
    grep -qx 'application/x-duizhao-library:org.duizhao.Duizhao' "$work/mime/icons" || fail "no icon for the library type"
    ;;
cli)
    lib="$work/check.duizhao"
    installed "$root/usr/bin/duizhao-cli" --db "$lib" import --bundled
    stats=$(installed "$root/usr/bin/duizhao-cli" --db "$lib" stats)
    echo "$stats"
    grep -Eq '^units +57$' <<<"$stats" || fail "the bundled paper does not have 57 units"
    json=$(installed "$root/usr/bin/duizhao-cli" --db "$lib" stats --json)
    grep -q '"units": *57' <<<"$json" || fail "stats --json does not say 57 units: $json"
    # A command that lays out text (fonts, the offscreen platform) works from the package too.
    installed "$root/usr/bin/duizhao-cli" --db "$lib" export-pdf -o "$work/paper.pdf"
    head -c 5 "$work/paper.pdf" | grep -q '%PDF-' || fail "export-pdf wrote no PDF"
    ;;
gui)
    installed env QT_QPA_PLATFORM=offscreen timeout 120 "$root/usr/bin/duizhao" --smoke-test \
        --settings "$work/settings.ini" --db "$work/check.duizhao"
    [ -s "$work/check.duizhao" ] || fail "duizhao did not create its library"
    ;;
version)
    package=$(dpkg-deb -f "$deb" Version)
    gui=$(installed env QT_QPA_PLATFORM=offscreen "$root/usr/bin/duizhao" --version)
    cli=$(installed "$root/usr/bin/duizhao-cli" --version)
    changelog=$(gzip -dc "$root/usr/share/doc/duizhao/changelog.gz" | sed -n '1s/^duizhao (\([^)]*\)).*/\1/p')
    echo "package $package; duizhao: $gui; duizhao-cli: $cli; changelog $changelog; project $version"
    [ "$package" = "$version" ] || fail "the package's version $package is not the project's $version"
    [ "$gui" = "Duizhao $version" ] || fail "duizhao --version says \"$gui\""
    [ "$cli" = "duizhao-cli $version" ] || fail "duizhao-cli --version says \"$cli\""
    [ "$changelog" = "$version" ] ||
        fail "packaging/debian/changelog's latest entry is $changelog, not $version: add an entry for this release"
    ;;
*)
    echo "usage: $0 contents|lintian|desktop|appstream|mime|cli|gui|version SOURCE_DIR VERSION" >&2
    exit 2
    ;;
esac
echo "check-deb $check: ok"
