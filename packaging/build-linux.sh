#!/usr/bin/env bash
# Builds the Linux installers of Puntwijs with jpackage, after `mvn -B package`:
#   packaging/build-linux.sh             the app-image target/dist/Puntwijs and target/dist/puntwijs_<versie>-1_<arch>.deb
#   packaging/build-linux.sh app-image   only the app-image (what .ci/run builds and smoke-starts)
#   packaging/build-linux.sh deb         the app-image and the .deb
# Each run replaces the app-image (and the .deb it builds) of an earlier run. Uses the jpackage of the JDK in use
# ($JAVA_HOME, else the java on the PATH; 17 or newer), the version from pom.xml and assets/puntwijs-512.png; the
# runtime is linked by jpackage (jlink) with the modules of packaging/modules.txt, so users need no Java. The .deb
# needs dpkg-deb and fakeroot (Debian: apt-get install -y fakeroot). Start the app-image with
# target/dist/Puntwijs/bin/Puntwijs (no arguments: the window; with arguments: the command line, as java -jar).
set -euo pipefail
source "$(dirname "$0")/gemeenschappelijk.sh"

wat=${1:-alle}
case "$wat" in app-image | deb | alle) ;; *) fout "gebruik: $0 [app-image|deb|alle]" ;; esac
voorbereiden

rm -rf target/dist/Puntwijs
"$JPACKAGE" --type app-image \
    --name Puntwijs \
    --app-version "$VERSIE" \
    --vendor Puntwijs \
    --description "Woningwaardering (WWS) voor zelfstandige woonruimte" \
    --copyright "Puntwijs" \
    --icon assets/puntwijs-512.png \
    --input "$INVOER" \
    --main-jar puntwijs.jar \
    --main-class nl.puntwijs.Launcher \
    --add-modules "$MODULES" \
    --jlink-options "$JLINK_OPTIES" \
    --dest target/dist
echo "app-image: target/dist/Puntwijs ($(du -sh target/dist/Puntwijs | cut -f1))"

if [ "$wat" != app-image ]; then
    rm -f target/dist/puntwijs_*.deb
    "$JPACKAGE" --type deb \
        --name Puntwijs \
        --app-version "$VERSIE" \
        --vendor Puntwijs \
        --description "Woningwaardering (WWS) voor zelfstandige woonruimte" \
        --copyright "Puntwijs" \
        --app-image target/dist/Puntwijs \
        --linux-package-name puntwijs \
        --linux-deb-maintainer "beheer@puntwijs.nl" \
        --linux-menu-group "Office" \
        --linux-app-category "misc" \
        --linux-shortcut \
        --file-associations packaging/linux/puntwijs-bestand.properties \
        --resource-dir packaging/linux \
        --dest target/dist
    echo "deb: $(ls target/dist/puntwijs_*.deb)"
fi
