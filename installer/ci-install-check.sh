#!/usr/bin/env bash
# Installs a built tollgate .deb on this (Debian 12) machine, checks that the installed program runs
# (--version, and `serve` starts listening and stops cleanly on SIGTERM), then removes the package.
# Needs root (or sudo). Called from .ci/run.
#   installer/ci-install-check.sh path/to/tollgate_VERSION_ARCH.deb
set -euo pipefail

deb=$(realpath "$1")
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    if dpkg-query -W -f='${Status}' tollgate 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq tollgate >/dev/null
    fi
}
trap cleanup EXIT

# apt-get (not dpkg -i) so that the package's dependencies are installed too.
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; exit 1; }

version=$(/usr/bin/tollgate --version)
echo "installed: $version"
[[ "$version" == "tollgate "* ]] || { echo "unexpected --version output: $version" >&2; exit 1; }
/usr/bin/tollgate --help >/dev/null
man -w tollgate >/dev/null 2>&1 || [[ -f /usr/share/man/man1/tollgate.1.gz ]] || { echo "man page not installed" >&2; exit 1; }

data=$(mktemp -d -p "$work")
export DBUS_SESSION_BUS_ADDRESS= # headless: no keyring
# A package built from the sanitizer build (-DTOLLGATE_SANITIZE=ON) runs under LeakSanitizer, which turns
# libcrypto's allocations still alive at exit into exit status 1 when SIGTERM comes early. This check is about
# the package, not about leaks (the test suite runs the same binary): leak reports are off here.
export ASAN_OPTIONS=detect_leaks=0
/usr/bin/tollgate --data "$data" serve --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 200); do
    url=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$work/serve.log" | head -n 1)
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
done
if [[ -z "$url" ]]; then
    echo "tollgate serve did not start:" >&2
    cat "$work/serve.log" >&2
    exit 1
fi
echo "serving on $url"
if command -v curl >/dev/null; then
    curl -sf "$url/metrics" | grep -q '^# TYPE tollgate_requests_total counter$' \
        || { echo "/metrics did not answer" >&2; exit 1; }
fi

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
[[ $status -eq 0 ]] || { echo "tollgate serve exited with $status after SIGTERM:" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "ci-install-check: the installed package runs"
