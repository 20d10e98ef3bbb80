package dev.schemactl.mcp;

import java.util.List;

/** Every tool the server offers, one line each. */
public final class ToolRegistry {
    private ToolRegistry() {
    }

    public static List<McpTool> tools() {
        return List.of(
                new DiffSchemaTool(),
                new GenerateMigrationTool(),
                new ScoreRiskTool(),
                new MigrationStatusTool(),
                new ApplyMigrationTool(),
                new RollbackTool()
        );
    }
}
