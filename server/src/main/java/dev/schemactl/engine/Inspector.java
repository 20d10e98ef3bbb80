package dev.schemactl.engine;

import dev.schemactl.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a schema in a small, fixed number of bulk catalog queries — never one per table. What is read is
 * named explicitly, never taken from the session (a script may have changed its search_path or current
 * database): PostgreSQL the given schemas (default {@code public}), MariaDB the given database (default the
 * connection's catalog), H2 the given schemas (default PUBLIC), SQLite main. schemactl's own tables (schema_migrations*) are left out.
 */
public interface Inspector {

    /** The engine's default scope (see {@link dev.schemactl.config.DatabaseUrl#inspectedSchemas()}). */
    Schema inspect(Connection connection) throws SQLException;

    /** The named schemas (PostgreSQL, H2) or database (MariaDB); an empty list is the engine's default. */
    default Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        return inspect(connection);
    }
}
