# Builds the Windows installer of Puntwijs with jpackage, after `mvn -B package`, on Windows:
#   powershell -File packaging\build-windows.ps1             the app-image target\dist\Puntwijs and target\dist\Puntwijs-<versie>.msi
#   powershell -File packaging\build-windows.ps1 app-image   only the app-image
# UNVERIFIED: written on Linux, where it cannot run; the CI workflow (.github/workflows/installers.yml) runs it.
#
# Uses the jpackage of the JDK in use ($env:JAVA_HOME, else the java on the PATH; 17 or newer). The .msi needs WiX on
# the PATH: WiX 3 (candle.exe, light.exe) for the jpackage of JDK 17 to 23, WiX 4 or 5 (wix.exe with the
# WixToolset.Util and WixToolset.UI extensions) for JDK 24 and newer. Each run replaces the app-image (and the .msi
# it builds) of an earlier run in target\dist. The version comes from pom.xml, the modules from packaging\modules.txt,
# the icon from assets\puntwijs.ico.
#
# The .msi installs per user (into %LOCALAPPDATA%\Puntwijs, no administrator rights), with a Start-menu entry, an
# optional desktop shortcut, a choice of folder, and the file association for .puntwijs files. Unsigned: see
# packaging\README.md.
param([ValidateSet('app-image', 'alle')][string]$Wat = 'alle')
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location (Split-Path -Parent $PSScriptRoot)

# Windows Installer recognises a newer Puntwijs as an upgrade of an installed one by this code: never change it
$UpgradeUuid = '88b97a43-effb-478d-a7e4-7600b0c871c0'

function Fout([string]$Tekst) { Write-Error "build-windows.ps1: $Tekst" }

# the jpackage of the JDK in use
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $Jdk = $env:JAVA_HOME
} else {
    $Java = Get-Command java -ErrorAction SilentlyContinue
    if (-not $Java) { Fout 'geen java gevonden: zet JAVA_HOME op een JDK 17 of nieuwer' }
    $Jdk = Split-Path -Parent (Split-Path -Parent $Java.Source)
}
$Jpackage = Join-Path $Jdk 'bin\jpackage.exe'
if (-not (Test-Path $Jpackage)) { Fout "$Jdk heeft geen jpackage (een JDK 17 of nieuwer nodig, geen JRE)" }

# the pom's version as jpackage wants it: numeric, at least 1.0.0, without -SNAPSHOT or another qualifier
$Versie = ([xml](Get-Content -Raw pom.xml)).project.version
$Versie = ($Versie -split '-')[0]
if ($Versie -notmatch '^\d+(\.\d+){0,2}$') { Fout "de versie '$Versie' uit pom.xml is niet numeriek (jpackage wil bijvoorbeeld 1.2.0)" }
if ([int]($Versie -split '\.')[0] -lt 1) { Fout "de versie '$Versie' uit pom.xml moet 1.0.0 of hoger zijn" }

$Modules = (((Get-Content packaging\modules.txt) | Where-Object { $_ -notmatch '^#' }) -join '') -replace '\s', ''
$JlinkOpties = '--strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=nl,en'

# target\jpackage\invoer: the application jar and its dependencies, with only the Windows JavaFX jars
# (target\libs holds those of Windows, Linux and macOS for the cross-platform jar)
if (-not (Test-Path target\original-puntwijs.jar) -or -not (Test-Path target\libs)) { Fout 'eerst bouwen: mvn -B package' }
$Invoer = 'target\jpackage\invoer'
if (Test-Path target\jpackage) { Remove-Item -Recurse -Force target\jpackage }
New-Item -ItemType Directory -Force $Invoer | Out-Null
Copy-Item target\original-puntwijs.jar (Join-Path $Invoer 'puntwijs.jar')
foreach ($Jar in Get-ChildItem target\libs\*.jar) {
    if ($Jar.Name -match '^javafx-[a-z]+-[0-9][0-9.]*-([a-z0-9-]+)\.jar$' -and $Matches[1] -ne 'win') { continue }
    Copy-Item $Jar.FullName $Invoer
}
if (-not (Get-ChildItem (Join-Path $Invoer 'javafx-graphics-*-win.jar'))) { Fout 'javafx-graphics voor Windows ontbreekt in target\libs' }

New-Item -ItemType Directory -Force target\dist | Out-Null
Write-Host "jpackage: $Jpackage ($(& $Jpackage --version)), versie $Versie"

# jpackage's exit code is checked by hand: a native program's failure does not stop the script by itself
function Invoke-Jpackage([string[]]$Argumenten) {
    & $Jpackage @Argumenten
    if ($LASTEXITCODE -ne 0) { Fout "jpackage stopte met code $LASTEXITCODE" }
}

$Algemeen = @('--name', 'Puntwijs', '--app-version', $Versie, '--vendor', 'Puntwijs',
    '--description', 'Woningwaardering (WWS) voor zelfstandige woonruimte', '--copyright', 'Puntwijs',
    '--icon', 'assets\puntwijs.ico', '--dest', 'target\dist')

if (Test-Path target\dist\Puntwijs) { Remove-Item -Recurse -Force target\dist\Puntwijs }
Invoke-Jpackage (@('--type', 'app-image') + $Algemeen + @(
    '--input', $Invoer, '--main-jar', 'puntwijs.jar', '--main-class', 'nl.puntwijs.Launcher',
    '--add-modules', $Modules, '--jlink-options', $JlinkOpties,
    '--add-launcher', 'Puntwijs-cli=packaging\windows\opdrachtregel.properties'))
Write-Host 'app-image: target\dist\Puntwijs'

if ($Wat -eq 'alle') {
    Remove-Item -Force target\dist\Puntwijs-*.msi -ErrorAction SilentlyContinue
    Invoke-Jpackage (@('--type', 'msi', '--app-image', 'target\dist\Puntwijs') + $Algemeen + @(
        '--win-per-user-install', '--win-dir-chooser', '--win-menu', '--win-menu-group', 'Puntwijs',
        '--win-shortcut', '--win-shortcut-prompt', '--win-upgrade-uuid', $UpgradeUuid,
        '--file-associations', 'packaging\windows\puntwijs-bestand.properties'))
    Write-Host "msi: $(Get-ChildItem target\dist\Puntwijs-*.msi)"
}
