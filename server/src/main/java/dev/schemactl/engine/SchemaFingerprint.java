package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One cheap catalog query whose answer changes whenever the schema the engine's {@link Inspector} reads changes
 * (per engine: catalog row versions, schema_version, or a hash over the metadata). Lets a long-running server
 * reuse an inspected schema, and results derived from it, until the database really changes.
 */
@FunctionalInterface
public interface SchemaFingerprint {
    /** No fingerprint: every caller inspects afresh. */
    SchemaFingerprint NONE = c -> null;

    /** The fingerprint, or null when this engine cannot tell. */
    String of(Connection connection) throws SQLException;

    /** A fingerprint read as the single value of one query. */
    static SchemaFingerprint query(String sql) {
        return c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? String.valueOf(rs.getString(1)) : null;
            }
        };
    }
}
