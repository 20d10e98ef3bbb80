package dev.schemactl.mcp;

import dev.schemactl.service.DesiredSpec;

/** schemactl://schema/desired: the schema the project's entities describe. */
final class DesiredSchemaResource implements McpResource {

    @Override
    public String uri() {
        return "schemactl://schema/desired";
    }

    @Override
    public String name() {
        return "schema-desired";
    }

    @Override
    public String title() {
        return "Desired schema (from the entities)";
    }

    @Override
    public String description() {
        return "The schema the project's JPA entities describe (schemactl.yaml models), as CREATE statements for the "
                + "live database's engine. Compare it with schemactl://schema/live, or call diff_schema for the plan "
                + "between them.";
    }

    @Override
    public String mimeType() {
        return "application/sql";
    }

    @Override
    public String read(String uri, McpProject project) {
        return project.schemas().desiredSchemaSql(DesiredSpec.FROM_SETTINGS);
    }
}
