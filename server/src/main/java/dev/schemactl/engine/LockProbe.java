package dev.schemactl.engine;

/**
 * Runs one migration statement on a shadow database and records what it really did (locks held, tables rewritten,
 * the ALTER algorithm accepted). Each engine measures in its own way; engines without one return none from
 * {@link Engine#lockProbe()}.
 */
public interface LockProbe {

    /**
     * Runs {@code sql} on the shadow database {@code db} and commits it (later statements build on it).
     *
     * @param statement     the statement's number, as findings count them
     * @param inTransaction whether its changeset runs inside a transaction
     */
    MeasuredStatement run(DatabaseHandle db, int statement, String sql, boolean inTransaction);

    /** Once per measured migration: how this engine measures and what it cannot see (e.g. performance_schema off). */
    default String method(DatabaseHandle db) {
        return null;
    }
}
