package dev.schemactl.service;

import dev.schemactl.migration.StatusReport;

/**
 * The migration status and the drift of the live schema.
 *
 * @param drift the live schema compared with what the applied migrations produce on a shadow database;
 *              {@code checked=false} with a note when skipped (--no-drift) or impossible
 */
public record StatusResult(StatusReport status, Drift drift) implements Result {

    public StatusResult(StatusReport status) {
        this(status, Drift.skipped(Drift.NOT_REQUESTED));
    }

    @Override
    public String text() {
        if (drift == null || (!drift.checked() && drift.note() != null && drift.note().equals(Drift.NOT_REQUESTED))) {
            return status.text();
        }
        return status.text() + drift.text();
    }
}
