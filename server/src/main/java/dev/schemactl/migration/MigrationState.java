package dev.schemactl.migration;

import java.time.Instant;

/**
 * One migration as status sees it.
 *
 * @param state     applied, pending, partial (some changesets applied — a non-transactional file that
 *                  failed midway), or missing (applied, but its file is gone)
 * @param changed   the file changed after (part of) it was applied
 * @param appliedAt when its last changeset ran; null when pending
 * @param note      what status found beyond the tracking table (statements of an unrecorded changeset already in the
 *                  database, see service.UnrecordedStatements); null when nothing
 */
public record MigrationState(String version, String name, String file, State state, boolean changed, Instant appliedAt,
                             int changesets, int appliedChangesets, String note) {

    public MigrationState(String version, String name, String file, State state, boolean changed, Instant appliedAt,
                          int changesets, int appliedChangesets) {
        this(version, name, file, state, changed, appliedAt, changesets, appliedChangesets, null);
    }

    public enum State { APPLIED, PENDING, PARTIAL, MISSING }

    public boolean isPending() {
        return state == State.PENDING || state == State.PARTIAL;
    }
}
