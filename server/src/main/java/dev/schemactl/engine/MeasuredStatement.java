package dev.schemactl.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What one statement really did when it ran on a shadow database holding a few rows per table (`verify --locks`,
 * score_risk with measure): the locks it held, the tables whose storage it replaced, and on MariaDB/MySQL the
 * ALGORITHM/LOCK the server accepted for it.
 *
 * @param statement    1-based statement number, as findings count them
 * @param sql          the statement as written in the migration
 * @param locks        table and index locks the session held right after the statement, before it committed
 * @param rewritten    tables whose storage was replaced (PostgreSQL relfilenode, InnoDB table id changed)
 * @param algorithm    MariaDB/MySQL: the strongest-to-weakest probe the server accepted, e.g. "INSTANT",
 *                     "INPLACE, LOCK=NONE", "COPY, LOCK=SHARED"; null on other engines and for statements it
 *                     does not apply to
 * @param blocksWrites true when it held a lock that blocks writes to a table that existed before it
 * @param note         how it was measured when not the usual way (outside a transaction, ...); null otherwise
 * @param error        the error the statement raised, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasuredStatement(int statement, String sql, List<Lock> locks, List<String> rewritten, String algorithm,
                                boolean blocksWrites, String note, String error) {

    /** A lock held on a relation: {@code mode} as the engine names it (AccessExclusiveLock, SHARED_NO_WRITE, ...). */
    public record Lock(String relation, String kind, String mode) {
        @Override
        public String toString() {
            return mode + " on " + kind + " " + relation;
        }
    }

    public MeasuredStatement {
        locks = locks == null ? List.of() : List.copyOf(locks);
        rewritten = rewritten == null ? List.of() : List.copyOf(rewritten);
    }

    public static MeasuredStatement failed(int statement, String sql, String error) {
        return new MeasuredStatement(statement, sql, List.of(), List.of(), null, false, null, error);
    }

    public MeasuredStatement renumbered(int newStatement) {
        return new MeasuredStatement(newStatement, sql, locks, rewritten, algorithm, blocksWrites, note, error);
    }

    /** One line: "rewrote orders; AccessExclusiveLock on table orders; ALGORITHM=COPY". */
    public String summary() {
        if (error != null) return "failed: " + error;
        StringBuilder out = new StringBuilder(rewritten.isEmpty() ? "no rewrite" : "rewrote " + String.join(", ", rewritten));
        if (algorithm != null) out.append("; ALGORITHM=").append(algorithm);
        out.append("; ").append(locks.isEmpty() ? "no locks held" : String.join(", ", locks.stream().map(Lock::toString).toList()));
        if (note != null) out.append(" (").append(note).append(')');
        return out.toString();
    }
}
