package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One cheap catalog query whose answer changes whenever the schema the engine's {@link Inspector} reads changes
 * (per engine: catalog row versions, schema_version, or a hash over the metadata). Lets a long-running server
 * reuse an inspected schema, and results derived from it, until the database really changes. It reads the same
 * schemas the inspector is given, never the session's search_path or current database.
 */
@FunctionalInterface
public interface SchemaFingerprint {
    /** No fingerprint: every caller inspects afresh. */
    SchemaFingerprint NONE = (c, schemas) -> null;

    /** The fingerprint of {@code schemas} (empty: the engine's default), or null when this engine cannot tell. */
    String of(Connection connection, List<String> schemas) throws SQLException;

    /** What every {@code ?} of a fingerprint query is bound to, given the schemas to read. */
    @FunctionalInterface
    interface Scope {
        Object bind(Connection connection, List<String> schemas) throws SQLException;
    }

    /** A fingerprint read as the single value of one query without parameters. */
    static SchemaFingerprint query(String sql) {
        return query(sql, null);
    }

    /** A fingerprint read as the single value of one query, each of its parameters bound to {@code scope}. */
    static SchemaFingerprint query(String sql, Scope scope) {
        return (c, schemas) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (scope != null) {
                    Object value = scope.bind(c, schemas);
                    int parameters = ps.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= parameters; i++) ps.setObject(i, value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? String.valueOf(rs.getString(1)) : null;
                }
            }
        };
    }
}
