#!/usr/bin/env bash
# Regenerates the committed PNG icons from tollgate.svg; the build itself needs neither tool.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert (ImageMagick 6 on Debian has no SVG reader).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" tollgate.svg -o "$tmp/$size.png"
    # -strip drops timestamps, so a re-render of an unchanged SVG gives identical files.
    convert "$tmp/$size.png" -strip "png32:tollgate-$size.png"
done
# Windows icon for the WiX installer and the executable.
convert tollgate-16.png tollgate-24.png tollgate-32.png tollgate-48.png tollgate-64.png tollgate-256.png tollgate.ico
