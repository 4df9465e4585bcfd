#!/usr/bin/env bash
# Runs the dashboard's browser tests in headless Chromium against the built jar.
#
#   scripts/dashboard-test.sh [path/to/fantastic-train.jar]
#
# Builds nothing: build first (./mvnw -B -pl platform -am package -DskipTests). Then:
#  1. installs the test's npm dependencies (playwright-core, no browser download) in dashboard-tests/,
#     and Debian's chromium when /usr/bin/chromium is missing (needs root and apt);
#  2. starts the jar on a free loopback port with a temporary FT_HOME (fresh embedded PostgreSQL;
#     the bootstrap loads the bundled data and trains) and a random FT_API_KEY, waits for
#     /actuator/health UP, and prepares what the pages show: a replay of corrib_production over
#     2023-07-01..REPLAY_TO (default 2023-08-09; evaluated forecasts, control checks, alarms), the
#     rest of the data (to 2024-06-30, 6.5 years in all), a forecast vintage, a second training;
#  3. starts a second jar with FT_BOOTSTRAP=false on another temporary home (an empty database);
#  4. runs dashboard-tests/dashboard.test.js, stops both jars by PID, exits non-zero on failure.
# Screenshots go to target/dashboard-screenshots/ (the overview is copied to docs/img/overview.png
# when UPDATE_README_IMAGE=1). JAVA_OPTS defaults to -Xmx256m; HEALTH_TIMEOUT to 600 s.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$ROOT/platform/target/fantastic-train.jar}"
TESTS="$ROOT/dashboard-tests"
OUT="$ROOT/target/dashboard-screenshots"
LOGS="$ROOT/target/dashboard-tests"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-600}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"

say() { echo "dashboard-test.sh: $*" >&2; }
[[ -f "$JAR" ]] || { say "no jar at $JAR; build it first: ./mvnw -B -pl platform -am package -DskipTests"; exit 2; }
command -v curl >/dev/null || { say "curl is required"; exit 2; }
command -v npm >/dev/null || { say "node and npm are required"; exit 2; }
rm -rf "$OUT"
mkdir -p "$OUT" "$LOGS"

if [[ ! -x /usr/bin/chromium ]]; then
  say "installing Debian's chromium"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if [[ ! -d "$TESTS/node_modules/playwright-core" ]]; then
  say "installing playwright-core"
  (cd "$TESTS" && npm install --no-save --no-audit --no-fund --loglevel=error)
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  say "no free port found"
  return 1
}

PIDS=()
HOMES=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  for dir in "${HOMES[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT

API_KEY="dash-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

# start_server NAME PORT [ENV=VALUE...]: the jar in the background on a fresh FT_HOME.
start_server() {
  local name="$1" port="$2"
  shift 2
  local home
  home="$(mktemp -d "${TMPDIR:-/tmp}/ft-dashboard.XXXXXX")"
  HOMES+=("$home")
  # shellcheck disable=SC2086
  env -u SPRING_DATASOURCE_URL FT_HOME="$home" FT_API_KEY="$API_KEY" SERVER_PORT="$port" "$@" \
    java $JAVA_OPTS -jar "$JAR" serve >"$LOGS/$name.log" 2>&1 &
  PIDS+=("$!")
  say "$name server: pid $! on port $port (log $LOGS/$name.log)"
}

wait_up() {
  local name="$1" port="$2" pid="$3" deadline=$((SECONDS + HEALTH_TIMEOUT))
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then say "$name server exited; see $LOGS/$name.log"; tail -20 "$LOGS/$name.log" >&2; exit 1; fi
    if (( SECONDS > deadline )); then say "$name server not UP after ${HEALTH_TIMEOUT}s"; exit 1; fi
    sleep 1
  done
  say "$name server UP"
}

post() {
  local port="$1" path="$2" body="$3"
  curl -sf -X POST -H 'Content-Type: application/json' -H "X-API-Key: $API_KEY" -d "$body" \
    "http://127.0.0.1:$port$path" >/dev/null || { say "POST $path failed"; exit 1; }
}

PORT="$(free_port)"
start_server main "$PORT"
wait_up main "$PORT" "${PIDS[0]}"
# One server at a time: both would unpack the PostgreSQL binaries into the same directory.
EMPTY_PORT="$(free_port)"
start_server empty "$EMPTY_PORT" FT_BOOTSTRAP=false

# A replay of the days after the bootstrap gives the control service evaluated forecasts, checks
# and alarms (the daily-forecast job on the wall clock issues vintages long after the data ends).
REPLAY_FROM=2023-07-01
REPLAY_TO="${REPLAY_TO:-2023-08-09}"
say "replaying corrib_production $REPLAY_FROM..$REPLAY_TO"
replay_started=$SECONDS
replay="$(curl -sf -X POST -H 'Content-Type: application/json' -H "X-API-Key: $API_KEY" \
  -d "{\"from\":\"$REPLAY_FROM\",\"to\":\"$REPLAY_TO\",\"series\":\"corrib_production\"}" \
  "http://127.0.0.1:$PORT/api/v1/replays")" || { say "POST /api/v1/replays failed"; exit 1; }
replay_id="$(sed -n 's/^{"id":\([0-9]*\).*/\1/p' <<<"$replay")"
[[ -n "$replay_id" ]] || { say "no replay id in: $replay"; exit 1; }
deadline=$((SECONDS + HEALTH_TIMEOUT))
while :; do
  state="$(curl -sf "http://127.0.0.1:$PORT/api/v1/replays/$replay_id")" || { say "GET /api/v1/replays/$replay_id failed"; exit 1; }
  case "$state" in
    *'"status":"SUCCEEDED"'*) break ;;
    *'"status":"RUNNING"'*) ;;
    *) say "replay $replay_id did not succeed: $state"; exit 1 ;;
  esac
  (( SECONDS < deadline )) || { say "replay $replay_id not finished after ${HEALTH_TIMEOUT}s"; exit 1; }
  sleep 1
done
say "replay $replay_id finished in $((SECONDS - replay_started)) s"
# The replay loads up to the day before each replayed day: the rest starts after the last stored day.
last_day="$(curl -sf "http://127.0.0.1:$PORT/api/v1/dashboard/series" \
  | grep -o '"id":"corrib_production"[^}]*"last_day":"[0-9-]*"' | grep -o '[0-9]\{4\}-[0-9-]*' | tail -1)"
[[ -n "$last_day" ]] || { say "no last stored day after the replay"; exit 1; }
REST_FROM="$(date -u -d "$last_day + 1 day" +%F)"

say "loading $REST_FROM..2024-06-30, issuing a forecast vintage, training corrib_production again"
post "$PORT" /api/v1/loads "{\"from\":\"$REST_FROM\",\"to\":\"2024-06-30\"}"
post "$PORT" /api/v1/jobs/daily-forecast/runs '{}'
post "$PORT" /api/v1/trainings '{"series":"corrib_production"}'
wait_up empty "$EMPTY_PORT" "${PIDS[1]}"

status=0
(cd "$TESTS" && DASHBOARD_URL="http://127.0.0.1:$PORT" DASHBOARD_EMPTY_URL="http://127.0.0.1:$EMPTY_PORT" \
  FT_API_KEY="$API_KEY" SCREENSHOT_DIR="$OUT" node dashboard.test.js) || status=$?
if [[ "${UPDATE_README_IMAGE:-0}" == 1 && -f "$OUT/overview.png" ]]; then
  mkdir -p "$ROOT/docs/img" && cp "$OUT/overview.png" "$ROOT/docs/img/overview.png"
fi
say "screenshots in $OUT"
exit "$status"
