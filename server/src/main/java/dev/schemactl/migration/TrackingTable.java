package dev.schemactl.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Liquibase's tracking table, renamed schema_migrations. Read-only: status must not create
 * anything, so a missing table simply means nothing is applied.
 */
public final class TrackingTable {
    public static final String NAME = "schema_migrations";
    public static final String LOCK_NAME = "schema_migrations_lock";

    private TrackingTable() {
    }

    public static boolean exists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
            while (rs.next()) {
                if (NAME.equalsIgnoreCase(rs.getString("TABLE_NAME"))) return true;
            }
        }
        return false;
    }

    /**
     * The applied changesets in the order they ran. One query when the table is there: the catalog is asked only when
     * the SELECT fails (outside a transaction, where a failed statement costs nothing), to tell "no table" from an error.
     */
    public static List<AppliedChangeset> read(Connection c) throws SQLException {
        if (!c.getAutoCommit()) return exists(c) ? select(c) : List.of();
        try {
            return select(c);
        } catch (SQLException e) {
            if (exists(c)) throw e;
            return List.of();
        }
    }

    private static List<AppliedChangeset> select(Connection c) throws SQLException {
        List<AppliedChangeset> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, author, filename, dateexecuted, orderexecuted, md5sum FROM "
                     + NAME + " ORDER BY orderexecuted")) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(4);
                rows.add(new AppliedChangeset(rs.getString(1), rs.getString(2), rs.getString(3),
                        at == null ? null : at.toInstant(), rs.getInt(5), rs.getString(6)));
            }
        }
        return rows;
    }
}
