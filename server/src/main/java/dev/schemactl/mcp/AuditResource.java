package dev.schemactl.mcp;

import dev.schemactl.service.AuditResult;

/** schemactl://audit: the project database's audit ledger (the newest 200 gate decisions), as JSON. Read-only. */
final class AuditResource implements McpResource {
    static final int LIMIT = 200;

    @Override
    public String uri() {
        return "schemactl://audit";
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String title() {
        return "Gate audit ledger";
    }

    @Override
    public String description() {
        return "Every decision the policy gate made on the project database (newest " + LIMIT + ", oldest first): time, "
                + "operation, plan digest, findings, decision, policy file and digest, who approved (SSH signer principals, "
                + "or 'unverified MCP client <name>'), who asked, and the outcome (started, applied, rolled_back, failed, "
                + "refused, warning). JSON: {database, entries: [...]}.";
    }

    @Override
    public String mimeType() {
        return "application/json";
    }

    @Override
    public String read(String uri, McpProject project) {
        AuditResult result = project.migrations().audit(LIMIT);
        return dev.schemactl.cli.Json.MAPPER.writeValueAsString(result);
    }
}
