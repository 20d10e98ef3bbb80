package dev.schemactl.mcp;

import java.util.List;

/** Every resource the server offers, one line each. */
public final class ResourceRegistry {
    private ResourceRegistry() {
    }

    public static List<McpResource> resources() {
        return List.of(
                new LiveSchemaResource(),
                new DesiredSchemaResource(),
                new ErdResource(),
                new MigrationFileResource(),
                new PolicyResource(),
                new AuditResource()
        );
    }
}
