package dev.schemactl.bench;

import dev.schemactl.config.DatabaseUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A freshly created PostgreSQL database for one schema size, dropped on close (also by a shutdown hook
 * when the harness is interrupted). The schema is loaded with bulk DDL: the statements are joined into a
 * few big multi-statement strings, each executed in one transaction.
 */
final class BenchDatabase implements AutoCloseable {
    private final DatabaseUrl server;
    private final DatabaseUrl url;
    private final Thread dropOnExit;
    private boolean dropped;

    private BenchDatabase(DatabaseUrl server, DatabaseUrl url) {
        this.server = server;
        this.url = url;
        this.dropOnExit = new Thread(this::dropQuietly, "drop-" + url.database());
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    static BenchDatabase create(DatabaseUrl server, String name) throws SQLException {
        try (Connection c = connect(server); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        return new BenchDatabase(server, server.withDatabase(name));
    }

    static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    Connection connect() throws SQLException {
        return connect(url);
    }

    String name() {
        return url.database();
    }

    /**
     * Runs the DDL as {@code ceil(statements / batchSize)} multi-statement executes, each in its own
     * transaction (one transaction for everything would overflow PostgreSQL's shared lock table, sized
     * max_locks_per_transaction x max_connections, at a few thousand tables). Then ANALYZEs the catalogs
     * so every size is inspected with fresh planner statistics, as autovacuum would leave them.
     *
     * @return the number of executes
     */
    int load(List<String> statements, int batchSize) throws SQLException {
        int executes = 0;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
            c.setAutoCommit(false);
            for (int from = 0; from < statements.size(); from += batchSize) {
                List<String> batch = statements.subList(from, Math.min(statements.size(), from + batchSize));
                st.execute(String.join(";\n", batch));
                c.commit();
                executes++;
            }
            c.setAutoCommit(true);
            st.execute("ANALYZE pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_attrdef, "
                    + "pg_catalog.pg_constraint, pg_catalog.pg_index, pg_catalog.pg_depend, pg_catalog.pg_description, "
                    + "pg_catalog.pg_sequence, pg_catalog.pg_namespace, pg_catalog.pg_type");
        }
        return executes;
    }

    @Override
    public void close() throws SQLException {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void drop() throws SQLException {
        if (dropped) return;
        try (Connection c = connect(server); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
        }
        dropped = true;
    }

    private void dropQuietly() {
        try {
            drop();
        } catch (SQLException e) {
            System.err.println("could not drop benchmark database " + name() + ": " + e.getMessage());
        }
    }
}
