package dev.schemactl.mcp;

/**
 * One readable MCP resource: a fixed URI ({@code schemactl://policy}) or a URI template
 * ({@code schemactl://migrations/{version}}). Adding one is a class implementing this plus one line in
 * {@link ResourceRegistry}.
 */
public interface McpResource {

    /** The URI, or a URI template when it holds a {@code {variable}}. */
    String uri();

    String name();

    String title();

    /** Written for a model: what the resource holds and when to read it. */
    String description();

    String mimeType();

    /** The text of the resource at {@code uri}; throw a SchemactlException (NOT_FOUND, USAGE, ...) when there is none. */
    String read(String uri, McpProject project);

    default boolean isTemplate() {
        return uri().contains("{");
    }
}
