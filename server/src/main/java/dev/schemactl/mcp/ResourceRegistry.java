package dev.schemactl.mcp;

import java.util.List;

/** Every resource the server offers, one line each. */
public final class ResourceRegistry {
    private ResourceRegistry() {
    }

    public static List<McpResource> resources() {
        return List.of(
                new MigrationFileResource(),
                new PolicyResource()
                // schemactl://schema/live and schemactl://schema/desired (the inspected live schema and the
                // schema the entities describe) come with schema diffing: one McpResource class each, added here
        );
    }
}
