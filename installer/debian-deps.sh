#!/usr/bin/env bash
# Installs what Tollgate needs on Debian 12 and nothing that is already there.
#   installer/debian-deps.sh          build and run
#   installer/debian-deps.sh --test   also what the test suite uses (Node.js for the SDK tests, Xvfb for screenshots,
#                                      promtool, lintian, desktop-file-validate and appstreamcli for metrics and packaging)
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev libgl-dev libssl-dev qtkeychain-qt6-dev node-llhttp
    libsimdjson-dev libgoogle-perftools-dev # simdjson; tcmalloc, linked into the program (see app/CMakeLists.txt)
    fonts-wqy-microhei # Chinese and Japanese glyphs: a fresh Debian 12 has none, and the window drew empty boxes
    qt6-translations-l10n # Qt's own words (Cancel, OK) in the window's language; without it they stayed English
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(openssl xvfb xauth)
    # /metrics e2e (promtool is in prometheus) and the package_deb checks.
    packages+=(curl prometheus lintian desktop-file-utils appstream)
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi
echo "installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
