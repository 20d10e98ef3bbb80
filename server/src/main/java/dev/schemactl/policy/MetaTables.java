package dev.schemactl.policy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * schemactl's own bookkeeping tables next to the tracking table (schema_migrations_*: inspection leaves them
 * out). Plain portable SQL; created when missing, tolerating a concurrent creator.
 */
final class MetaTables {
    private MetaTables() {
    }

    static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String pattern : new String[]{table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), pattern, new String[]{"TABLE"})) {
                while (rs.next()) {
                    if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) return true;
                }
            }
        }
        return false;
    }

    static void ensure(Connection c, String table, String createSql) throws SQLException {
        if (exists(c, table)) return;
        try (Statement st = c.createStatement()) {
            st.execute(createSql);
        } catch (SQLException e) {
            if (!exists(c, table)) throw e; // else another process created it meanwhile
        }
    }

    /** True for a primary-key / unique violation (SQLSTATE class 23) on H2, PostgreSQL and MariaDB. */
    static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) return true;
        }
        return false;
    }
}
