#!/usr/bin/env bash
# Start-up benchmark: wall-clock medians of N runs (default 10) of a trivial Java main (the baseline, same JDK),
# `--help`, `status --no-drift` on the H2 demo and on PostgreSQL, and an MCP stdio server from start to its answer
# to `initialize`; on Java 17 plain, Java 17 + AppCDS, Java 25 plain and Java 25 + AOT cache, with the launcher's JVM
# options (archives recorded as the launcher records them, one per command profile). Prints a Markdown table of medians and ratios against the trivial main, the targets,
# and the load average. See bench/README.md.
#   bench/scripts/startup.sh [runs]
# JAVA17_HOME, JAVA25_HOME and SCHEMACTL_BENCH_POSTGRES_URL override the defaults below.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${1:-10}"
jar="$root/server/target/schemactl.jar"
[ -f "$jar" ] || { echo "build the tool first: mvn -q -B -DskipTests -pl server -am package" >&2; exit 1; }
j17="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
j25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
pg_server="${SCHEMACTL_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
for home in "$j17" "$j25"; do [ -x "$home/bin/java" ] || { echo "no JDK at $home" >&2; exit 1; }; done

tmp="$(mktemp -d)"
pg="${pg_server%/*}/schemactl_bench_startup_$$"
cleanup() {
  DATABASE_URL="$pg" "$j17/bin/java" -jar "$jar" drop --force >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CACHE_HOME="$tmp/cache" # the checksum cache of this run only (filled by `up`, as after any `up`)
h2="h2:$tmp/demo"
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'

echo "setting up: trivial main, H2 demo, PostgreSQL database, archives..." >&2
mkdir -p "$tmp/trivial"
printf 'public class Trivial { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$tmp/trivial/Trivial.java"
"$j17/bin/javac" --release 17 -d "$tmp/trivial" "$tmp/trivial/Trivial.java"
cd "$root" # the demo project: migrations/ and schemactl.yaml
DATABASE_URL="$h2" "$j17/bin/java" -jar "$jar" up >/dev/null
# the demo's migration, in PostgreSQL's dialect (its enums as varchar)
pg_dir="$tmp/pg-migrations"
mkdir -p "$pg_dir/versions"
sed -e 's/engine=h2/engine=postgresql/' -e "s/enum([^)]*)/varchar(20)/" migrations/versions/20251125000000_create_shop.sql \
  >"$pg_dir/versions/20251125000000_create_shop.sql"
DATABASE_URL="$pg" "$j17/bin/java" -jar "$jar" create >/dev/null
DATABASE_URL="$pg" "$j17/bin/java" -jar "$jar" -d "$pg_dir" up >/dev/null
# the launcher's JVM options for these commands (see ./schemactl; only `serve --http` keeps the optimizing compiler)
opts() { echo "-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1"; }
# one archive per JDK and profile, recorded as the launcher records them (dev.schemactl.cli.CacheTraining PROFILE)
for p in help status serve; do
  # shellcheck disable=SC2046
  "$j17/bin/java" $(opts $p) -Xlog:disable -XX:ArchiveClassesAtExit="$tmp/$p.jsa" -cp "$jar" dev.schemactl.cli.CacheTraining $p >/dev/null 2>&1
  # shellcheck disable=SC2046
  "$j25/bin/java" $(opts $p) -Xlog:disable -XX:AOTCacheOutput="$tmp/$p.aot" -cp "$jar" dev.schemactl.cli.CacheTraining $p >/dev/null 2>&1
  [ -s "$tmp/$p.jsa" ] && [ -s "$tmp/$p.aot" ] || { echo "the $p archive was not recorded" >&2; exit 1; }
done

configs=(j17 j17cds j25 j25aot)
declare -A label=([j17]="Java 17" [j17cds]="Java 17 + AppCDS" [j25]="Java 25" [j25aot]="Java 25 + AOT cache")
# the launcher's JVM options for config $1 and profile $2: JVM messages on stderr, archive messages off
flags() {
  case "$1" in
    j17) echo "$j17/bin/java -Xlog:disable -Xlog:all=warning:stderr $(opts "$2")" ;;
    j17cds) echo "$j17/bin/java -Xlog:disable -Xlog:all=warning:stderr $(opts "$2") -Xlog:cds*=off:stderr -XX:SharedArchiveFile=$tmp/$2.jsa" ;;
    j25) echo "$j25/bin/java -Xlog:disable -Xlog:all=warning:stderr $(opts "$2")" ;;
    j25aot) echo "$j25/bin/java -Xlog:disable -Xlog:all=warning:stderr $(opts "$2") -Xlog:aot*=off:stderr -Xlog:cds*=off:stderr -XX:AOTCache=$tmp/$2.aot" ;;
  esac
}

