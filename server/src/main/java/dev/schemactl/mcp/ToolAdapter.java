package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.service.Result;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link McpTool} into an SDK tool specification: schemas from the resource files, argument
 * checks, the result record as structured content (the CLI's JSON) plus its text, and every failure as
 * an {@code isError} result of one masked sentence without structured content.
 */
final class ToolAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ToolAdapter() {
    }

    static McpServerFeatures.SyncToolSpecification specification(McpTool tool, McpProjects projects) {
        Map<String, Object> input = ToolSchemas.input(tool.name());
        Map<String, Object> output = ToolSchemas.output(tool.name());
        Set<String> declared = ToolSchemas.properties(input);
        McpSchema.Tool definition = McpSchema.Tool.builder()
                .name(tool.name())
                .title(tool.title())
                .description(tool.description())
                .inputSchema(input)
                .outputSchema(output)
                .annotations(tool.annotations())
                .build();
        return new McpServerFeatures.SyncToolSpecification(definition,
                (exchange, request) -> call(tool, projects, declared, exchange, request));
    }

    static McpSchema.CallToolResult call(McpTool tool, McpProjects projects, Set<String> declared,
                                         McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        McpProject project = projects.primary();
        try {
            ToolArguments arguments = ToolArguments.check(request.arguments(), declared);
            project = projects.resolve(arguments.text("target", "^[a-z][a-z0-9_-]{0,62}$", "a target name of this server"));
            Object token = request.meta() == null ? null : request.meta().get("progressToken");
            Result result = tool.call(new ToolCall(tool.name(), arguments, project, exchange, token));
            Map<String, Object> structured = Json.MAPPER.convertValue(result, MAP);
            return McpSchema.CallToolResult.builder()
                    .addTextContent(project.mask(result.text()))
                    .structuredContent(structured)
                    .isError(false)
                    .build();
        } catch (SchemactlException e) {
            return error(project, e);
        } catch (RuntimeException e) {
            LOG.warn("{} failed unexpectedly: {}", tool.name(), project.mask(String.valueOf(e)));
            LOG.debug("stack trace", e);
            return error(project, new SchemactlException(ErrorCode.INTERNAL, "unexpected failure in " + tool.name() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "run `schemactl serve --verbose` and see its stderr log, then report it", e));
        }
    }

    /** Where an error result carries the CLI's JSON error object (code, message, hint) for programs. */
    static final String ERROR_META = "dev.schemactl/error";

    /**
     * One sentence (message — hint) as text; the CLI's JSON error object goes to {@code _meta}, not to
     * structured content: that must match the tool's output schema, and MCP clients (the TypeScript SDK's
     * callTool) reject a result whose structured content does not.
     */
    static McpSchema.CallToolResult error(McpProject project, SchemactlException e) {
        String message = project.mask(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
        String hint = e.hint() == null ? null : project.mask(e.hint());
        if (message.length() > 1000) message = message.substring(0, 1000) + "…";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code().name());
        body.put("message", message);
        body.put("hint", hint);
        return McpSchema.CallToolResult.builder()
                .addTextContent(e.code().name() + ": " + message + (hint == null || hint.isBlank() ? "" : " — " + hint))
                .meta(Map.of(ERROR_META, body))
                .isError(true)
                .build();
    }
}
