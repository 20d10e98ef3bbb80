package dev.schemactl.risk;

import dev.schemactl.diff.Change;

/**
 * One statement (or, for a plan, one change) as the risk rules see it. A statement that does several things (an
 * ALTER TABLE with several clauses) becomes several steps with the same number.
 *
 * @param number        1-based statement number in what is scored: every statement of every changeset (or of
 *                      the SQL text), in the order they run
 * @param source        the file it comes from ("versions/2026…_x.sql", a path given to lint, or "plan")
 * @param unit          1-based number of the changeset (the unit that commits as a whole) it belongs to
 * @param inTransaction whether that unit runs inside a transaction (on engines without transactional DDL it is
 *                      still true for the DML of a transactional changeset; DDL commits anyway)
 * @param concurrently  PostgreSQL CREATE/DROP INDEX CONCURRENTLY
 * @param notValid      PostgreSQL ADD CONSTRAINT ... NOT VALID
 */
public record Step(int number, Op op, String sql, String source, int unit, boolean inTransaction, boolean concurrently,
                  boolean notValid) {

    /** The structural change, or null when the statement has none. */
    public Change change() {
        return op instanceof Op.Structural s ? s.change() : null;
    }

    public String table() {
        return op.table();
    }
}
