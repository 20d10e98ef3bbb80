// Usage: node errors.mjs <java> <classpath> <projectDir> <databaseUrl> <callsJsonFile>
// Starts `schemactl serve --project DIR` over stdio with the TypeScript SDK client and calls every tool call in
// the file ([{name, arguments}]) with callTool, which validates structured content against the tool's output
// schema and throws on a mismatch. Prints one JSON array: per call, the result or what callTool threw.
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [java, classpath, projectDir, databaseUrl, callsFile] = process.argv.slice(2);
const calls = JSON.parse(readFileSync(callsFile, "utf8"));
const transport = new StdioClientTransport({
  command: java,
  args: ["-cp", classpath, "dev.schemactl.cli.Main", "serve", "--project", projectDir],
  env: { ...process.env, DATABASE_URL: databaseUrl },
  stderr: "inherit",
});
const client = new Client({ name: "schemactl-ts-errors", version: "1.0.0" });
const results = [];
try {
  await client.connect(transport);
  await client.listTools(); // callTool validates output schemas only for tools it has listed
  for (const call of calls) {
    try {
      const r = await client.callTool({ name: call.name, arguments: call.arguments }, undefined, { timeout: 120000 });
      results.push({ label: call.label, threw: false, isError: r.isError ?? false,
        hasStructuredContent: r.structuredContent !== undefined, text: r.content?.[0]?.text ?? "" });
    } catch (e) {
      results.push({ label: call.label, threw: true, message: String(e?.message ?? e), code: e?.code ?? null });
    }
  }
  console.log(JSON.stringify(results));
} finally {
  await client.close();
}
