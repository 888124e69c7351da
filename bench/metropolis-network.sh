#!/bin/bash
# The metropolis co-presence network's first answer after a start, on a store that holds a
# 98k-row attendance sheet, for one or more launchers (bin/metrograph of each build)
# interleaved: each started on the same store, then GET /api/copresence/metropolises (cold),
# the same for 2025 only (the plan cached), the first again (the service's cache), and the
# network's GEXF export (its rows read again, with their years and sources).
# Prepare the store once, with any launcher (the sheet: 20,000 people, 5,000 meetings):
#   java -jar target/metrograph-*.jar bench-ingest --sheet-out /tmp/net/presences.csv \
#     --sheet-people 20000 --sheet-meetings 5000
#   bin/metrograph --app.neo4j.embedded.directory=/tmp/net/neo4j &     # then, once UP:
#   bin/metrograph ingest --uri bolt://127.0.0.1:7687 /tmp/net/presences.csv
#   STORE=/tmp/net/neo4j RUNS=3 bench/metropolis-network.sh /A/bin/metrograph /B/bin/metrograph
# Ports 18093 (HTTP) and 17688 (Bolt).
root=$(cd "$(dirname "$0")/.." && pwd)
one() {
  cd "$root"
  ($1 --server.port=18093 --app.neo4j.embedded.bolt-port=17688 --app.neo4j.embedded.directory="${STORE:?the store folder, see above}" > "${LOG:-/tmp/metropolis-network.log}" 2>&1 &)
  until curl -s localhost:18093/actuator/health 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.5; done
  a=$(curl -s -o /dev/null -w "%{time_total}" "localhost:18093/api/copresence/metropolises")
  b=$(curl -s -o /dev/null -w "%{time_total}" "localhost:18093/api/copresence/metropolises?from=2025&to=2025")
  c=$(curl -s -o /dev/null -w "%{time_total}" "localhost:18093/api/copresence/metropolises")
  d=$(curl -s -o /dev/null -w "%{time_total}" "localhost:18093/api/export/gexf?network=metropolises")
  pairs=$(grep -o "METROPOLISES.*pairs read in [0-9]* ms" "${LOG:-/tmp/metropolis-network.log}" | head -1 | grep -o "[0-9]* pairs read in [0-9]* ms")
  echo "$(basename $(dirname $(dirname $1))) first ${a}s  2025-only ${b}s  cached ${c}s  export ${d}s  ($pairs)"
  pkill -f "server.port=18093"; while pgrep -f "server.port=18093" >/dev/null; do sleep 0.3; done
}
for i in $(seq 1 ${RUNS:-3}); do for l in "$@"; do one $l; done; done
