package dev.schemactl.mcp;

import dev.schemactl.service.SchemaCache;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The schemactl MCP server's features (tools, prompts, resources), ready to put on any transport. */
public final class SchemactlMcpServer {
    public static final String NAME = "schemactl";
    public static final String VERSION = "0.1.0";
    /** Long enough for a human to answer an elicitation or review a dry run before the call times out. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

    static final String INSTRUCTIONS = """
            schemactl evolves the schema of this project's database through reviewable migration files \
            (migrations/versions/*.sql, Liquibase formatted SQL) applied by Liquibase.
            Usual flow: migration_status to see applied and pending migrations; read a pending file with the \
            resource schemactl://migrations/{version} or call apply_migration with dry_run true to see its SQL; \
            show it to the user; apply_migration once they agree; migration_status again to confirm. To undo, \
            rollback with dry_run true first, then for real. Prompts review_migration, explain_risk and \
            plan_safe_rollout guide a careful review. Errors come back as tool results with isError true and \
            one sentence saying what went wrong and what to do.""";

    private final McpProjects projects;
    private final McpJsonMapper jsonMapper;
    private final List<McpServerFeatures.SyncToolSpecification> tools;
    private final ResourceAdapter resources;
    private final List<McpServerFeatures.SyncPromptSpecification> prompts;

    public SchemactlMcpServer(McpProject project, Path promptsDir) {
        this(McpProjects.local(project), promptsDir);
    }

    /** A protected server, with the tool's own prompts (never files from a checkout an agent writes). */
    public SchemactlMcpServer(McpProjects projects) {
        this(projects, PromptLibrary.builtin());
    }

    public SchemactlMcpServer(McpProjects projects, Path promptsDir) {
        this.projects = projects;
        this.jsonMapper = McpJson.mapper();
        this.tools = ToolRegistry.tools().stream().map(t -> ToolAdapter.specification(t, projects)).toList();
        this.resources = new ResourceAdapter(ResourceRegistry.resources(), projects.primary());
        this.prompts = PromptLibrary.load(promptsDir).stream().map(p -> PromptLibrary.specification(p, resources)).toList();
    }

    /** With prompts from the project's prompts/ folder, else the tool's own. */
    public SchemactlMcpServer(McpProject project) {
        this(project, PromptLibrary.locate(project.projectDir()));
    }

    public McpProject project() {
        return projects.primary();
    }

    public McpProjects projects() {
        return projects;
    }

    public McpJsonMapper jsonMapper() {
        return jsonMapper;
    }

    /** Completes an SDK server specification (of any transport) with schemactl's features and builds it. */
    public McpSyncServer build(McpServer.SyncSpecification<?> spec) {
        SchemaCache.keepLiveSchemas();
        return spec.serverInfo(NAME, VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false).prompts(false).resources(false, false).logging().build())
                .requestTimeout(REQUEST_TIMEOUT)
                .jsonMapper(jsonMapper)
                .jsonSchemaValidator(new BoundedSchemaValidator(McpJsonDefaults::getSchemaValidator))
                .validateToolInputs(true)
                .tools(tools)
                .resources(resources.fixed())
                .resourceTemplates(resources.templates())
                .prompts(prompts)
                .build();
    }
}
