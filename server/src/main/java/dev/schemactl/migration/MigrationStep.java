package dev.schemactl.migration;

import java.util.List;

/**
 * One step of a migration to write: its forward statements, the statements that undo it, and whether
 * it may run inside a transaction (CREATE INDEX CONCURRENTLY may not).
 *
 * @param newChangeset true when the step must start a new changeset on an engine with transactional DDL (it must
 *                     run after the earlier steps committed, e.g. VALIDATE CONSTRAINT after ADD ... NOT VALID)
 */
public record MigrationStep(List<String> forward, List<String> rollback, boolean runInTransaction, boolean newChangeset) {
    public MigrationStep {
        forward = List.copyOf(forward);
        rollback = List.copyOf(rollback);
    }

    public MigrationStep(List<String> forward, List<String> rollback, boolean runInTransaction) {
        this(forward, rollback, runInTransaction, false);
    }
}
