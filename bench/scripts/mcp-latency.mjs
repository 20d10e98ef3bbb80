// MCP latency of the read-only tools and resources on the demo, warm server, measured with the TypeScript SDK client.
// Usage (via mcp-latency.sh): node mcp-latency.mjs <jar> <projectDir> <databaseUrl> [calls=60] [httpClients=20]
// Prints Markdown tables: stdio p50/p95 per tool (after warm-up), then 20 concurrent Streamable HTTP clients.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [jar, projectDir, databaseUrl, callsArg, clientsArg] = process.argv.slice(2);
const calls = Number(callsArg ?? 60);
const httpClients = Number(clientsArg ?? 20);
const TOOLS = [
  ["migration_status", {}],
  ["diff_schema", {}],
  ["score_risk", {}],
  ["score_risk", { sql: "ALTER TABLE customers ADD COLUMN note varchar(20)" }],
  ["schemactl://schema/live", {}],
  ["schemactl://schema/desired", {}],
  ["schemactl://policy", {}],
];
const label = ([name, args]) => name + (Object.keys(args).length ? " " + JSON.stringify(args).slice(0, 40) : "");
const isResource = (name) => name.startsWith("schemactl://");
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const fmt = (ms) => ms.toFixed(0);

async function timed(client, [name, args]) {
  const t0 = performance.now();
  if (isResource(name)) {
    const r = await client.readResource({ uri: name }, { timeout: 600000 });
    if (!r.contents?.[0]?.text) throw new Error(`${name}: empty`);
    return performance.now() - t0;
  }
  const r = await client.callTool({ name, arguments: args }, undefined, { timeout: 600000 });
  const ms = performance.now() - t0;
  if (r.isError) throw new Error(`${name} failed: ${r.content?.[0]?.text}`);
  return ms;
}

const env = { ...process.env, DATABASE_URL: databaseUrl };
const stdio = new Client({ name: "schemactl-bench", version: "1" });
await stdio.connect(new StdioClientTransport({ command: "java", args: ["-jar", jar, "serve", "--project", projectDir], env, stderr: "inherit" }));
console.log(`stdio, ${calls} calls per tool after 5 warm-up calls each (ms):\n`);
console.log("| tool | p50 | p95 | max | target p50 ≤ 100, p95 ≤ 300 |\n|---|---|---|---|---|");
for (const tool of TOOLS) {
  for (let i = 0; i < 5; i++) await timed(stdio, tool);
  const xs = [];
  for (let i = 0; i < calls; i++) xs.push(await timed(stdio, tool));
  const ok = pct(xs, 0.5) <= 100 && pct(xs, 0.95) <= 300;
  console.log(`| ${label(tool)} | ${fmt(pct(xs, 0.5))} | ${fmt(pct(xs, 0.95))} | ${fmt(Math.max(...xs))} | ${ok ? "met" : "missed"} |`);
}
await stdio.close();

const token = "bench-token-" + Math.random().toString(36).slice(2) + "-0123456789";
const server = spawn("java", ["-jar", jar, "serve", "--http", "--port", "0", "--project", projectDir],
  { env: { ...env, SCHEMACTL_MCP_TOKEN: token }, stdio: ["ignore", "ignore", "pipe"] });
const port = await new Promise((resolve, reject) => {
  let buf = "";
  server.stderr.on("data", (d) => {
    buf += d;
    const m = buf.match(/http:\/\/127\.0\.0\.1:(\d+)\/mcp/);
    if (m) resolve(Number(m[1]));
  });
  server.on("exit", (c) => reject(new Error("server exited " + c + ": " + buf)));
});
const url = new URL(`http://127.0.0.1:${port}/mcp`);
const clients = [];
for (let i = 0; i < httpClients; i++) {
  const c = new Client({ name: "bench-http-" + i, version: "1" });
  await c.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  clients.push(c);
}
for (const tool of TOOLS) for (let i = 0; i < 3; i++) await timed(clients[0], tool);
const perClient = Math.max(3, Math.ceil(calls / httpClients) * 3);
console.log(`\nStreamable HTTP, ${httpClients} concurrent clients, ${perClient} calls each per tool (ms):\n`);
console.log("| tool | calls | p50 | p95 | max | target p95 ≤ 1000, no errors |\n|---|---|---|---|---|---|");
for (const tool of TOOLS) {
  let errors = 0;
  let firstError = "";
  const all = (await Promise.all(clients.map(async (c) => {
    const xs = [];
    for (let i = 0; i < perClient; i++) {
      const t0 = performance.now();
      try { xs.push(await timed(c, tool)); } catch (e) { errors++; firstError ||= String(e.message).slice(0, 120); xs.push(performance.now() - t0); }
    }
    return xs;
  }))).flat();
  console.log(`| ${label(tool)} | ${all.length} (${errors} errors) | ${fmt(pct(all, 0.5))} | ${fmt(pct(all, 0.95))} | ${fmt(Math.max(...all))} | ${pct(all, 0.95) <= 1000 && errors === 0 ? "met" : "missed"} |`);
  if (firstError) console.log(`\n  first error: ${firstError}\n`);
}
for (const c of clients) await c.close();
server.kill();
