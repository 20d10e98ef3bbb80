package dev.schemactl.service;

import dev.schemactl.migration.StatusReport;

/**
 * The migration status.
 *
 * @param drift placeholder for the difference between the live schema and what the applied migrations
 *              describe; always null until schema diffing lands (diff_schema)
 */
public record StatusResult(StatusReport status, Object drift) implements Result {

    public StatusResult(StatusReport status) {
        this(status, null);
    }

    @Override
    public String text() {
        return status.text();
    }
}
