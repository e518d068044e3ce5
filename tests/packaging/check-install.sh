#!/usr/bin/env bash
# check-install.sh BUILD_DIR: `cmake --install BUILD_DIR` into a temporary
# prefix, then checks that the executable, desktop file, AppStream metainfo and
# icon are where Linux desktops and software centres look for them, and that
# they agree with each other (appstreamcli validate-tree).
set -euo pipefail
build_dir=${1:?usage: check-install.sh BUILD_DIR}

prefix="$(mktemp -d "${TMPDIR:-/tmp}/latchkey-install.XXXXXX")"
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >"$prefix.log" 2>&1 || {
    cat "$prefix.log" >&2; rm -f "$prefix.log"; exit 1; }
rm -f "$prefix.log"

status=0
expect() { # expect TEST PATH WHAT
    if ! test "$1" "$prefix/$2"; then
        echo "FAIL: $3 is not installed as $2" >&2
        status=1
    else
        echo "ok:   $2"
    fi
}
expect -x bin/latchkey "the executable"
expect -f share/applications/latchkey.desktop "the desktop file"
expect -f share/metainfo/app.latchkey.latchkey.metainfo.xml "the AppStream metainfo"
expect -f share/icons/hicolor/scalable/apps/latchkey.svg "the application icon"

if [[ $status -eq 0 ]]; then
    # The desktop file names the icon and the executable; the metainfo names the desktop file.
    grep -qx 'Icon=latchkey' "$prefix/share/applications/latchkey.desktop" \
        || { echo "FAIL: the desktop file does not use Icon=latchkey" >&2; status=1; }
    grep -qx 'Exec=latchkey' "$prefix/share/applications/latchkey.desktop" \
        || { echo "FAIL: the desktop file does not start latchkey" >&2; status=1; }
    grep -q '<launchable type="desktop-id">latchkey.desktop</launchable>' \
        "$prefix/share/metainfo/app.latchkey.latchkey.metainfo.xml" \
        || { echo "FAIL: the metainfo does not launch latchkey.desktop" >&2; status=1; }
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate-tree --no-net "$prefix" || status=1
    fi
fi
exit $status
