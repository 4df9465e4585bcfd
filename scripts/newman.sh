#!/usr/bin/env bash
# Runs the Postman collection with newman against the built jar on a fresh database.
#
#   scripts/newman.sh [path/to/fantastic-train.jar]
#
# Builds nothing: build first (./mvnw -B -DskipTests package). Starts the jar on a free loopback
# port with a random FT_API_KEY, against a fresh embedded PostgreSQL in a temporary FT_HOME (or
# against SPRING_DATASOURCE_URL when set: give it an empty database), waits until /actuator/health
# is UP (the bootstrap has loaded the data and trained the first champions), runs the collection,
# stops the jar and exits non-zero if any assertion failed. newman is taken from PATH, else
# installed with npm into target/newman. JAVA_OPTS defaults to -Xmx256m; HEALTH_TIMEOUT to 600 s.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$ROOT/platform/target/fantastic-train.jar}"
COLLECTION="$ROOT/postman/fantastic-train.postman_collection.json"
ENVIRONMENT="$ROOT/postman/local.postman_environment.json"
OUT="$ROOT/target/newman"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-600}"

[[ -f "$JAR" ]] || { echo "newman.sh: no jar at $JAR; build it first: ./mvnw -B -DskipTests package" >&2; exit 2; }
command -v curl >/dev/null || { echo "newman.sh: curl is required" >&2; exit 2; }
mkdir -p "$OUT"

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "newman.sh: no free port found" >&2
  return 1
}

newman_bin() {
  if command -v newman >/dev/null; then
    command -v newman
    return 0
  fi
  if [[ ! -x "$OUT/node_modules/.bin/newman" ]]; then
    command -v npm >/dev/null || { echo "newman.sh: neither newman nor npm is installed" >&2; return 1; }
    echo "newman.sh: installing newman into $OUT" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$OUT" newman >&2
  fi
  echo "$OUT/node_modules/.bin/newman"
}

NEWMAN="$(newman_bin)"
PORT="$(free_port)"
HOME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ft-newman.XXXXXX")"
API_KEY="newman-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
LOG="$OUT/server.log"
PID=""

stop_server() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -rf "$HOME_DIR"
}
trap stop_server EXIT

echo "newman.sh: starting $JAR on port $PORT (log: $LOG)" >&2
# shellcheck disable=SC2086
FT_HOME="$HOME_DIR" FT_API_KEY="$API_KEY" SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 \
  java ${JAVA_OPTS:--Xmx256m} -jar "$JAR" serve >"$LOG" 2>&1 &
PID=$!

deadline=$((SECONDS + HEALTH_TIMEOUT))
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "newman.sh: the server exited before it was healthy; last log lines:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  if (( SECONDS > deadline )); then
    echo "newman.sh: not healthy after ${HEALTH_TIMEOUT}s; health says: $(curl -sS "http://127.0.0.1:$PORT/actuator/health" 2>&1 | head -c 600)" >&2
    exit 1
  fi
  sleep 1
done
echo "newman.sh: healthy after ${SECONDS}s; running the collection" >&2

set +e
"$NEWMAN" run "$COLLECTION" -e "$ENVIRONMENT" \
  --env-var "baseUrl=http://127.0.0.1:$PORT" --env-var "apiKey=$API_KEY" \
  --reporters cli,junit --reporter-junit-export "$OUT/newman-report.xml" \
  --timeout-request 120000
status=$?
set -e
if (( status != 0 )); then
  echo "newman.sh: the collection failed (exit $status); server log: $LOG" >&2
fi
exit "$status"
