package dev.schemactl.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests read back from a real database, through plain JDBC (never through schemactl). */
public final class DbFacts {
    private DbFacts() {
    }

    /** A table's column names, lower-cased, in order. */
    public static List<String> columns(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) names.add(rs.getMetaData().getColumnName(i).toLowerCase());
            return names;
        }
    }

    /** The database's tables, lower-cased (JDBC metadata works on every engine). */
    public static List<String> tables(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) names.add(rs.getString("TABLE_NAME").toLowerCase());
            return names;
        }
    }

    /** Rows in the tracking table (0 when it does not exist yet). */
    public static int trackingRows(TestDatabase db) throws SQLException {
        if (!tables(db).contains("schema_migrations")) return 0;
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
