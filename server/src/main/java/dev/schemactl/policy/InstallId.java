package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A random UUID that identifies one database for approval tokens, stored in the database itself in
 * {@code schema_migrations_meta (meta_key, meta_value)} under the key {@code install_id}; both are created on
 * first use.
 */
public final class InstallId {
    public static final String TABLE = "schema_migrations_meta";
    static final String KEY = "install_id";
    private static final String DEFINITION = " (meta_key VARCHAR(64) NOT NULL, "
            + "meta_value VARCHAR(255) NOT NULL, PRIMARY KEY (meta_key))";

    private InstallId() {
    }

    /** The database's install id, created (table and row) when missing. */
    public static String of(DatabaseHandle db) {
        String table = db.url().trackingTable() + "_meta";
        try (Connection c = db.connection()) {
            MetaTables.ensure(c, table, "CREATE TABLE " + table + DEFINITION);
            String id = read(c, table);
            if (id != null) return id;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (meta_key, meta_value) VALUES (?, ?)")) {
                st.setString(1, KEY);
                st.setString(2, UUID.randomUUID().toString());
                st.executeUpdate();
            } catch (SQLException e) {
                if (!MetaTables.isDuplicate(e)) throw e; // a concurrent first use won; read theirs
            }
            return read(c, table);
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    private static String read(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT meta_value FROM " + table + " WHERE meta_key = ?")) {
            st.setString(1, KEY);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
