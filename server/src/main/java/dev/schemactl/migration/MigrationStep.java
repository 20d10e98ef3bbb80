package dev.schemactl.migration;

import java.util.List;

/**
 * One step of a migration to write: its forward statements, the statements that undo it, and whether
 * it may run inside a transaction (CREATE INDEX CONCURRENTLY may not).
 */
public record MigrationStep(List<String> forward, List<String> rollback, boolean runInTransaction) {
    public MigrationStep {
        forward = List.copyOf(forward);
        rollback = List.copyOf(rollback);
    }
}
