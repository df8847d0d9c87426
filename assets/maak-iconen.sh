#!/usr/bin/env bash
# Generates every icon file from the master image assets/puntwijs.svg. Run by hand after changing the master, then
# commit the results (not run in CI). Needs Debian's packages:
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Writes into assets/:
#   puntwijs-16.png .. puntwijs-1024.png   the PNG sizes (16-256 go into the jar for the window icons; 512 and 1024
#                                          are for the installers: the Linux app-image and .deb use puntwijs-512.png)
#   puntwijs.ico                           Windows: 16, 24, 32, 48, 64, 128 and 256 in one file (.msi, the .exe)
#   puntwijs.icns                          macOS: 16, 32, 48, 128, 256, 512 and 1024 in one file (.dmg, the .app)
set -euo pipefail
cd "$(dirname "$0")"
svg=puntwijs.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for maat in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$maat" --height "$maat" --keep-aspect-ratio "$svg" --output "$tmp/puntwijs-$maat.png"
done
for maat in 16 32 48 64 128 256 512 1024; do
    cp "$tmp/puntwijs-$maat.png" "puntwijs-$maat.png"
done

# ImageMagick's own convert (a stand-in may come first on the PATH); -strip keeps the date out of the file
magick=/usr/bin/convert
"$magick" "$tmp"/puntwijs-{16,24,32,48,64,128,256}.png -strip puntwijs.ico

# png2icns picks the icon type from each PNG's size
png2icns puntwijs.icns "$tmp"/puntwijs-{16,32,48,128,256,512,1024}.png >/dev/null

echo "iconen gemaakt in $(pwd):"
ls -l puntwijs-*.png puntwijs.ico puntwijs.icns
