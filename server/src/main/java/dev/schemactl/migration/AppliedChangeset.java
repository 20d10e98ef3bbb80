package dev.schemactl.migration;

import java.time.Instant;

/** One row of the tracking table (schema_migrations). */
public record AppliedChangeset(String id, String author, String fileName, Instant executedAt, int order, String checksum) {

    public String key() {
        return fileName + "::" + id + "::" + author;
    }
}
