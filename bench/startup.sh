#!/usr/bin/env bash
# Times the service's start-up to UP on the seed documents, with a fresh store and with the
# store present, and its shutdown (SIGTERM to exit), for one or more jars in interleaved
# runs (jar A fresh, jar B fresh, jar A present, jar B present, ...). Run from the project
# folder after ./mvnw -DskipTests package:
#   bench/startup.sh RUNS LAUNCHER [LAUNCHER...]
# A launcher is a jar (run as `java -jar JAR`) or the bin/metrograph script (the jar extracted,
# with the JDK's ahead-of-time cache). A script is started once before the timed runs, on a
# scratch store: that first start after a build writes its cache when it stops; its times
# are printed as "first start after the build".
# Each launcher gets a scratch store in a temporary folder, HTTP port 18084 and any free Bolt port.
set -uo pipefail
runs="$1"; shift
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
port="${PORT:-18084}"
now() { date +%s.%N; }
# Whether GET /actuator/health answers 200 with the overall status UP (which it does once the
# seeds are loaded), asked over bash's /dev/tcp: no process is started. A curl and a jq every
# 50 ms (the poll before session 7) took about a quarter of a core from the start it measured.
health_up() {
  local reply=""
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  IFS= read -r -d '' reply <&3
  exec 3<&-
  [[ $reply == "HTTP/1.1 200"* && $reply == *'"status":"UP"'* ]]
}
# one STORE LAUNCHER -> prints "seconds-to-UP seconds-to-exit"
one() {
  local store="$1" jar="$2" log t0 up down pid
  local -a command
  case "$jar" in
  *.jar) command=("$java" ${JAVA_OPTS:-} -jar "$jar") ;;
  *) command=("$jar") ;;
  esac
  log=$(mktemp)
  t0=$(now)
  "${command[@]}" --server.port="$port" --app.neo4j.embedded.bolt-port=0 \
    --app.neo4j.embedded.directory="$store" > "$log" 2>&1 &
  pid=$!
  # Never leave a service behind when interrupted (Ctrl-C reaches this subshell too).
  trap '[ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null' EXIT INT TERM
  # The overall status (not a component's), which turns UP once the seeds are loaded.
  until health_up 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "service died, see $log" >&2; return 1; fi
    sleep 0.05
  done
  up=$(now)
  kill -TERM "$pid"; wait "$pid"; pid=""
  down=$(now)
  grep -E "Start-up phase|Ingest phases|Shutdown phase" "$log" | sed -E 's/^.*\] [a-z.]*[A-Za-z0-9]+ +: //' >&2
  rm -f "$log"
  echo "$(echo "$up - $t0" | bc) $(echo "$down - $up" | bc)"
}
echo "uptime: $(uptime)"
for jar in "$@"; do
  case "$jar" in
  *.jar) ;;
  *)
    scratch=$(mktemp -d)
    result=$(one "$scratch/neo4j" "$jar") || exit 1
    printf 'first start after the build %-24s to UP %6.2f s, shutdown %5.2f s (load average %s)\n' "$jar" $result \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
    rm -rf "$scratch"
    ;;
  esac
done
for i in $(seq 1 "$runs"); do
  declare -A stores=()
  for jar in "$@"; do stores[$jar]=$(mktemp -d); done
  for phase in fresh present; do
    for jar in "$@"; do
      result=$(one "${stores[$jar]}/neo4j" "$jar") || exit 1
      printf 'run %d %-8s %-40s to UP %6.2f s, shutdown %5.2f s (load average %s)\n' "$i" "$phase" "$jar" $result \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    done
  done
  for jar in "$@"; do rm -rf "${stores[$jar]}"; done
done
echo "uptime: $(uptime)"
