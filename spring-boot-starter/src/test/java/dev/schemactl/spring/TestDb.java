package dev.schemactl.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A uniquely named, empty database for one test, read back with plain JDBC (not schemactl's inspector): an H2
 * in-memory database, or a database on the PostgreSQL server at 127.0.0.1:5432 (dropped on close).
 */
final class TestDb implements AutoCloseable {
    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    final String engine;
    final String name;

    private TestDb(String engine, String name) {
        this.engine = engine;
        this.name = name;
    }

    static TestDb create(String engine) throws SQLException {
        String name = "sct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (engine.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
        }
        return new TestDb(engine, name);
    }

    /** What the application's spring.datasource.url is. */
    String jdbcUrl() {
        return engine.equals("postgresql") ? PG_SERVER + name : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    String user() {
        return engine.equals("postgresql") ? "postgres" : "sa";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), "");
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = '"
                     + table + "' AND lower(table_schema) = 'public'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    long count(String table) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The changeset ids in the tracking table, in the order they ran; empty when there is no tracking table. */
    List<String> appliedChangesets() throws SQLException {
        return appliedChangesets("schema_migrations");
    }

    /** The changeset ids in the tracking table {@code table}, in the order they ran; empty when there is none. */
    List<String> appliedChangesets(String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (!tableExists(table)) return ids;
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM " + table + " ORDER BY orderexecuted")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        return ids;
    }

    @Override
    public void close() throws SQLException {
        if (engine.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } else {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }
}
