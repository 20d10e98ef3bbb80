package dev.schemactl.engine.mariadb;

import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A type change MariaDB 10.11 cannot write as one MODIFY, written as a conversion through a character column whose
 * values are rewritten on the way: {@code MODIFY c <text>}, {@code UPDATE t SET c = <rewrite>}, {@code MODIFY c <type>}.
 * The data type plugins convert only to and from text, and only from their own text form:
 * <ul>
 *   <li>inet4 to inet6: 'Cannot cast inet4 as inet6', and inet6 reads '10.0.0.1' as an error, not as ::ffff:10.0.0.1;
 *       through varchar(45), each value becomes its IPv4-mapped form.</li>
 *   <li>inet6 to inet4: only an IPv4-mapped address has an inet4 value; a {@link #guard} first fails the step, changing
 *       nothing, while a value is not one (a strict MODIFY would fail halfway, a lax one would write NULL or
 *       0.0.0.0); then through varchar(45), each value loses its '::ffff:'.</li>
 *   <li>uuid to char/varchar(32..35): a uuid reads back as 36 characters with dashes ('Data too long'); through
 *       char(36), the dashes are removed (the 32 hex digits Django and others store).</li>
 * </ul>
 * Checked by hand on 10.11 (pairs 800, 819, 960-963): indexes, keys and NOT NULL are kept by each MODIFY.
 *
 * @param text    the character type in between
 * @param rewrite the new value, from the column's text (a quoted column name)
 * @param pending the condition of a value not rewritten yet: the UPDATE does nothing when it runs again (a migration
 *                resumed, or run again after a rollback that failed on its guard, whose later changesets were undone)
 * @param guard   the condition of a value that has no value of the new type (from the quoted name), or null
 * @param summary what happens to the values, for the migration's review header
 */
record MariaDbTextConversion(String text, UnaryOperator<String> rewrite, UnaryOperator<String> pending, UnaryOperator<String> guard,
                             String summary) {

    /** How MariaDB converts a column from {@code from} to {@code to} when one MODIFY cannot; empty when it can (or nothing can). */
    static Optional<MariaDbTextConversion> of(ColumnType from, ColumnType to) {
        String a = inet(from);
        String b = inet(to);
        if ("inet4".equals(a) && "inet6".equals(b)) {
            return Optional.of(new MariaDbTextConversion("varchar(45)", c -> "CONCAT('::ffff:', " + c + ")", c -> c + " NOT LIKE '%:%'", null,
                    "each address rewritten to its IPv4-mapped form ::ffff:a.b.c.d"));
        }
        if ("inet6".equals(a) && "inet4".equals(b)) {
            return Optional.of(new MariaDbTextConversion("varchar(45)", c -> "SUBSTRING(" + c + ", 8)", c -> c + " LIKE '::ffff:%'", c -> "NOT IS_IPV4_MAPPED(" + c + ")",
                    "each IPv4-mapped address ::ffff:a.b.c.d rewritten to a.b.c.d; fails first, changing nothing, while an address is not IPv4-mapped"));
        }
        if (from.kind() == TypeKind.UUID && (to.kind() == TypeKind.CHAR || to.kind() == TypeKind.VARCHAR)
                && to.length() != null && to.length() >= 32 && to.length() < 36) {
            return Optional.of(new MariaDbTextConversion("char(36)", c -> "REPLACE(" + c + ", '-', '')", c -> c + " LIKE '%-%'", null,
                    "each uuid written as its 32 hex digits in lower case, without dashes"));
        }
        return Optional.empty();
    }

    /**
     * True when a change from {@code from} to {@code to} is undone value for value (or its undoing fails, changing
     * nothing): the plugin types keep one canonical text per value, which comes back through any of these conversions.
     * A char(32) made uuid is not: its letters come back in lower case.
     */
    static boolean undoneExactly(ColumnType from, ColumnType to) {
        return (inet(from) != null || from.kind() == TypeKind.UUID) && of(from, to).isPresent();
    }

    private static String inet(ColumnType t) {
        return t.kind() == TypeKind.OTHER && ("inet4".equals(t.raw()) || "inet6".equals(t.raw())) ? t.raw() : null;
    }
}
