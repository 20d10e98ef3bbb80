package dev.schemactl.mcp;

import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * One MCP tool. Adding a tool is: one class implementing this (calling the same service use case as
 * the CLI), its two schema files {@code mcp/schemas/<name>.input.json} and {@code <name>.output.json},
 * and one line in {@link ToolRegistry}. {@link ToolAdapter} does the rest: schema loading, argument
 * checks, structured and text output, progress, and turning every failure into an {@code isError}
 * result without stack traces or passwords.
 */
public interface McpTool {

    /** The tool name, also the base name of its schema files. */
    String name();

    String title();

    /** Written for a model: when to call it, what comes back, what to do next. */
    String description();

    /** readOnly / destructive / idempotent hints; see {@link #hints}. */
    McpSchema.ToolAnnotations annotations();

    /**
     * Runs the service use case. The returned record becomes the structured content (the same JSON the
     * CLI prints with {@code --format json}) and its {@code text()} the text content.
     * Throw {@link dev.schemactl.error.SchemactlException} for anything a user can meet.
     */
    Result call(ToolCall call);

    /** Annotations for a tool that only talks to the project's own database (openWorldHint false). */
    static McpSchema.ToolAnnotations hints(String title, boolean readOnly, boolean destructive, boolean idempotent) {
        return new McpSchema.ToolAnnotations(title, readOnly, destructive, idempotent, false, null);
    }
}
