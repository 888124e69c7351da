#!/usr/bin/env bash
# Times command-line runs against a running service (--uri), for several ways of running the
# jar, in interleaved rounds (A B C, A B C, ...), and prints each run and the medians of wall
# time and CPU time (user + system). Run from the project folder, the service up:
#   bench/cli.sh ROUNDS URI LABEL=COMMAND [LABEL=COMMAND...]
# where COMMAND runs the command line, e.g.
#   bench/cli.sh 5 bolt://127.0.0.1:7687 'main=java -jar /tmp/main.jar' \
#     'jar=java -jar target/metrograph-0.1.0-SNAPSHOT.jar' 'bin=bin/metrograph'
# Each command is timed on: report --year 2025 (to a temporary file) and ingest data/documents
# (unchanged documents). CPU time reads better than wall time on a loaded machine: the load
# average is printed before and after.
set -uo pipefail
rounds="$1"; uri="$2"; shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "uptime: $(uptime)"
for i in $(seq 1 "$rounds"); do
  for variant in "$@"; do
    label=${variant%%=*}; command=${variant#*=}
    for task in report ingest; do
      case $task in
      report) arguments="report --year 2025 --out $out/rapport.pdf --uri $uri" ;;
      ingest) arguments="ingest --no-progress data/documents --uri $uri" ;;
      esac
      # %e wall seconds, %U user, %S system
      if ! /usr/bin/time -f "%e %U %S" -o "$out/time" $command $arguments > "$out/stdout" 2> "$out/stderr"; then
        echo "failed: $command $arguments" >&2; cat "$out/stderr" >&2; exit 1
      fi
      read -r wall user system < "$out/time"
      cpu=$(echo "$user + $system" | bc)
      printf 'round %d %-6s %-8s wall %6.2f s  cpu %6.2f s\n' "$i" "$task" "$label" "$wall" "$cpu"
      echo "$task $label $wall $cpu" >> "$out/all"
    done
  done
done
echo "uptime: $(uptime)"
echo
echo "| command | how | median wall (s) | median CPU (s) |"
echo "|---|---|---|---|"
python3 - "$out/all" "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
labels = [v.split('=', 1)[0] for v in sys.argv[2:]]
for task in ('report', 'ingest'):
    for label in labels:
        mine = [r for r in rows if r[0] == task and r[1] == label]
        wall = statistics.median(float(r[2]) for r in mine)
        cpu = statistics.median(float(r[3]) for r in mine)
        print(f"| {task} | {label} | {wall:.1f} | {cpu:.1f} |")
PY
