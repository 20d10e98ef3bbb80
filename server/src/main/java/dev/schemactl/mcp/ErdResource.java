package dev.schemactl.mcp;

import dev.schemactl.service.DiagramFormat;
import dev.schemactl.service.ErdService;

/** schemactl://schema/erd: the schema as a Mermaid ER diagram, for an assistant to show as a picture. */
final class ErdResource implements McpResource {

    @Override
    public String uri() {
        return "schemactl://schema/erd";
    }

    @Override
    public String name() {
        return "schema-erd";
    }

    @Override
    public String title() {
        return "Schema diagram (Mermaid ER)";
    }

    @Override
    public String description() {
        return "The schema as a Mermaid erDiagram: tables, columns with types and keys (PK, FK, UK), foreign keys as "
                + "relationships. Drawn from the project's entities when schemactl.yaml has models, else from the live "
                + "database. Render it as a ```mermaid block. For the picture of a planned change, call diff_schema with "
                + "diagram true.";
    }

    @Override
    public String mimeType() {
        return "text/vnd.mermaid";
    }

    @Override
    public String read(String uri, McpProject project) {
        return new ErdService(project.settings()).erd(ErdService.Source.DEFAULT, null, DiagramFormat.MERMAID).diagram();
    }
}