now() { date +%s%N; }
gnu_time=""
[ -x /usr/bin/time ] && gnu_time=/usr/bin/time
timed() { # command...: prints wall milliseconds and CPU (user+sys) milliseconds; a failing run stops the benchmark
  local s e cpu=0
  s=$(now)
  if ! ${gnu_time:+$gnu_time -f "%U %S" -o "$tmp/cpu"} "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "failed: $*" >&2
    cat "$tmp/err" >&2
    kill -TERM $$ # stops the benchmark (this runs in a command substitution)
  fi
  e=$(now)
  [ -n "$gnu_time" ] && cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/cpu")
  echo "$(((e - s) / 1000000)) $cpu"
}
mcp() { # java options...: milliseconds from start to the answer to initialize
  local s e line
  s=$(now)
  coproc SERVER { exec "$@" -jar "$jar" --url "$h2" serve 2>/dev/null; }
  printf '%s\n' "$init" >&"${SERVER[1]}"
  IFS= read -r -t 120 line <&"${SERVER[0]}" || true
  e=$(now)
  local pid="$SERVER_PID"
  eval "exec ${SERVER[1]}>&-"
  wait "$pid" 2>/dev/null || true
  case "$line" in *'"id":1,"result"'*) ;; *) echo "no initialize answer: $line" >&2; kill -TERM $$ ;; esac
  echo $(((e - s) / 1000000))
}

declare -A samples
add() { # key, "wall [cpu]"
  local wall cpu
  read -r wall cpu <<<"$2"
  samples[$1]="${samples[$1]:-} $wall"
  [ -n "$cpu" ] && samples[$1.cpu]="${samples[$1.cpu]:-} $cpu"
  return 0
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= runs; r++)); do
  echo "round $r/$runs" >&2
  add trivial17 "$(timed "$j17/bin/java" -cp "$tmp/trivial" Trivial)"
  add trivial25 "$(timed "$j25/bin/java" -cp "$tmp/trivial" Trivial)"
  for c in "${configs[@]}"; do
    read -r -a java <<<"$(flags "$c" help)"
    add "$c.help" "$(timed "${java[@]}" -jar "$jar" --help)"
    read -r -a java <<<"$(flags "$c" status)"
    add "$c.h2" "$(timed "${java[@]}" -jar "$jar" --url "$h2" status --no-drift)"
    add "$c.pg" "$(timed "${java[@]}" -jar "$jar" --url "$pg" -d "$pg_dir" status --no-drift)"
    read -r -a java <<<"$(flags "$c" serve)"
    add "$c.mcp" "$(mcp "${java[@]}")"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a/b}'; }
t17=$(median "${samples[trivial17]}")
t25=$(median "${samples[trivial25]}")
echo
echo "Medians of $runs runs, wall ms (ratio to the trivial main on the same JDK: $t17 ms on Java 17, $t25 ms on Java 25)."
echo "Load average before: $load_before, after: $load_after ($(nproc) cores)."
echo
echo "| JVM | --help (≤ 4×) | status --no-drift H2 (≤ 8×) | status --no-drift PostgreSQL (≤ 8×) | MCP initialize (≤ 10×) |"
echo "|---|---|---|---|---|"
for c in "${configs[@]}"; do
  case "$c" in j17*) base=$t17 ;; *) base=$t25 ;; esac
  row="| ${label[$c]} |"
  for case_ in help h2 pg mcp; do
    m=$(median "${samples[$c.$case_]}")
    x=$(ratio "$m" "$base")
    case "$case_" in help) limit=4 ;; mcp) limit=10 ;; *) limit=8 ;; esac
    verdict=$(awk -v x="$x" -v l="$limit" 'BEGIN {print (x <= l ? "pass" : "FAIL")}')
    row+=" $m ms, ${x}× $verdict |"
  done
  echo "$row"
done
if [ -n "$gnu_time" ]; then
  echo
  echo "CPU time (user + sys), medians in ms; the trivial main: $(median "${samples[trivial17.cpu]}") ms on Java 17, $(median "${samples[trivial25.cpu]}") ms on Java 25."
  echo
  echo "| JVM | --help | status --no-drift H2 | status --no-drift PostgreSQL |"
  echo "|---|---|---|---|"
  for c in "${configs[@]}"; do
    echo "| ${label[$c]} | $(median "${samples[$c.help.cpu]}") | $(median "${samples[$c.h2.cpu]}") | $(median "${samples[$c.pg.cpu]}") |"
  done
fi
