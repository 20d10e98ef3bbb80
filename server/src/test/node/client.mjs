// Usage: node client.mjs <java> <classpath> <projectDir> <databaseUrl>
// Starts `schemactl serve --project DIR` over stdio with the TypeScript SDK client, does initialize,
// tools/list and calls the read-only tools, then prints one JSON object on stdout for the Java test.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [java, classpath, projectDir, databaseUrl] = process.argv.slice(2);
const transport = new StdioClientTransport({
  command: java,
  args: ["-cp", classpath, "dev.schemactl.cli.Main", "serve", "--project", projectDir],
  env: { ...process.env, DATABASE_URL: databaseUrl },
  stderr: "inherit",
});
const client = new Client({ name: "schemactl-ts-interop", version: "1.0.0" });
try {
  await client.connect(transport);
  const tools = await client.listTools();
  const status = await client.callTool({ name: "migration_status", arguments: {} });
  const diff = await client.callTool({ name: "diff_schema", arguments: { to_sql: "schema.sql" } });
  const risk = await client.callTool({ name: "score_risk", arguments: { sql: "DROP TABLE widgets" } });
  const invalid = await client.callTool({ name: "rollback", arguments: { to_version: "../../etc/passwd" } });
  console.log(JSON.stringify({
    server: client.getServerVersion(),
    tools: tools.tools.map((t) => ({
      name: t.name,
      hasOutputSchema: !!t.outputSchema,
      readOnlyHint: t.annotations?.readOnlyHint ?? null,
      destructiveHint: t.annotations?.destructiveHint ?? null,
    })),
    status: { isError: status.isError ?? false, structuredContent: status.structuredContent, text: status.content?.[0]?.text },
    diff: { isError: diff.isError ?? false, structuredContent: diff.structuredContent, text: diff.content?.[0]?.text },
    risk: { isError: risk.isError ?? false, structuredContent: risk.structuredContent },
    invalid: { isError: invalid.isError ?? false, text: invalid.content?.[0]?.text },
  }));
} finally {
  await client.close();
}
