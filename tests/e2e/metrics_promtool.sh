#!/usr/bin/env bash
# End-to-end check of GET /metrics: a real `tollgate serve` in front of the fake provider gets a few
# requests (one answered, one streamed, one refused for its key, one for a model nobody serves), then its
# /metrics output must pass `promtool check metrics` (Prometheus's own parser and linter) without a
# single error or lint message, and show those requests.
#   metrics_promtool.sh TOLLGATE_BINARY FAKE_PROVIDER_BINARY
set -euo pipefail

tollgate=$1
command -v promtool >/dev/null || { echo "promtool not found: run installer/debian-deps.sh --test (package prometheus)" >&2; exit 1; }
fake_provider=$2
upstream_secret=sk-upstream-metrics-secret

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
export DBUS_SESSION_BUS_ADDRESS= # no keyring in CI: the CLI falls back to its 0600 secrets file

# Waits for "listening on URL" in a log file and prints URL.
wait_for_url() {
    local log=$1
    for _ in $(seq 200); do
        if url=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1) && [[ -n "$url" ]]; then
            echo "$url"
            return 0
        fi
        sleep 0.05
    done
    echo "no 'listening on' in $log:" >&2
    cat "$log" >&2
    return 1
}

"$fake_provider" --port 0 --api-key "$upstream_secret" >"$work/fake.log" 2>&1 &
pids+=($!)
fake_url=$(wait_for_url "$work/fake.log")

data="$work/data"
"$tollgate" --data "$data" providers add fake-openai --type openai --base-url "$fake_url/v1" --api-key "$upstream_secret" \
    --models 'gpt-*' >/dev/null
secret=$("$tollgate" --data "$data" keys create 'ci "bot"' --json | sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p')
[[ "$secret" == sk-tg-* ]] || { echo "no key secret from keys create" >&2; exit 1; }

"$tollgate" --data "$data" serve --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
pids+=($!)
gateway=$(wait_for_url "$work/serve.log")

chat() { # chat KEY BODY -> prints the HTTP status
    curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
        --data "$2" "$gateway/v1/chat/completions"
}
expect() { # expect WANTED GOT WHAT
    [[ "$1" == "$2" ]] || { echo "$3: expected $1, got $2" >&2; exit 1; }
}

expect 200 "$(chat "$secret" '{"model":"gpt-4o-mini","max_tokens":5,"messages":[{"role":"user","content":"hi"}]}')" "plain call"
expect 200 "$(chat "$secret" '{"model":"gpt-4o-mini","stream":true,"max_tokens":5,"messages":[{"role":"user","content":"hi"}]}')" "streamed call"
expect 401 "$(chat sk-tg-this-key-does-not-exist '{"model":"gpt-4o-mini","messages":[]}')" "unknown key"
expect 404 "$(chat "$secret" '{"model":"claude-3-5-haiku","messages":[{"role":"user","content":"hi"}]}')" "unserved model"

curl -sf "$gateway/metrics" -o "$work/metrics.txt"

# promtool exits non-zero on parse errors and on lint problems; any output at all is a finding too.
if ! promtool check metrics <"$work/metrics.txt" >"$work/promtool.log" 2>&1 || [[ -s "$work/promtool.log" ]]; then
    echo "promtool check metrics failed:" >&2
    cat "$work/promtool.log" >&2
    exit 1
fi

require() {
    grep -qxF "$1" "$work/metrics.txt" || { echo "missing line: $1" >&2; cat "$work/metrics.txt" >&2; exit 1; }
}
require 'tollgate_requests_total{key="ci \"bot\"",model="gpt-4o-mini",provider="fake-openai",status="200"} 2'
require 'tollgate_requests_total{key="ci \"bot\"",model="claude-3-5-haiku",provider="",status="404"} 1'
require 'tollgate_rejections_total{reason="invalid_key"} 1'
require 'tollgate_rejections_total{reason="model_not_found"} 1'
require 'tollgate_request_duration_seconds_count 3'
require 'tollgate_ledger_write_seconds_count 3'
require 'tollgate_requests_in_flight 0'
grep -q '^tollgate_tokens_total{key="ci \\"bot\\"",model="gpt-4o-mini",category="output"} [1-9]' "$work/metrics.txt" \
    || { echo "no output tokens booked" >&2; exit 1; }
grep -q '^tollgate_cost_usd_total{key="ci \\"bot\\"",model="gpt-4o-mini"} 0\.[0-9]\{9\}$' "$work/metrics.txt" \
    || { echo "no exact cost booked" >&2; exit 1; }
echo "metrics pass promtool check metrics"
