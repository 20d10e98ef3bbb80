package dev.schemactl.migration;

import java.util.List;

/**
 * One migration file a dry run would apply or roll back, with the SQL that would run: the forward SQL
 * of its changesets not yet applied, or the rollback SQL of its applied changesets (last first).
 */
public record PlannedMigration(String version, String name, String file, String sql) {

    static PlannedMigration of(MigrationFile file, List<String> statements) {
        return new PlannedMigration(file.version(), file.slug(), file.fileName(), String.join("\n\n", statements));
    }
}
