package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SafeSql;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's low-lock patterns, applied to tables that exist before the migration (a table created in the same
 * migration is empty and nobody uses it yet, so it keeps the plain forms):
 * <ul>
 *   <li>{@code CREATE [UNIQUE] INDEX CONCURRENTLY} / {@code DROP INDEX CONCURRENTLY}, each in its own
 *       {@code runInTransaction:false} changeset (PostgreSQL refuses CONCURRENTLY inside a transaction). If a
 *       concurrent build fails it leaves an INVALID index behind: drop it and run the migration again.</li>
 *   <li>foreign keys and checks as {@code ADD CONSTRAINT ... NOT VALID} (a short lock, no scan), then
 *       {@code VALIDATE CONSTRAINT} in a later changeset (a scan that lets reads and writes through).</li>
 *   <li>A partitioned table takes neither CONCURRENTLY nor a NOT VALID foreign key (PostgreSQL refuses both on it), so
 *       its index builds and drops and its foreign keys keep the plain forms.</li>
 *   <li>{@code SET lock_timeout = '5s'} on top of every changeset: a DDL statement that waits for a lock blocks
 *       every query queued behind it, so it should rather fail fast and be retried.</li>
 * </ul>
 */
final class PostgresSafeSql implements SafeSql {
    static final String LOCK_TIMEOUT = "SET lock_timeout = '5s'";

    private final PostgresRenderer renderer;

    PostgresSafeSql(PostgresRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<String> preamble() {
        return List.of(LOCK_TIMEOUT);
    }

    @Override
    public List<Step> rewrite(List<RenderedChange> rendered, Schema live) {
        Set<String> partitioned = new HashSet<>();
        for (var o : live.unmanaged()) {
            if (o.kind().equals("partitioning") && o.table() != null) partitioned.add(TableName.key(o.schema(), o.table()));
        }
        Set<String> created = new HashSet<>();
        Set<String> rewritten = new HashSet<>();
        for (RenderedChange r : rendered) {
            if (r.change() instanceof Change.CreateTable c) created.add(c.table());
            if (r.change() instanceof Change.AlterColumnType t && rewrites(t)) rewritten.add(t.table());
        }
        List<Step> out = new ArrayList<>();
        List<Step> validations = new ArrayList<>();
        for (RenderedChange r : rendered) {
            Change change = r.change();
            boolean existing = !created.contains(change.table());
            boolean isPartitioned = partitioned.contains(change.table());
            if (existing && !isPartitioned && (change instanceof Change.CreateIndex || change instanceof Change.DropIndex)) {
                out.add(new Step(change, Form.CONCURRENTLY, r.forward().stream().map(PostgresSafeSql::concurrently).toList(),
                        r.rollback().stream().map(PostgresSafeSql::concurrently).toList(), false, false));
            } else if (existing && notValidInModel(change)) {
                // the desired state has it NOT VALID: rendered so already, and never validated
                out.add(new Step(change, Form.NOT_VALID, r.forward(), r.rollback(), true, false));
            } else if (existing && (change instanceof Change.AddForeignKey && !isPartitioned
                    || change instanceof Change.AddCheck && !rewritten.contains(change.table()))) {
                List<String> forward = new ArrayList<>(r.forward()); // ADD CONSTRAINT, then maybe its COMMENT
                forward.set(0, forward.get(0) + " NOT VALID");
                out.add(new Step(change, Form.NOT_VALID, forward, r.rollback(), true, false));
                validations.add(new Step(change, Form.VALIDATE, List.of(alterTableOf(r.forward().get(0))
                        + PostgresCarriageReturns.escape("VALIDATE CONSTRAINT " + renderer.constraintName(change))), List.of(), true, validations.isEmpty()));
            } else {
                out.add(new Step(change, Form.PLAIN, r.forward(), r.rollback(), true, false));
            }
        }
        out.addAll(validations);
        return out;
    }

    /**
     * "ALTER TABLE t " of a rendered ADD CONSTRAINT statement, with the table named exactly as the rendering named it
     * (schema-qualified or not, quoted or not: the renderer knew the plan's schemas, this rewrite does not).
     */
    static String alterTableOf(String addConstraint) {
        String head = "ALTER TABLE ";
        if (!addConstraint.startsWith(head)) throw new IllegalArgumentException("not an ALTER TABLE: " + addConstraint);
        int i = head.length();
        while (i < addConstraint.length()) {
            if (addConstraint.charAt(i) == '"') { // a quoted part: "" inside it is one quote
                i++;
                while (i < addConstraint.length() && !(addConstraint.charAt(i) == '"' && !addConstraint.startsWith("\"\"", i))) {
                    i += addConstraint.startsWith("\"\"", i) ? 2 : 1;
                }
                i++;
            } else {
                while (i < addConstraint.length() && addConstraint.charAt(i) != '.' && !Character.isWhitespace(addConstraint.charAt(i))) i++;
            }
            if (i < addConstraint.length() && addConstraint.charAt(i) == '.') i++;
            else break;
        }
        return addConstraint.substring(0, i) + " ";
    }

    /**
     * A type change to another family (smallint to varchar: an enum mapped by ordinal becomes one mapped by name)
     * rewrites the table under an exclusive lock in the same changeset anyway, so a check added to that table gains
     * nothing from NOT VALID and a later VALIDATE; and split that way a value the check refuses (the old '0' under
     * CHECK (level IN ('LOW','HIGH'))) fails the VALIDATE after the type change was committed, leaving the migration
     * half applied. Added plain, the check fails the changeset that converts, which PostgreSQL rolls back as a whole.
     * Within one family (varchar to text, integer to bigint) the rewrite may not happen and the split is kept.
     */
    private static boolean rewrites(Change.AlterColumnType t) {
        TypeKind a = t.before().type().kind();
        TypeKind b = t.after().type().kind();
        return a != b && !(STRINGS.contains(a) && STRINGS.contains(b)) && !(INTEGERS.contains(a) && INTEGERS.contains(b));
    }

    private static final Set<TypeKind> STRINGS = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB);
    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

    private static boolean notValidInModel(Change change) {
        return change instanceof Change.AddForeignKey f && f.foreignKey().notValid()
                || change instanceof Change.AddCheck c && c.check().notValid();
    }

    /** CREATE [UNIQUE] INDEX x … → CREATE [UNIQUE] INDEX CONCURRENTLY x …; DROP INDEX x → DROP INDEX CONCURRENTLY x. */
    static String concurrently(String statement) {
        if (statement.startsWith("CREATE INDEX ")) return "CREATE INDEX CONCURRENTLY " + statement.substring(13);
        if (statement.startsWith("CREATE UNIQUE INDEX ")) return "CREATE UNIQUE INDEX CONCURRENTLY " + statement.substring(20);
        if (statement.startsWith("DROP INDEX ")) return "DROP INDEX CONCURRENTLY " + statement.substring(11);
        return statement;
    }
}
