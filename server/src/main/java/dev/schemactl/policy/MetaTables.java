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

    /**
     * True for a primary-key / unique violation: SQLSTATE class 23 on H2, PostgreSQL and MariaDB; on SQLite, whose
     * driver sets no SQLSTATE, the extended result codes SQLITE_CONSTRAINT_PRIMARYKEY (1555) and _UNIQUE (2067).
     */
    static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) return true;
            if (x instanceof org.sqlite.SQLiteException sqlite
                    && (sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)) return true;
        }
        return false;
    }
}
