package dev.schemactl.mcp;

import dev.schemactl.migration.MigrationProgress;
import dev.schemactl.service.MigrationService;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a tool sees of one call: its checked arguments, the project, and a way to report progress and log. */
public final class ToolCall {
    private static final Logger LOG = LoggerFactory.getLogger(ToolCall.class);
    /** The transport-context key of the agent name (protected mode, HTTP). */
    static final String AGENT = "schemactl.agent";
    private final String tool;
    private final ToolArguments arguments;
    private final McpProject project;
    private final McpSyncServerExchange exchange;
    private final Object progressToken;

    ToolCall(String tool, ToolArguments arguments, McpProject project, McpSyncServerExchange exchange, Object progressToken) {
        this.tool = tool;
        this.arguments = arguments;
        this.project = project;
        this.exchange = exchange;
        this.progressToken = progressToken;
    }

    public ToolArguments arguments() {
        return arguments;
    }

    public McpProject project() {
        return project;
    }

    /** The migration use cases, the same object the CLI commands call. */
    public MigrationService migrations() {
        return project.migrations(actor());
    }

    /**
     * Who asks, for the audit ledger: "mcp:&lt;client name&gt;" (the name the client gives itself), and on a protected
     * server "mcp:&lt;agent&gt; (client &lt;client name&gt;)" with the agent whose bearer token the server accepted.
     */
    String actor() {
        String client = exchange == null || exchange.getClientInfo() == null ? "client" : exchange.getClientInfo().name();
        client = client.replaceAll("\\p{Cntrl}", "?");
        Object agent = exchange == null || exchange.transportContext() == null ? null : exchange.transportContext().get(AGENT);
        return agent == null ? "mcp:" + client : "mcp:" + agent + " (client " + client + ")";
    }

    /** The schema use cases (diff, generate), the same object the CLI commands call. */
    public dev.schemactl.service.SchemaService schemas() {
        return project.schemas();
    }

    /** The risk use cases (lint / score), the same object the CLI commands call. */
    public dev.schemactl.service.RiskService risk() {
        return project.risk();
    }

    /** The session with the client (null outside a session): capabilities, elicitation. */
    McpSyncServerExchange exchange() {
        return exchange;
    }

    /** Sends a progress notification when the client asked for them (gave a progressToken); else nothing. */
    public void progress(double done, double total, String message) {
        if (progressToken == null || exchange == null) return;
        try {
            exchange.progressNotification(new McpSchema.ProgressNotification(progressToken, done, total, project.mask(message)));
        } catch (RuntimeException e) {
            LOG.debug("could not send a progress notification", e);
        }
    }

    /** Sends a log message notification to the client (filtered by the level the client set). */
    public void log(McpSchema.LoggingLevel level, String message) {
        if (exchange == null) return;
        try {
            exchange.loggingNotification(new McpSchema.LoggingMessageNotification(level, "schemactl." + tool, project.mask(message)));
        } catch (RuntimeException e) {
            LOG.debug("could not send a log notification", e);
        }
    }

    /** Progress per migration file, as notifications: "applying X (1/3)" then "applied X". */
    public MigrationProgress migrationProgress() {
        return new MigrationProgress() {
            @Override
            public void starting(String file, int index, int total) {
                progress(index, total, "applying " + file + " (" + (index + 1) + "/" + total + ")");
                log(McpSchema.LoggingLevel.INFO, "applying " + file);
            }

            @Override
            public void applied(String file, int done, int total) {
                progress(done, total, "applied " + file + " (" + done + "/" + total + ")");
            }
        };
    }
}
