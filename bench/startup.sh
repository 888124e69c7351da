#!/usr/bin/env bash
# Times the service's start-up to UP (fresh store, then store present) and its shutdown
# (SIGTERM to exit), on the seed documents. Run from the project folder after
# ./mvnw -DskipTests package:  bench/startup.sh [JAR] [RUNS]
# Uses a scratch store in a temporary folder, HTTP port 18084 and any free Bolt port.
set -euo pipefail
jar="${1:-target/metrograph-0.1.0-SNAPSHOT.jar}"
runs="${2:-3}"
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
port="${PORT:-18084}"
now() { date +%s.%N; }
one() { # $1 = store folder; prints "seconds-to-UP seconds-to-exit"
  local store="$1" log; log=$(mktemp)
  local t0; t0=$(now)
  "$java" ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --app.neo4j.embedded.bolt-port=0 \
    --app.neo4j.embedded.directory="$store" > "$log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "service died, see $log" >&2; exit 1; fi
    sleep 0.05
  done
  local up; up=$(now)
  kill -TERM "$pid"; wait "$pid" || true
  local down; down=$(now)
  printf '%.2f %.2f\n' "$(echo "$up - $t0" | bc)" "$(echo "$down - $up" | bc)"
  grep -E "phase|Started Metrograph|schema|Ingest finished" "$log" | sed 's/^.*INFO [0-9]* --- \[[^]]*\] \[ *[^]]*\] //' >&2 || true
  rm -f "$log"
}
echo "uptime: $(uptime)"
for i in $(seq 1 "$runs"); do
  store=$(mktemp -d)
  read -r fresh_up fresh_down < <(one "$store/neo4j")
  read -r warm_up warm_down < <(one "$store/neo4j")
  echo "run $i: fresh store ${fresh_up}s to UP, shutdown ${fresh_down}s; store present ${warm_up}s to UP, shutdown ${warm_down}s"
  rm -rf "$store"
done
