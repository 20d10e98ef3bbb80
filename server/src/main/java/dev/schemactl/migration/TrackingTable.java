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

    public static List<AppliedChangeset> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
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
