#!/usr/bin/env bash
# The service's own memory on a large co-presence network (issue #11: <= 2 GB RSS at 200k x 50k).
#
#   java -jar JAR bench-copresence --people 200000 --meetings 50000 --load-into STORE   # once
#   bench/copresence-rss.sh JAR STORE [HTTP_PORT] [BOLT_PORT] [JAVA_OPTIONS]
#
# Starts the real service on STORE (no start-up load) under -Xmx2g by default, waits for
# /actuator/health UP, then asks the first page of GET /api/copresence/people (cold: nothing
# cached) and the same again (cached), and prints the process's resident memory (VmRSS) and
# its peak (VmHWM, from /proc) after start-up and after each request, with the requests'
# times and sizes. Stops the service (SIGTERM) at the end, or on error or interrupt.
set -euo pipefail

jar=${1:?JAR}
store=${2:?STORE}
port=${3:-18086}
bolt=${4:-17686}
options=${5:--Xmx2g}
java=${JAVA:-java}
log=$(mktemp /tmp/copresence-rss.XXXXXX.log)

# shellcheck disable=SC2086
$java $options -jar "$jar" --server.port="$port" --app.neo4j.embedded.bolt-port="$bolt" \
  --app.neo4j.embedded.directory="$store" --app.ingest.on-startup=false >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

memory() {
  awk -v what="$1" '/^VmRSS|^VmHWM/ {printf "%s %s %d MiB  ", what, $1, $2 / 1024} END {print ""}' \
    "/proc/$pid/status"
}

start=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped; log: $log" >&2; exit 1; }
  sleep 1
done
echo "java options: $options; store: $store ($(du -sh "$store" | cut -f1)); log: $log"
printf 'UP after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
memory "after start-up:"
for round in cold cached; do
  curl -s -o /tmp/copresence-rss-page.json \
    -w "$round first page: HTTP %{http_code}, %{time_total} s, %{size_download} bytes\n" \
    "http://127.0.0.1:$port/api/copresence/people"
  memory "after the $round request:"
done
grep -o 'Co-presence network .*' "$log" | sed 's/CopresenceRequest\[[^]]*\]//' || true
