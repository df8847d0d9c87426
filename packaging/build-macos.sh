#!/usr/bin/env bash
# Builds the macOS installer of Puntwijs with jpackage, after `mvn -B package`, on a Mac:
#   packaging/build-macos.sh             the app bundle target/dist/Puntwijs.app and target/dist/Puntwijs-<versie>-<arch>.dmg
#   packaging/build-macos.sh app-image   only the app bundle
# UNVERIFIED: written on Linux, where it cannot run; the CI workflow (.github/workflows/installers.yml) runs it.
#
# Intel and Apple silicon: jpackage links the runtime of the JDK in use and JavaFX's natives come from the jars Maven
# resolved for this Mac, so the bundle runs on the architecture it was built on only. Build it once on an Intel Mac
# (x86_64) and once on an Apple silicon Mac (arm64); the CI matrix does both, and <arch> in the .dmg's name tells
# them apart. Each run replaces the bundle (and the .dmg it builds) of an earlier run. Unsigned: see
# packaging/README.md.
#
# No file association here: macOS hands a double-clicked file to a running application as an event, not as the
# argument nl.puntwijs.Launcher reads, so an association would only open the window on the last portfolio.
set -euo pipefail
source "$(dirname "$0")/gemeenschappelijk.sh"

wat=${1:-alle}
case "$wat" in app-image | alle) ;; *) fout "gebruik: $0 [app-image|alle]" ;; esac
[ "$(uname -s)" = Darwin ] || fout "bouwt alleen op macOS (jpackage maakt installers voor het eigen platform)"
voorbereiden

rm -rf target/dist/Puntwijs.app target/dist/Puntwijs
"$JPACKAGE" --type app-image \
    --name Puntwijs \
    --app-version "$VERSIE" \
    --vendor Puntwijs \
    --description "Woningwaardering (WWS) voor zelfstandige woonruimte" \
    --copyright "Puntwijs" \
    --icon assets/puntwijs.icns \
    --input "$INVOER" \
    --main-jar puntwijs.jar \
    --main-class nl.puntwijs.Launcher \
    --add-modules "$MODULES" \
    --jlink-options "$JLINK_OPTIES" \
    --mac-package-identifier nl.puntwijs \
    --mac-package-name Puntwijs \
    --dest target/dist
echo "app bundle: target/dist/Puntwijs.app ($(du -sh target/dist/Puntwijs.app | cut -f1))"

if [ "$wat" = alle ]; then
    rm -f target/dist/Puntwijs-*.dmg
    "$JPACKAGE" --type dmg \
        --name Puntwijs \
        --app-version "$VERSIE" \
        --vendor Puntwijs \
        --description "Woningwaardering (WWS) voor zelfstandige woonruimte" \
        --copyright "Puntwijs" \
        --icon assets/puntwijs.icns \
        --app-image target/dist/Puntwijs.app \
        --mac-package-identifier nl.puntwijs \
        --mac-package-name Puntwijs \
        --dest target/dist
    # jpackage names it Puntwijs-<versie>.dmg whatever the architecture
    mv "target/dist/Puntwijs-$VERSIE.dmg" "target/dist/Puntwijs-$VERSIE-$(uname -m).dmg"
    echo "dmg: target/dist/Puntwijs-$VERSIE-$(uname -m).dmg"
fi
