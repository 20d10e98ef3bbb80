package dev.schemactl.risk;

import dev.schemactl.engine.TableStats;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks on the data whether a narrowing type change fits: one query per narrowing that counts the values the new type
 * cannot hold and reports what it saw (longest text, smallest and largest number). The SQL functions that differ per
 * engine (text length, byte length, inet host bits) come from the engine's {@link TableStats}.
 */
final class NarrowingCheck {
    private static final Set<TypeKind> TEXT = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB);
    private static final Set<TypeKind> BINARY = Set.of(TypeKind.BINARY, TypeKind.VARBINARY, TypeKind.BLOB);

    private NarrowingCheck() {
    }

    /** A query returning (misfits, low, high), and how to describe what it saw; null when the change cannot be checked. */
    record Query(String sql, String what) {
    }

    static Query query(String table, String column, ColumnType before, ColumnType after, TableStats fn) {
        String from = " FROM " + table;
        if (TEXT.contains(before.kind()) && (after.kind() == TypeKind.CHAR || after.kind() == TypeKind.VARCHAR) && after.length() != null) {
            String len = fn.textLength(column);
            return new Query("SELECT COUNT(CASE WHEN " + len + " > " + after.length() + " THEN 1 END), NULL, MAX(" + len + ")" + from,
                    "characters");
        }
        if (BINARY.contains(before.kind()) && BINARY.contains(after.kind()) && after.length() != null) {
            String len = fn.binaryLength(column);
            return new Query("SELECT COUNT(CASE WHEN " + len + " > " + after.length() + " THEN 1 END), NULL, MAX(" + len + ")" + from,
                    "bytes");
        }
        long[] range = switch (after.kind()) {
            case TINYINT -> new long[]{-128, 127};
            case SMALLINT -> new long[]{-32768, 32767};
            case INTEGER -> new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> null;
        };
        if (range != null && Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT).contains(before.kind())) {
            return new Query("SELECT COUNT(CASE WHEN " + column + " < " + range[0] + " OR " + column + " > " + range[1]
                    + " THEN 1 END), MIN(" + column + "), MAX(" + column + ")" + from, "range");
        }
        if (before.kind() == TypeKind.DECIMAL && after.kind() == TypeKind.DECIMAL && after.precision() != null) {
            int scale = after.scale() == null ? 0 : after.scale();
            String limit = BigInteger.TEN.pow(Math.max(0, after.precision() - scale)).toString();
            return new Query("SELECT COUNT(CASE WHEN ABS(ROUND(" + column + ", " + scale + ")) >= " + limit + " OR " + column
                    + " <> ROUND(" + column + ", " + scale + ") THEN 1 END), MIN(" + column + "), MAX(" + column + ")" + from, "range");
        }
        if (before.kind() == TypeKind.ENUM && after.kind() == TypeKind.ENUM) {
            List<String> removed = new ArrayList<>(before.enumValues());
            removed.removeAll(after.enumValues());
            if (removed.isEmpty()) return null;
            String in = String.join(", ", removed.stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
            return new Query("SELECT COUNT(CASE WHEN " + column + " IN (" + in + ") THEN 1 END), NULL, NULL" + from, "enum");
        }
        String hostBits = fn.losesHostBits(column);
        if (hostBits != null && "inet".equalsIgnoreCase(before.raw()) && "cidr".equalsIgnoreCase(after.raw())) {
            return new Query("SELECT COUNT(CASE WHEN " + hostBits + " THEN 1 END), NULL, NULL" + from, "host bits");
        }
        return null;
    }

    /** Runs the check; a change it cannot check, or a query that fails or times out, is "not checked". */
    static ValueFit run(Connection c, TableStats fn, UnaryOperator<String> quoteTable, UnaryOperator<String> quote, String table,
                        String column, ColumnType before, ColumnType after) {
        Query q = query(quoteTable.apply(table), quote.apply(column), before, after, fn);
        if (q == null) return ValueFit.notChecked("schemactl has no data check for " + before + " → " + after);
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            try (ResultSet rs = st.executeQuery(q.sql())) {
                if (!rs.next()) return ValueFit.notChecked("the check returned nothing");
                long misfits = rs.getLong(1);
                String low = rs.getString(2);
                String high = rs.getString(3);
                return new ValueFit(true, misfits, observed(q.what(), low, high, misfits));
            }
        } catch (SQLException e) {
            return ValueFit.notChecked("the check failed: " + firstLine(e.getMessage()));
        }
    }

    private static String observed(String what, String low, String high, long misfits) {
        return switch (what) {
            case "characters", "bytes" -> high == null ? "no values" : "the longest value has " + high + " "
                    + ("1".equals(high) ? what.substring(0, what.length() - 1) : what);
            case "range" -> high == null ? "no values" : "values from " + low + " to " + high;
            case "enum" -> misfits + " value(s) use a removed enum value";
            default -> misfits + " address(es) have host bits set";
        };
    }

    private static String firstLine(String message) {
        if (message == null) return "no details";
        String line = message.lines().findFirst().orElse("no details").trim();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
