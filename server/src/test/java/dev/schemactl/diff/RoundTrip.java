package dev.schemactl.diff;

import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One real database of one engine, reused across many schemas: {@link #reset} empties it (PostgreSQL: a
 * fresh public schema; MariaDB: the database dropped and created again; H2: DROP ALL OBJECTS), and
 * {@link #check} runs the round trip empty → A → B → A through the engine's renderer and inspector.
 */
final class RoundTrip implements AutoCloseable {

    final EngineKind kind;
    final Engine engine;
    final SqlRenderer renderer;
    final Differ differ;
    private final TestDatabase db;
    private final Connection connection;

    RoundTrip(EngineKind kind) throws SQLException {
        this.kind = kind;
        this.engine = Engines.of(kind);
        this.renderer = engine.renderer();
        this.differ = engine.differ();
        this.db = TestDatabase.create(kind);
        this.connection = db.connect();
        connection.setAutoCommit(true);
    }

    void reset() throws SQLException {
        List<String> sql = switch (kind) {
            case POSTGRESQL -> List.of("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
            case MARIADB -> List.of("DROP DATABASE " + db.url().database(), "CREATE DATABASE " + db.url().database(),
                    "USE " + db.url().database());
            case H2 -> List.of("DROP ALL OBJECTS");
            case SQLITE -> throw new IllegalArgumentException("SQLite has its own round-trip test (SqliteRoundTripTest)");
        };
        try (Statement st = connection.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }

    Schema inspect() throws SQLException {
        return engine.inspector().inspect(connection);
    }

    /** Runs statements in order; a failure names the statement and everything that ran before it in this call. */
    void execute(String step, List<String> statements) {
        List<String> done = new ArrayList<>();
        for (String sql : statements) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
                done.add(sql);
            } catch (SQLException e) {
                throw new AssertionError(kind + " " + step + ": statement failed: " + sql + "\n  -> " + e.getMessage()
                        + "\n  after:\n    " + String.join(";\n    ", done), e);
            }
        }
    }

    /**
     * Fails unless the live schema is {@code expected} in the Differ's eyes (no changes either way) and has
     * the same tables and columns (names, types, nullability).
     */
    void assertLiveSchemaIs(String step, Schema expected, List<String> applied) throws SQLException {
        Schema live = inspect();
        Plan toExpected = differ.diff(live, expected);
        Plan fromExpected = differ.diff(expected, live);
        boolean sameColumns = SchemaPairs.columnSets(live).equals(SchemaPairs.columnSets(expected));
        if (toExpected.isEmpty() && fromExpected.isEmpty() && sameColumns) return;
        throw new AssertionError(kind + " " + step + ": the live schema differs from the expected one"
                + "\n  diff(live, expected): " + describe(toExpected)
                + "\n  diff(expected, live): " + describe(fromExpected)
                + "\n  live columns:     " + SchemaPairs.columnSets(live)
                + "\n  expected columns: " + SchemaPairs.columnSets(expected)
                + "\n  live:     " + SchemaCode.of(live)
                + "\n  SQL applied:\n    " + String.join(";\n    ", applied));
    }

    private static String describe(Plan plan) {
        return plan.changes().stream().map(Change::describe).collect(Collectors.joining("; ", "[", "]"));
    }

    /** Creates A, checks it, inspects it (the inspector/differ idempotency), and returns the SQL that made it. */
    List<String> create(Schema a) throws SQLException {
        reset();
        List<String> up = renderer.forward(differ.diff(Schema.EMPTY, a));
        execute("create A", up);
        assertLiveSchemaIs("after creating A", a, up);
        return up;
    }

    /** empty → A, A → B (forward SQL of diff(A, B)), B → A (its rollback SQL), inspecting after each step. */
    void check(Schema a, Schema b) throws SQLException {
        create(a);
        Plan ab = differ.diff(a, b);
        List<String> forward = renderer.forward(ab);
        execute("A -> B", forward);
        assertLiveSchemaIs("after A -> B", b, forward);
        List<String> rollback = renderer.rollback(ab);
        execute("rollback B -> A", rollback);
        assertLiveSchemaIs("after rolling back to A", a, rollback);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            db.close();
        }
    }
}
