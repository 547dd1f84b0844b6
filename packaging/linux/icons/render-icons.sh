#!/usr/bin/env bash
# Regenerate the hicolor PNG icons of Duizhao from the SVG sources beside this script.
#   org.duizhao.Duizhao.svg      master design, used for 32 px and up (and as the scalable icon)
#   org.duizhao.Duizhao-24.svg   pixel-hinted version for 24 px, and 22 px via a 1 px crop
#   org.duizhao.Duizhao-16.svg   simplified pixel-hinted version for 16 px
# Needs rsvg-convert (Debian package librsvg2-bin).
# Usage: packaging/linux/icons/render-icons.sh   (writes icons/hicolor/<N>x<N>/apps/*.png)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
id=org.duizhao.Duizhao

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render-icons: rsvg-convert not found; install it with: apt-get install librsvg2-bin" >&2
    exit 1
fi

render() { # size source-svg (reads stdin when source is -)
    local n=$1 src=$2
    local out="hicolor/${n}x${n}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    if [ "$src" = - ]; then
        rsvg-convert --width "$n" --height "$n" --format png --output "$out"
    else
        rsvg-convert --width "$n" --height "$n" --format png --output "$out" "$src"
    fi
    echo "render-icons: $out"
}

render 16 "$id-16.svg"
# 22 px: the 24 px drawing without its outer 1 px margin, so edges stay on whole pixels.
sed -e 's/viewBox="0 0 24 24"/viewBox="1 1 22 22"/' \
    -e 's/width="24" height="24"/width="22" height="22"/' "$id-24.svg" | render 22 -
render 24 "$id-24.svg"
for n in 32 48 64 128 256 512; do
    render "$n" "$id.svg"
done
