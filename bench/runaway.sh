#!/usr/bin/env bash
# Runaway queries (issue #12), measured on a service this script starts and stops itself:
# check-runaway (each query alone, then 110 at once while timing /actuator/health), then
# how long SIGTERM takes to stop the service while an uninterruptible query runs.
# Usage, from the project folder after ./mvnw -DskipTests package:
#   bench/runaway.sh [JAR] [PORT]
# Loopback only; the store is a scratch folder removed at the end.
set -euo pipefail
jar=${1:-target/metrograph-0.1.0-SNAPSHOT.jar}
port=${2:-18085}
java=${JAVA:-java}
store=$(mktemp -d)
url="http://127.0.0.1:$port"
"$java" -jar "$jar" --server.port="$port" --app.neo4j.embedded.bolt-port=0 \
	--app.neo4j.embedded.directory="$store/neo4j" >"$store/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$store"' EXIT
until curl -sf "$url/actuator/health" >/dev/null; do
	sleep 2
	kill -0 "$pid" 2>/dev/null || { echo "le service s'est arrêté :"; tail -20 "$store/service.log"; exit 1; }
done
"$java" -jar "$jar" check-runaway --url "$url"
echo "## SIGTERM pendant une requête non interruptible"
curl -s -o /dev/null -H 'Content-Type: application/json' \
	-d '{"query": "RETURN reduce(s = 0, x IN range(1, toInteger($n)) | s + x % 3) AS total", "params": {"n": "400000000"}}' \
	"$url/api/cypher" &
sleep 3
start=$(date +%s.%N)
kill -TERM "$pid"
wait "$pid" || true
end=$(date +%s.%N)
printf 'service arrêté %.1f s après SIGTERM\n' "$(echo "$end - $start" | bc)"
