package dev.schemactl.risk;

import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.List;

/** What a column type change does to the data: narrow it, and whether an engine can do it without a rewrite. */
final class TypeChanges {
    private static final List<TypeKind> INTS = List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

    private TypeChanges() {
    }

    /** True when the type before is not known (a column the parser could not find). */
    static boolean unknown(ColumnType t) {
        return t == null || (t.kind() == TypeKind.OTHER && "?".equals(t.raw()));
    }

    /** Why {@code after} holds less than {@code before}; null when it does not narrow. */
    static String narrowing(ColumnType before, ColumnType after) {
        if (unknown(before) || before.equals(after)) return null;
        TypeKind a = before.kind();
        TypeKind b = after.kind();
        if (a == TypeKind.OTHER && b == TypeKind.OTHER && "inet".equalsIgnoreCase(before.raw()) && "cidr".equalsIgnoreCase(after.raw())) {
            return "inet → cidr zeroes the host bits of every address that has them";
        }
        if (a == b) {
            switch (a) {
                case CHAR, VARCHAR, BINARY, VARBINARY -> {
                    if (after.length() != null && (before.length() == null || after.length() < before.length())) {
                        return "length " + (before.length() == null ? "unbounded" : before.length()) + " → " + after.length();
                    }
                }
                case DECIMAL -> {
                    if (after.precision() != null && before.precision() == null) return "unbounded numeric → " + after;
                    if (after.precision() != null && before.precision() != null) {
                        int intBefore = before.precision() - nz(before.scale());
                        int intAfter = after.precision() - nz(after.scale());
                        if (intAfter < intBefore) return "integer digits " + intBefore + " → " + intAfter;
                        if (nz(after.scale()) < nz(before.scale())) return "scale " + nz(before.scale()) + " → " + nz(after.scale());
                    }
                }
                case TIME, TIMESTAMP, TIMESTAMP_TZ -> {
                    if (after.precision() != null && before.precision() != null && after.precision() < before.precision()) {
                        return "fractional seconds " + before.precision() + " → " + after.precision();
                    }
                }
                case ENUM -> {
                    if (!after.enumValues().containsAll(before.enumValues())) return "enum values removed";
                }
                default -> {
                }
            }
            return null;
        }
        if (INTS.contains(a) && b == TypeKind.ENUM && !after.enumValues().isEmpty()) {
            // MariaDB/MySQL: a number converts to the member at that position, so a Java enum mapped by ORDINAL (0, 1,
            // ...) and now by STRING shifts by one and changes meaning without an error (0 alone fails)
            return "integer → enum: a number becomes the member at that position (1 → '" + after.enumValues().get(0)
                    + "'), not the name it stood for, so values stored by ordinal change meaning";
        }
        if (INTS.contains(a) && INTS.contains(b) && INTS.indexOf(b) < INTS.indexOf(a)) {
            return a.name().toLowerCase() + " → " + b.name().toLowerCase();
        }
        if (a == TypeKind.DOUBLE && b == TypeKind.REAL) return "double → real";

        if ((a == TypeKind.TEXT || a == TypeKind.CLOB) && (b == TypeKind.VARCHAR || b == TypeKind.CHAR) && after.length() != null) {
            return "unbounded text → length " + after.length();
        }
        if (a == TypeKind.BLOB && (b == TypeKind.VARBINARY || b == TypeKind.BINARY) && after.length() != null) {
            return "unbounded binary → length " + after.length();
        }
        return null;
    }

