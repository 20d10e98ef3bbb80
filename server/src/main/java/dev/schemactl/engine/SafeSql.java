package dev.schemactl.engine;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Schema;

import java.util.List;

/**
 * Low-lock forms of a plan's steps, for engines that have them (PostgreSQL: {@code CREATE INDEX CONCURRENTLY},
 * {@code NOT VALID} + a later {@code VALIDATE CONSTRAINT}, a {@code lock_timeout} on top). The plain rendering of
 * {@link SqlRenderer} stays as it is; the migration writer asks for these forms unless told not to
 * ({@code schemactl new --no-safe-sql}).
 */
public interface SafeSql {

    /** No rewrites: every change as rendered, in one transaction-friendly step each. */
    SafeSql NONE = new SafeSql() {
        @Override
        public List<String> preamble() {
            return List.of();
        }

        @Override
        public List<Step> rewrite(List<RenderedChange> rendered, Schema live) {
            return plain(rendered);
        }
    };

    /** How a step was written. */
    enum Form {
        /** As the renderer wrote it. */
        PLAIN,
        /** CREATE/DROP INDEX CONCURRENTLY: builds or drops without blocking writes, outside any transaction. */
        CONCURRENTLY,
        /** ADD CONSTRAINT ... NOT VALID: checks new rows only; a later VALIDATE step checks the old ones. */
        NOT_VALID,
        /** VALIDATE CONSTRAINT of a constraint added NOT VALID earlier: scans under a lock that lets writes through. */
        VALIDATE
    }

    /**
     * One step of a migration.
     *
     * @param change           the plan's change this step carries out (for VALIDATE: the constraint's ADD change)
     * @param runInTransaction false for statements the engine refuses inside a transaction
     * @param newChangeset     true when this step must start a new changeset (it must run after the earlier ones
     *                         committed)
     * @param folded           true when the step before it carries it out ({@link RenderedChange#folded})
     */
    record Step(Change change, Form form, List<String> forward, List<String> rollback, boolean runInTransaction,
                boolean newChangeset, boolean folded) {
        public Step {
            forward = List.copyOf(forward);
            rollback = List.copyOf(rollback);
        }

        public Step(Change change, Form form, List<String> forward, List<String> rollback, boolean runInTransaction,
                    boolean newChangeset) {
            this(change, form, forward, rollback, runInTransaction, newChangeset, false);
        }
    }

    /** Statements to put at the top of every changeset, forward and rollback (e.g. {@code SET lock_timeout}). */
    List<String> preamble();

    /**
     * The rendered changes of a plan, in order, as steps; some in low-lock forms, some moved to a later changeset.
     * {@code live} is the schema the plan starts from: some of its tables do not take every low-lock form.
     */
    List<Step> rewrite(List<RenderedChange> rendered, Schema live);

    /** Every change as rendered, each a plain transactional step. */
    static List<Step> plain(List<RenderedChange> rendered) {
        return rendered.stream().map(r -> new Step(r.change(), Form.PLAIN, r.forward(), r.rollback(), true, false, r.folded())).toList();
    }
}
