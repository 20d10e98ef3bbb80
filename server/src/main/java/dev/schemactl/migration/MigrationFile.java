package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One parsed migration file: versions/<version>_<slug>.sql in Liquibase formatted SQL.
 *
 * @param header   the "-- schemactl: key=value" lines (engine, generated-from, ...)
 * @param engine   the engine the SQL was written for; null when the header names none
 */
public record MigrationFile(String version, String slug, Path path, String content, Map<String, String> header,
                            EngineKind engine, List<Changeset> changesets) {

    /** Path Liquibase records in the tracking table; independent of where the directory lives. */
    public String logicalPath() {
        return "versions/" + fileName();
    }

    public String fileName() {
        return version + "_" + slug + ".sql";
    }

    /** One changeset: its forward SQL, its rollback SQL, and where it starts in the file. */
    public record Changeset(String author, String id, String sql, String rollbackSql, boolean runInTransaction, int line) {
    }
}
