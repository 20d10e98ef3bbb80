package dev.schemactl.mcp;

/** schemactl://schema/live: the live database's schema, as `schemactl dump` writes it. */
final class LiveSchemaResource implements McpResource {

    @Override
    public String uri() {
        return "schemactl://schema/live";
    }

    @Override
    public String name() {
        return "schema-live";
    }

    @Override
    public String title() {
        return "Live database schema";
    }

    @Override
    public String description() {
        return "The project database's current schema as CREATE statements for its engine, read from the catalog "
                + "(the same text `schemactl dump` writes), with the applied migration versions in the header. Read it "
                + "to know what exists before proposing entity or migration changes.";
    }

    @Override
    public String mimeType() {
        return "application/sql";
    }

    @Override
    public String read(String uri, McpProject project) {
        return project.schemas().dump(null).content();
    }
}