    /**
     * True when the engine converts a value that does not fit without an error (rounds, truncates, zeroes host bits), so
     * rows written after a data check could still lose something; false when a misfit makes the statement fail
     * (PostgreSQL refuses too-long text, out-of-range integers and numeric overflow, and rolls the migration back).
     */
    static boolean silentLoss(ColumnType before, ColumnType after, boolean postgres) {
        if (!postgres) return true;
        TypeKind a = before.kind();
        TypeKind b = after.kind();
        if (a == TypeKind.DECIMAL && b == TypeKind.DECIMAL) return nz(after.scale()) < nz(before.scale());
        if ((a == TypeKind.CHAR || a == TypeKind.VARCHAR || a == TypeKind.TEXT) && (b == TypeKind.CHAR || b == TypeKind.VARCHAR)) return false;
        return !(INTS.contains(a) && INTS.contains(b));
    }

    /** PostgreSQL: binary-coercible changes that rewrite nothing; null when it rewrites (or is unknown). */
    static String postgresWithoutRewrite(ColumnType before, ColumnType after) {
        return postgresWithoutRewrite(before, after, null);
    }

    /**
     * Like {@link #postgresWithoutRewrite(ColumnType, ColumnType)}, also knowing the session TimeZone the migration runs
     * with (null when unknown, or on PostgreSQL before 12): from 12 on, timestamp ↔ timestamptz at the same precision
     * rewrites nothing when that zone is UTC (offset 0 with no daylight saving).
     */
    static String postgresWithoutRewrite(ColumnType before, ColumnType after, String utcZone) {
        if (unknown(before)) return null;
        TypeKind a = before.kind();
        TypeKind b = after.kind();
        if (utcZone != null && ((a == TypeKind.TIMESTAMP && b == TypeKind.TIMESTAMP_TZ) || (a == TypeKind.TIMESTAMP_TZ && b == TypeKind.TIMESTAMP))
                && fractional(after) >= fractional(before)) {
            return "PostgreSQL 12+ turns " + before + " into " + after + " without a rewrite when the session TimeZone is UTC ("
                    + utcZone + ")";
        }
        if (a == TypeKind.VARCHAR && b == TypeKind.VARCHAR && before.length() != null
                && (after.length() == null || after.length() >= before.length())) {
            return "PostgreSQL grows varchar(" + before.length() + ") to " + after + " without a rewrite";
        }
        if (a == TypeKind.VARCHAR && b == TypeKind.TEXT) return "PostgreSQL turns varchar into text without a rewrite";
        if (a == TypeKind.DECIMAL && b == TypeKind.DECIMAL && before.precision() != null
                && (after.precision() == null || (after.precision() >= before.precision()
                && nz(after.scale()) == nz(before.scale())))) {
            return "PostgreSQL grows the precision of " + before + " at the same scale without a rewrite";
        }
        return null;
    }

    /**
     * MariaDB/MySQL: a varchar that grows within the same length-byte band (both at most 255 bytes, or both above)
     * changes in place. Bytes are counted as 4 per character (utf8mb4), the widest common charset, so a change this
     * calls in place is in place whatever the column's charset.
     */
    static String mariaDbWithoutRewrite(ColumnType before, ColumnType after) {
        if (unknown(before)) return null;
        if (before.kind() == TypeKind.VARCHAR && after.kind() == TypeKind.VARCHAR && before.length() != null
                && after.length() != null && after.length() >= before.length()
                && (before.length() * 4 <= 255) == (after.length() * 4 <= 255)) {
            return "varchar(" + before.length() + ") → varchar(" + after.length() + ") stays in the same length-byte band "
                    + "(counting 4 bytes per character), changed in place";
        }
        return null;
    }

    /** True when a PostgreSQL TimeZone setting names a zone at offset 0 without daylight saving (UTC and its aliases). */
    static boolean utc(String zone) {
        if (zone == null) return false;
        String z = zone.trim().replaceAll("^['\"]|['\"]$", "");
        return z.matches("(?i)(Etc/)?(UTC|UCT|GMT|GMT[+-]?0|Universal|Zulu|Greenwich)|Z|[+-]?0{1,2}(:00)?");
    }

    /** Fractional-second digits of a timestamp type; written without, PostgreSQL keeps 6. */
    private static int fractional(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
