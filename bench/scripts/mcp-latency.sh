#!/usr/bin/env bash
# MCP latency on the demo (warm server): read-only tools and resources over stdio (p50/p95 of N calls, default 60) and with 20
# concurrent Streamable HTTP clients, measured with the TypeScript SDK client pinned by server/src/test/node.
#   bench/scripts/mcp-latency.sh [calls] [httpClients]
# Uses a fresh H2 demo database (the shop's migrations applied) in a temp folder; prints the tables and the load.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
jar="$root/server/target/schemactl.jar"
[ -f "$jar" ] || { echo "build the tool first: mvn -q -B -DskipTests -pl server -am package" >&2; exit 1; }
node_dir="$root/server/target/node-interop"
if [ ! -d "$node_dir/node_modules/@modelcontextprotocol/sdk" ]; then
  mkdir -p "$node_dir"
  cp "$root/server/src/test/node/package.json" "$root/server/src/test/node/package-lock.json" "$node_dir/"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$root/bench/scripts/mcp-latency.mjs" "$node_dir/"
db="$(mktemp -d)/demo"
(cd "$root" && DATABASE_URL="h2:$db" java -jar "$jar" up >/dev/null)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
(cd "$node_dir" && node mcp-latency.mjs "$jar" "$root" "h2:$db" "${1:-60}" "${2:-20}")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
