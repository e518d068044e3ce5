#!/usr/bin/env bash
# Latchkey's two set-up commands (see README.md):
#   ./dev.sh run    install what is missing, build, and open the app
#   ./dev.sh test   install what is missing, build, and run every test
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian 12 packages: to build, to run, and to test (a real keychain, a real
# HTTP server, a display for screenshots, fuzzers, and npm for newman).
packages=(
    cmake ninja-build g++ pkg-config clang clang-format
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev qt6-qpa-plugins
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev libfontconfig-dev
    dbus dbus-x11 gnome-keyring libsecret-tools
    python3-httpbin gunicorn curl jq
    xvfb xdotool imagemagick hyperfine
    desktop-file-utils appstream dpkg-dev file openssl
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    # npm for newman: Debian's nodejs and npm, unless a Node.js with its own npm
    # (such as NodeSource's, which conflicts with Debian's npm package) is there.
    if ! command -v npm >/dev/null 2>&1; then
        for package in nodejs npm; do
            if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
                missing+=("$package")
            fi
        done
    fi
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

case "${1:-}" in
run)
    install_missing
    build release
    exec build/release/app/latchkey
    ;;
test)
    install_missing
    build dev
    # One private environment for the whole run: D-Bus + unlocked gnome-keyring,
    # httpbin, the provider-shaped server, temporary HOME and XDG directories.
    tests/fixtures/test-env.sh ctest --preset dev --parallel 2
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
