package dev.schemactl.engine.mariadb;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.Set;

/**
 * MariaDB's data type plugins ({@code inet4}, {@code inet6}, {@code uuid}) convert only to and from character and
 * binary types: MariaDB 10.11 rejects every other ALTER between them, empty table or not ("Cannot cast 'inet4' as
 * 'inet6'", also uuid to and from integers, temporal and spatial types). The conversions between them that keep every
 * value are written through text ({@link MariaDbTextConversion}: inet4 to inet6 and back); a plan that would write any
 * other such MODIFY is refused instead.
 */
final class MariaDbPluginTypes {
    private static final Set<TypeKind> CONVERTIBLE = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB,
            TypeKind.BINARY, TypeKind.VARBINARY, TypeKind.BLOB, TypeKind.ENUM, TypeKind.JSON);

    private MariaDbPluginTypes() {
    }

    /** Throws PLAN_REFUSED when MariaDB cannot MODIFY a column of type {@code from} to {@code to}. */
    static void requireConvertible(String table, String column, ColumnType from, ColumnType to) {
        String a = plugin(from);
        String b = plugin(to);
        if (a == null && b == null || a != null && a.equals(b)) return;
        if (a != null && b == null && convertible(to) || b != null && a == null && convertible(from)) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: MariaDB cannot convert " + table + "." + column
                + " from " + MariaDbTypeNames.INSTANCE.format(from) + " to " + MariaDbTypeNames.INSTANCE.format(to)
                + " (ALTER TABLE fails with 'Cannot cast'; " + (a != null ? a : b) + " converts only to and from character and binary types)",
                "write this step by hand: add the new column, fill it with an expression "
                        + "over the old one's text (CAST(old AS CHAR)), then drop the old column");
    }

    private static String plugin(ColumnType t) {
        if (t.kind() == TypeKind.UUID) return "uuid";
        if (t.kind() == TypeKind.OTHER && t.raw() != null && Set.of("inet4", "inet6").contains(t.raw())) return t.raw();
        return null;
    }

    private static boolean convertible(ColumnType t) {
        return CONVERTIBLE.contains(t.kind()) || t.kind() == TypeKind.OTHER && t.raw() != null && t.raw().startsWith("set(");
    }
}
