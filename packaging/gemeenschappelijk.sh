# Shared by build-linux.sh and build-macos.sh (sourced, not run). Needs: target/original-puntwijs.jar and
# target/libs/ from `mvn package`. Sets: JPACKAGE, VERSIE, MODULES, INVOER (the jpackage input folder), PLATFORM.
# Uses no git metadata.

fout() { echo "$(basename "$0"): $*" >&2; exit 1; }

# the jpackage of the JDK in use: $JAVA_HOME, else the JDK of the java on the PATH
jdk_in_gebruik() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
        echo "$JAVA_HOME"
        return
    fi
    local java
    java=$(command -v java) || fout "geen java gevonden: zet JAVA_HOME op een JDK 17 of nieuwer"
    # resolve symlinks (/usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/.../bin/java)
    while [ -L "$java" ]; do
        local doel
        doel=$(readlink "$java")
        case "$doel" in /*) java=$doel ;; *) java=$(dirname "$java")/$doel ;; esac
    done
    (cd "$(dirname "$java")/.." && pwd -P)
}

# the pom's version as jpackage wants it: numeric, at least 1.0.0, without -SNAPSHOT or another qualifier
versie_uit_pom() {
    local v
    # the project's own <version>: the first one directly below <project> (the pom has no <parent>)
    v=$(awk '/<dependencies>|<dependencyManagement>|<build>|<parent>/ { exit } /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' pom.xml)
    [ -n "$v" ] || fout "geen <version> gevonden in pom.xml"
    v=${v%%-*}
    [[ "$v" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fout "de versie '$v' uit pom.xml is niet numeriek (jpackage wil bijvoorbeeld 1.2.0)"
    [ "${v%%.*}" -ge 1 ] || fout "de versie '$v' uit pom.xml moet 1.0.0 of hoger zijn (macOS weigert 0.x)"
    echo "$v"
}

# the JavaFX classifier of this machine, as the org.openjfx pom chooses it
javafx_platform() {
    local os arch
    os=$(uname -s)
    arch=$(uname -m)
    case "$os/$arch" in
        Linux/x86_64 | Linux/amd64) echo linux ;;
        Linux/aarch64 | Linux/arm64) echo linux-aarch64 ;;
        Darwin/x86_64) echo mac ;;
        Darwin/arm64 | Darwin/aarch64) echo mac-aarch64 ;;
        *) fout "onbekend platform $os/$arch" ;;
    esac
}

# target/jpackage/invoer: the application jar and its dependencies, with only this platform's JavaFX jars
# (target/libs holds those of Windows, Linux and macOS for the cross-platform jar)
maak_invoer() {
    local platform=$1 jar naam
    [ -f target/original-puntwijs.jar ] && [ -d target/libs ] || fout "eerst bouwen: mvn -B package"
    INVOER=target/jpackage/invoer
    rm -rf target/jpackage
    mkdir -p "$INVOER"
    cp target/original-puntwijs.jar "$INVOER/puntwijs.jar"
    for jar in target/libs/*.jar; do
        naam=$(basename "$jar")
        if [[ "$naam" =~ ^javafx-[a-z]+-[0-9][0-9.]*-([a-z0-9-]+)\.jar$ ]] && [ "${BASH_REMATCH[1]}" != "$platform" ]; then
            continue
        fi
        cp "$jar" "$INVOER/"
    done
    ls "$INVOER"/javafx-graphics-*-"$platform".jar >/dev/null 2>&1 \
        || fout "javafx-graphics voor $platform ontbreekt in target/libs: bouw met 'mvn -B package' op dit platform"
}

voorbereiden() {
    cd "$(dirname "$0")/.."
    local jdk
    jdk=$(jdk_in_gebruik)
    JPACKAGE=$jdk/bin/jpackage
    [ -x "$JPACKAGE" ] || fout "$jdk heeft geen jpackage (een JDK 17 of nieuwer nodig, geen JRE)"
    VERSIE=$(versie_uit_pom)
    MODULES=$(grep -v '^#' packaging/modules.txt | tr -d '[:space:]')
    PLATFORM=$(javafx_platform)
    maak_invoer "$PLATFORM"
    mkdir -p target/dist
    echo "jpackage: $JPACKAGE ($("$JPACKAGE" --version)), versie $VERSIE, JavaFX $PLATFORM"
}

# the options of every app-image
JLINK_OPTIES="--strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=nl,en"
