package dev.schemactl.engine;

import dev.schemactl.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the current schema of a connection (PostgreSQL: current_schema(); MariaDB: the current
 * database; H2: PUBLIC; SQLite: main) in a small, fixed number of bulk catalog queries — never one per table.
 * schemactl's own tables (schema_migrations*) are left out.
 */
public interface Inspector {
    Schema inspect(Connection connection) throws SQLException;
}
