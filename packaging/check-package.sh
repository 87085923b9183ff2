#!/usr/bin/env bash
# Builds the .deb (and the .tar.gz) of a configured, built tree into a temporary directory and checks
# what the .deb holds: its control fields, that the extracted executables run and report the project's
# version, the desktop file, the AppStream metainfo, the manual pages, the icons, the copyright file and
# the changelog. Nothing is installed and nothing is written into the build tree's package outputs.
# Usage: packaging/check-package.sh BUILD_DIR          (registered in CTest as package_check)
# Needs: cpack, dpkg-deb and dpkg-shlibdeps (dpkg-dev), desktop-file-validate (desktop-file-utils),
# appstreamcli (appstream), groff (groff-base), tar.
# shellcheck disable=SC2015 # "A && B || fail": fail unless both hold, as meant
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR   (a configured and built tree with CPackConfig.cmake)" >&2
    exit 2
fi
builddir=$(cd "$1" && pwd)
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-parsechangelog desktop-file-validate appstreamcli groff tar; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-package: missing tools: ${missing[*]}" >&2
    echo "  apt-get install dpkg-dev desktop-file-utils appstream groff-base" >&2
    exit 1
fi

app_id=io.github.ocnumbers.OCNumbers
executables=(ocnumbers ocnumbers-cli ocnumbers-sandbox)
icon_sizes=(16 22 24 32 48 64 128 256)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$builddir/CPackConfig.cmake")
[ -n "$version" ] || { echo "check-package: no CPACK_PACKAGE_VERSION in $builddir/CPackConfig.cmake" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ocnumbers-package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
checks=0
ok() {
    checks=$((checks + 1))
    echo "ok: $*"
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# cpack writes its staging tree and the packages under -B, so parallel tests never share them.
build_package() {
    local generator=$1
    if ! cpack --config "$builddir/CPackConfig.cmake" -G "$generator" -B "$work/$generator" \
        >"$work/cpack-$generator.log" 2>&1; then
        cat "$work/cpack-$generator.log" >&2
        fail "cpack -G $generator failed"
    fi
}

build_package DEB
debs=("$work"/DEB/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/DEB, found: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "ocnumbers_${version}_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"
ok "cpack -G DEB built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = ocnumbers ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)'"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
for dep in libqt6core6 libqt6widgets6 libqt6svg6 libxlsxwriter4 libzstd1 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
description=$(field Description)
synopsis=$(head -n 1 <<<"$description")
[ ${#synopsis} -lt 80 ] || fail "the synopsis is ${#synopsis} characters long"
[ "$(wc -l <<<"$description")" -gt 3 ] || fail "no extended description"
while IFS= read -r line; do
    [ ${#line} -le 80 ] || fail "description line over 80 characters: $line"
done <<<"$description"
ok "control: ocnumbers $version $arch, section net, Homepage $(field Homepage)"
ok "Depends (dpkg-shlibdeps + libqt6svg6): $depends"

# Contents: everything under /usr and owned by root.
dpkg-deb --contents "$deb" >"$work/contents.txt"
if awk '{print $6}' "$work/contents.txt" | grep -Ev '^\./(usr(/.*)?)?$' | grep -q .; then
    fail "files outside /usr: $(awk '{print $6}' "$work/contents.txt" | grep -Ev '^\./(usr(/.*)?)?$' | head -n 5)"
fi
if awk '$2 != "root/root"' "$work/contents.txt" | grep -q .; then
    fail "files not owned by root: $(awk '$2 != "root/root"' "$work/contents.txt" | head -n 3)"
fi
ok "$(grep -vc '/$' "$work/contents.txt") files, all under /usr and owned by root"

root="$work/root"
dpkg-deb -x "$deb" "$root"
ok "dpkg-deb -x extracted the package"

# The executables run from the extracted tree (against the system's Qt) and know the version.
cli_version=$("$root/usr/bin/ocnumbers-cli" --version)
[ "$cli_version" = "ocnumbers-cli $version" ] || fail "ocnumbers-cli --version printed '$cli_version'"
ok "usr/bin/ocnumbers-cli --version: $cli_version"
for exe in "${executables[@]}"; do
    path="$root/usr/bin/$exe"
    [ -x "$path" ] || fail "usr/bin/$exe is missing or not executable"
    if command -v readelf >/dev/null && readelf -S "$path" | grep -q '\.debug_info'; then
        fail "usr/bin/$exe is not stripped"
    fi
    # --help and --version need no display, not even the GUI's.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$path" --version 2>/dev/null) ||
        fail "$exe --version exited $?"
    [ "$out" = "$exe $version" ] || fail "$exe --version printed '$out'"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$path" --help >"$work/help.txt" 2>/dev/null ||
        fail "$exe --help exited $?"
    grep -Eq "^Usage: (.*/)?$exe( |$)" "$work/help.txt" || fail "$exe --help printed no usage line"
done
ok "ocnumbers, ocnumbers-cli, ocnumbers-sandbox: --version and --help exit 0 without a display, stripped"

# Desktop integration.
desktop="$root/usr/share/applications/$app_id.desktop"
[ -f "$desktop" ] || fail "usr/share/applications/$app_id.desktop is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate found errors in $app_id.desktop"
grep -qx "Exec=ocnumbers" "$desktop" || fail "the desktop file does not run ocnumbers"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
ok "desktop-file-validate usr/share/applications/$app_id.desktop"

metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "$metainfo" ] || fail "usr/share/metainfo/$app_id.metainfo.xml is missing"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.txt" 2>&1 || {
    cat "$work/appstream.txt" >&2
    fail "appstreamcli validate failed"
}
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
ok "appstreamcli validate --no-net usr/share/metainfo/$app_id.metainfo.xml (release $version)"

for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || fail "icon ${size}x${size} is missing"
    # PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16-23.
    [ "$(od -An -tx1 -N8 "$png" | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "${size}x${size} icon is not a PNG"
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
    height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
    [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "${size}x${size} icon is ${width}x${height}"
done
svg="$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
[ -f "$svg" ] && grep -q "<svg" "$svg" || fail "the scalable SVG icon is missing"
ok "icons: hicolor ${icon_sizes[*]} px PNGs (sizes checked) and scalable SVG"

# Manual pages: present, and groff formats them without a warning.
man_page() { # prints the roff source of an executable's installed manual page
    local dir="$root/usr/share/man/man1"
    if [ -f "$dir/$1.1.gz" ]; then
        gzip -dc "$dir/$1.1.gz"
    elif [ -f "$dir/$1.1" ]; then
        cat "$dir/$1.1"
    else
        fail "no manual page for $1 in usr/share/man/man1"
    fi
}
for exe in "${executables[@]}"; do
    page=$exe.1
    man_page "$exe" >"$work/page.1"
    groff -man -Tutf8 -ww -z "$work/page.1" 2>"$work/groff.txt" || fail "groff failed on $page"
    [ ! -s "$work/groff.txt" ] || { cat "$work/groff.txt" >&2; fail "groff warned about $page"; }
    grep -q "^\.TH ${exe^^} 1 .*\"ocnumbers $version\"" "$work/page.1" ||
        fail "$page does not say ocnumbers $version in its .TH line"
done
ok "manual pages ocnumbers.1, ocnumbers-cli.1, ocnumbers-sandbox.1: groff -man -ww formats them cleanly"

# Every option an executable's --help lists is in its manual page (written "\-\-name" in roff).
options_in_help() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>&1 |
        sed -nE 's/^  (-[a-zA-Z], )?(--[a-z][a-z0-9-]*).*/\2/p' | grep -vx -- '--help-all' || true
}
documented=0
for help in "ocnumbers --help" "ocnumbers-sandbox --help" "ocnumbers-cli convert --help" \
    "ocnumbers-cli diff --help" "ocnumbers-cli fetch --help" "ocnumbers-cli profile --help"; do
    read -r exe args <<<"$help"
    page=packaging/man/$exe.1
    man_page "$exe" >"$work/page.1"
    # shellcheck disable=SC2086 # args holds the command and --help
    for option in $(options_in_help "$root/usr/bin/$exe" $args); do
        grep -qF -- "${option//-/\\-}" "$work/page.1" ||
            fail "'$help' lists $option, but $page does not document it"
        documented=$((documented + 1))
    done
done
[ "$documented" -gt 40 ] || fail "found only $documented options in the executables' --help"
ok "all $documented options that the executables' --help lists are in their manual pages"

doc="$root/usr/share/doc/ocnumbers"
[ -f "$doc/copyright" ] && grep -q "^License: MIT" "$doc/copyright" || fail "usr/share/doc/ocnumbers/copyright is missing"
changelog=$(find "$doc" -name 'changelog*' | head -n 1)
[ -n "$changelog" ] || fail "no changelog in usr/share/doc/ocnumbers"
case "$changelog" in
    *.gz) gzip -dc "$changelog" >"$work/changelog" ;;
    *) cp "$changelog" "$work/changelog" ;;
esac
[ "$(dpkg-parsechangelog -l "$work/changelog" --show-field Version)" = "$version" ] ||
    fail "the changelog's latest version is not $version"
ok "usr/share/doc/ocnumbers: copyright (MIT) and changelog ($version)"

# The .tar.gz holds the same files.
build_package TGZ
tgzs=("$work"/TGZ/*.tar.gz)
[ ${#tgzs[@]} -eq 1 ] && [ -f "${tgzs[0]}" ] || fail "expected one .tar.gz in $work/TGZ"
tar -tzf "${tgzs[0]}" | grep -v '/$' | sed 's|^[^/]*/||' | sort >"$work/tgz-files.txt"
awk '{print $6}' "$work/contents.txt" | grep -v '/$' | sed 's|^\./usr/||' | sort >"$work/deb-files.txt"
diff -u "$work/deb-files.txt" "$work/tgz-files.txt" >&2 || fail "the .tar.gz and the .deb hold different files"
ok "cpack -G TGZ built $(basename "${tgzs[0]}") with the same $(wc -l <"$work/tgz-files.txt") files"

echo "package_check: $checks checks passed for ocnumbers $version"
