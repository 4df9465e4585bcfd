#!/usr/bin/env bash
# Starts, stops and queries a local Prometheus Alertmanager for the control service's alarms.
#
#   scripts/alertmanager.sh start [PORT]   # default 9093; prints the FT_ALERTMANAGER_URL to use
#   scripts/alertmanager.sh alerts         # the active alerts (GET /api/v2/alerts)
#   scripts/alertmanager.sh stop
#
# Needs the Debian package prometheus-alertmanager (apt-get install -y prometheus-alertmanager),
# or ALERTMANAGER_BIN pointing at an alertmanager binary. State (pid, log, storage) lives in
# target/alertmanager; the configuration is scripts/alertmanager.yml (ALERTMANAGER_CONFIG overrides).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${ALERTMANAGER_BIN:-/usr/bin/prometheus-alertmanager}"
CONFIG="${ALERTMANAGER_CONFIG:-$ROOT/scripts/alertmanager.yml}"
STATE="$ROOT/target/alertmanager"
PID_FILE="$STATE/alertmanager.pid"
PORT_FILE="$STATE/port"

running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

start() {
  local port="${1:-9093}"
  [[ -x "$BIN" ]] || { echo "alertmanager.sh: $BIN not found; apt-get install -y prometheus-alertmanager" >&2; exit 2; }
  if running; then
    echo "alertmanager.sh: already running (pid $(cat "$PID_FILE"), http://127.0.0.1:$(cat "$PORT_FILE"))" >&2
    exit 0
  fi
  mkdir -p "$STATE/data"
  "$BIN" --config.file="$CONFIG" --web.listen-address="127.0.0.1:$port" --cluster.listen-address= \
    --storage.path="$STATE/data" >>"$STATE/alertmanager.log" 2>&1 &
  echo $! >"$PID_FILE"
  echo "$port" >"$PORT_FILE"
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1; then
      echo "alertmanager.sh: ready (pid $(cat "$PID_FILE")); export FT_ALERTMANAGER_URL=http://127.0.0.1:$port" >&2
      return 0
    fi
    running || { echo "alertmanager.sh: exited, see $STATE/alertmanager.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "alertmanager.sh: not ready after 20 s, see $STATE/alertmanager.log" >&2
  exit 1
}

stop() {
  if running; then
    kill "$(cat "$PID_FILE")"
    echo "alertmanager.sh: stopped pid $(cat "$PID_FILE")" >&2
  fi
  rm -f "$PID_FILE"
}

alerts() {
  running || { echo "alertmanager.sh: not running" >&2; exit 1; }
  curl -fsS "http://127.0.0.1:$(cat "$PORT_FILE")/api/v2/alerts"
  echo
}

case "${1:-}" in
  start) start "${2:-9093}" ;;
  stop) stop ;;
  alerts) alerts ;;
  *) echo "usage: scripts/alertmanager.sh start [PORT] | stop | alerts" >&2; exit 2 ;;
esac
