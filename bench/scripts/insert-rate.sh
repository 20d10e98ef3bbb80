#!/usr/bin/env bash
# Applies N single-row INSERTs (default 100,000) twice against PostgreSQL: once with psql -f (one round trip a
# statement, autocommit off inside one transaction: -1), once with `schemactl up` (the same statements as one
# migration changeset, run by Liquibase in one transaction), and prints both rates and their ratio.
# Also times `schemactl lint` of the same file (risk scoring; must be linear).
#   bench/scripts/insert-rate.sh [N]          (PGHOST/PGUSER: 127.0.0.1/postgres; java -jar server/target/schemactl.jar)
set -euo pipefail
n="${1:-100000}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
jar="$root/server/target/schemactl.jar"
[ -f "$jar" ] || { echo "build the tool first: mvn -q -B -DskipTests -pl server -am package" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS bench_ins_psql_$$" -c "DROP DATABASE IF EXISTS bench_ins_sc_$$" >/dev/null 2>&1 || true' EXIT
mkdir -p "$work/migrations/versions"
python3 - "$n" "$work" <<'PY'
import sys
n, work = int(sys.argv[1]), sys.argv[2]
body = ["CREATE TABLE t (id INT PRIMARY KEY, v TEXT);"] + [f"INSERT INTO t (id, v) VALUES ({i}, 'value {i}');" for i in range(n)]
open(f"{work}/plain.sql", "w").write("\n".join(body) + "\n")
open(f"{work}/migrations/versions/20260101000000_bulk.sql", "w").write(
    "-- liquibase formatted sql\n\n-- changeset schemactl:20260101000000_bulk\n" + "\n".join(body) + "\n-- rollback DROP TABLE t;\n")
PY
now() { date +%s.%N; }
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE bench_ins_psql_$$" >/dev/null
t0=$(now); psql -q -1 -h 127.0.0.1 -U postgres -d "bench_ins_psql_$$" -v ON_ERROR_STOP=1 -f "$work/plain.sql" >/dev/null; t1=$(now)
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/bench_ins_sc_$$"
(cd "$work" && java -jar "$jar" create >/dev/null)
t2=$(now); (cd "$work" && java -jar "$jar" up >/dev/null); t3=$(now)
t4=$(now); (cd "$work" && java -jar "$jar" lint plain.sql >/dev/null); t5=$(now)
t6=$(now); (cd "$work" && java -jar "$jar" --help >/dev/null); t7=$(now)
rows=$(psql -Atq -h 127.0.0.1 -U postgres -d "bench_ins_sc_$$" -c "SELECT count(*) FROM t")
python3 - "$n" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$t6" "$t7" "$rows" <<'PY'
import sys
n = int(sys.argv[1]); t = list(map(float, sys.argv[2:10])); rows = int(sys.argv[10])
psql, up, lint, start = t[1]-t[0], t[3]-t[2], t[5]-t[4], t[7]-t[6]
print(f"| statements | psql -1 -f | schemactl up | ratio up/psql | up minus JVM start (--help) | ratio | schemactl lint |")
print(f"|---|---|---|---|---|---|---|")
print(f"| {n:,} | {psql:.1f} s ({n/psql:,.0f}/s) | {up:.1f} s ({n/up:,.0f}/s) | {up/psql:.2f} | {up-start:.1f} s | {(up-start)/psql:.2f} | {lint:.1f} s |")
assert rows == n, f"schemactl applied {rows} rows, expected {n}"
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
