/**
 * The MCP face of schemactl: the same service use cases as the CLI, for AI agents.
 *
 * <p><b>Adding a tool</b> (diff_schema, generate_migration, score_risk, ...):
 * <ol>
 *   <li>one class implementing {@link dev.schemactl.mcp.McpTool}: name, title, a description written for
 *       a model (when to call it, what comes back, what to do next), hints via
 *       {@link dev.schemactl.mcp.McpTool#hints}, and {@code call} returning the service's
 *       {@link dev.schemactl.service.Result} record — the one the CLI prints with {@code --format json};</li>
 *   <li>two schema files, {@code src/main/resources/mcp/schemas/<name>.input.json} (with
 *       {@code "additionalProperties": false}) and {@code <name>.output.json} (the record's JSON);</li>
 *   <li>one line in {@link dev.schemactl.mcp.ToolRegistry}.</li>
 * </ol>
 * {@link dev.schemactl.mcp.ToolAdapter} does the rest: the SDK validates inputs against the schema, then
 * {@link dev.schemactl.mcp.ToolArguments} re-checks names and sizes; the record becomes structured content
 * plus its {@code text()}; a {@link dev.schemactl.error.SchemactlException} becomes an {@code isError}
 * result of one masked sentence. Resources follow the same pattern ({@link dev.schemactl.mcp.McpResource},
 * {@link dev.schemactl.mcp.ResourceRegistry}); prompts are Markdown files in {@code prompts/}.
 *
 * <p>Transports: {@link dev.schemactl.mcp.StdioMcpServer} (behind {@link dev.schemactl.mcp.JsonLineGate})
 * and {@link dev.schemactl.mcp.McpHttpServer} (Jetty: /mcp, /sse + /messages).
 */
package dev.schemactl.mcp;
