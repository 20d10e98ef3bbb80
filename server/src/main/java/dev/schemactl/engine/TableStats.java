package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What risk rules need to know about the data in the current schema's tables: estimated row counts (a drop on an
 * empty table loses nothing, one on 50M rows is a disaster) and, on PostgreSQL, which columns already carry a
 * validated {@code CHECK (col IS NOT NULL)}. Each engine reads its catalog in ONE bulk query ({@link #read});
 * {@link #probe} then counts exactly, up to a cap, the few tables a plan touches whose estimate is missing or small
 * (an estimate of 0 may just be stale statistics), again in one query.
 */
public interface TableStats {
    /** A table the catalog has no estimate for (PostgreSQL reltuples = -1, MariaDB TABLE_ROWS NULL). */
    long UNKNOWN = -1;

    /** No statistics at all (every count unknown). */
    TableStats NONE = c -> Snapshot.EMPTY;

    /**
     * @param rows             table name (as the inspector names it) → estimated rows, or {@link #UNKNOWN}
     * @param validatedNotNull "table.column" pairs with a validated CHECK (column IS NOT NULL) constraint
     */
    record Snapshot(Map<String, Long> rows, Set<String> validatedNotNull) {
        public static final Snapshot EMPTY = new Snapshot(Map.of(), Set.of());

        public Snapshot {
            rows = Map.copyOf(rows);
            validatedNotNull = Set.copyOf(validatedNotNull);
        }
    }

    /** The estimates of every table of the current schema, in one bulk catalog query. */
    Snapshot read(Connection connection) throws SQLException;

    /**
     * The estimates of every table of the inspected schemas ({@code DatabaseUrl#inspectedSchemas()}), named as the
     * inspector names them ({@code TableName#key()}); engines that read one schema only ignore {@code schemas}.
     */
    default Snapshot read(Connection connection, List<String> schemas) throws SQLException {
        return read(connection);
    }

    /**
     * The session's TimeZone setting as a migration run over this connection sees it (PostgreSQL); null for engines
     * where it does not change what DDL does.
     */
    default String sessionTimeZone(Connection connection) throws SQLException {
        return null;
    }

    /** SQL for the length in characters of a text value (for narrowing checks on the data). */
    default String textLength(String column) {
        return "CHAR_LENGTH(" + column + ")";
    }

    /** SQL for the length in bytes of a binary value. */
    default String binaryLength(String column) {
        return "OCTET_LENGTH(" + column + ")";
    }

    /** SQL condition: an inet value has host bits that a cast to cidr zeroes; null where the engine has no such types. */
    default String losesHostBits(String column) {
        return null;
    }

    /**
     * Exact row counts, capped at {@code cap} (a count of {@code cap} means "at least cap"), of the given tables in one
     * UNION ALL query of bounded subqueries: {@code SELECT count(*) FROM (SELECT 1 FROM t LIMIT cap) x}. Tables that
     * cannot be counted (missing, locked past the query timeout) are left out.
     *
     * @param quote spells a table name for this engine (its renderer's {@link SqlRenderer#quote})
     */
    static Map<String, Long> probe(Connection connection, Collection<String> tables, long cap, UnaryOperator<String> quote) {
        List<String> names = tables.stream().distinct().sorted().toList();
        Map<String, Long> out = new LinkedHashMap<>();
        if (names.isEmpty()) return out;
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sql.append("\nUNION ALL\n");
            sql.append("SELECT ").append(i).append(" AS i, (SELECT count(*) FROM (SELECT 1 AS one FROM ")
                    .append(quote.apply(names.get(i))).append(" LIMIT ").append(cap).append(") probe_").append(i)
                    .append(") AS n");
        }
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(10);
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) out.put(names.get(rs.getInt(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            // one missing or locked table must not hide the others: count them one by one instead
            for (String name : names) {
                try (Statement st = connection.createStatement()) {
                    st.setQueryTimeout(5);
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 AS one FROM " + quote.apply(name)
                            + " LIMIT " + cap + ") probe")) {
                        if (rs.next()) out.put(name, rs.getLong(1));
                    }
                } catch (SQLException ignored) {
                    // left unknown
                }
            }
        }
        return out;
    }
}
