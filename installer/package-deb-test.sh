#!/usr/bin/env bash
# ctest package_deb: builds the Debian package from a configured and built tree, then checks it.
#   package-deb-test.sh BUILD_DIR INSTALLER_SOURCE_DIR
# Checks: the files a user needs are in it, both licences are in its copyright file, it depends on
# the SQLite plugin, lintian finds no error (overrides: installer/debian/tollgate.lintian-overrides),
# and the desktop entry and AppStream metadata validate. Needs lintian, desktop-file-utils and
# appstream (installer/debian-deps.sh --test).
set -euo pipefail

build=$1
source=$2
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "$tool not found: run installer/debian-deps.sh --test" >&2; exit 1; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
debs=("$out"/tollgate_*.deb)
[[ -f "${debs[0]}" ]] || { echo "cpack made no tollgate_*.deb" >&2; cat "$out/cpack.log" >&2; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb")"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$out/contents"
expected=(
    /usr/bin/tollgate
    /usr/share/applications/invalid.tollgate.Tollgate.desktop
    /usr/share/metainfo/invalid.tollgate.Tollgate.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/tollgate.svg
    /usr/share/man/man1/tollgate.1.gz
    /usr/share/doc/tollgate/copyright
    /usr/share/doc/tollgate/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/tollgate.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$out/contents" || fail "missing $path"
done
# Only /usr, nothing under /usr/local or elsewhere.
if grep -v '^/$' "$out/contents" | grep -v '^/usr' | grep -q .; then
    fail "files outside /usr: $(grep -v '^/usr' "$out/contents" | grep -v '^/$' | tr '\n' ' ')"
fi

mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
copyright="$out/root/usr/share/doc/tollgate/copyright"
grep -q "The Tollgate authors" "$copyright" || fail "copyright lacks Tollgate's notice"
grep -q "2023 Berri AI" "$copyright" || fail "copyright lacks the price map's notice (LiteLLM, Berri AI)"
[[ "$(gzip -dc "$out/root/usr/share/man/man1/tollgate.1.gz" | head -c 3)" == ".TH" ]] || fail "man page is not roff"
[[ -x "$out/root/usr/bin/tollgate" ]] || fail "/usr/bin/tollgate is not executable"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
[[ "$depends" == *libqt6sql6-sqlite* ]] || fail "Depends lacks libqt6sql6-sqlite (the runtime SQLite plugin)"
[[ "$depends" == *libqt6core6* ]] || fail "Depends lacks libqt6core6: shlibdeps did not run"
[[ "$depends" == *libsqlite3-0* ]] || fail "Depends lacks libsqlite3-0 (linked directly for the trace insert)"

# lintian refuses nothing as root but says so; --fail-on error makes errors (not warnings) fatal.
if ! lintian --fail-on error --info --display-level ">=info" "$deb" >"$out/lintian.log" 2>&1; then
    fail "lintian reports errors"
fi
cat "$out/lintian.log"

desktop-file-validate "$source/linux/invalid.tollgate.Tollgate.desktop" || fail "desktop-file-validate"
desktop-file-validate "$out/root/usr/share/applications/invalid.tollgate.Tollgate.desktop" || fail "desktop-file-validate (packaged)"
# --no-net: CI has no network and the homepage is a placeholder domain.
appstreamcli validate --no-net "$source/linux/invalid.tollgate.Tollgate.metainfo.xml" || fail "appstreamcli validate"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package_deb: all checks passed"
