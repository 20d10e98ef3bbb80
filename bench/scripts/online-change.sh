#!/usr/bin/env bash
# Online schema change vs a plain ALTER on the same MariaDB table in the same run (issue 13 §4): a table of N rows
# (default 1,000,000), a writer inserting and updating throughout; first `schemactl migrate` with the policy's
# online_schema_change (pt-online-schema-change) widens a column, then its rollback goes back the same way, then a
# plain ALTER of the same change runs with the same writer. Prints rows, durations, the writer's longest stall and
# deadlocks it retried, for both. Runs the test OnlineSchemaChangeTest with -Dschemactl.onlineChange.rows=N.
#   bench/scripts/online-change.sh [N]     (MariaDB on 127.0.0.1:3306 as root, or SCHEMACTL_TEST_MARIADB_URL;
#                                           pt-online-schema-change from percona-toolkit on PATH)
set -euo pipefail
n="${1:-1000000}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
command -v pt-online-schema-change >/dev/null || { echo "install percona-toolkit first (apt-get install percona-toolkit)" >&2; exit 1; }
cd "$root"
mvn -B -q ${SCHEMACTL_BENCH_MVN_OPTS:-} -pl server -am test -Dtest='OnlineSchemaChangeTest#aBigCopyingAlterRunsOnlineWithoutLosingOrBlockingWrites' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dschemactl.onlineChange.rows="$n" >&2
grep -h '^online-change:' server/target/surefire-reports/dev.schemactl.cli.OnlineSchemaChangeTest-output.txt
