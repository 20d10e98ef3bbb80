package dev.schemactl.diff;

import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.H2Oracle;
import dev.schemactl.testing.oracle.MariaDbOracle;
import dev.schemactl.testing.oracle.SqliteOracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One real database of one engine, reused across many schemas: {@link #reset} empties it (PostgreSQL: a
 * fresh public schema; MariaDB: the database dropped and created again; H2: DROP ALL OBJECTS; SQLite: every
 * table dropped with foreign keys off), and {@link #check} runs the round trip empty → A → B → A through the
 * engine's renderer and inspector.
 *
 * <p>SQLite is driven as schemactl drives it: connected with schemactl's URL (foreign keys enforced), desired
 * schemas through {@link Engine#normalizeDesired}, and a plan applied as its migration runs — the
 * {@link TransactionEnvelope} statements ({@code PRAGMA foreign_keys=OFF/ON}) outside the transaction, the
 * changes' SQL (forward, or rollbacks in reverse) inside one.
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
        this.connection = kind == EngineKind.SQLITE
                ? DriverManager.getConnection(engine.connectUrl(db.url()))
                : db.connect();
        connection.setAutoCommit(true);
    }

    void reset() throws SQLException {
        List<String> sql = switch (kind) {
            case POSTGRESQL -> List.of("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
            case MARIADB -> List.of("DROP DATABASE " + db.url().database(), "CREATE DATABASE " + db.url().database(),
                    "USE " + db.url().database());
            case H2 -> List.of("DROP ALL OBJECTS");
            case SQLITE -> sqliteReset();
        };
        try (Statement st = connection.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }

    /** Every table dropped with foreign keys off (which a failed step may have left off or inside a transaction). */
    private List<String> sqliteReset() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        List<String> sql = new ArrayList<>(List.of("PRAGMA foreign_keys=OFF"));
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) sql.add("DROP TABLE \"" + rs.getString(1).replace("\"", "\"\"") + "\"");
        }
        sql.add("PRAGMA foreign_keys=ON");
        return sql;
    }

    /** The schema schemactl would aim at: SQLite's normalization (its type spellings, no comments); as is elsewhere. */
    Schema desired(Schema s) {
        return kind == EngineKind.SQLITE ? engine.normalizeDesired(s) : s;
    }

    /**
     * Applies a plan forward, or rolls it back (the changes' rollbacks in reverse order), and returns the SQL run.
     * SQLite: the envelope outside the transaction, the changes inside one, as a generated migration runs them.
     */
    List<String> apply(String step, Plan plan, boolean forward) throws SQLException {
        if (kind != EngineKind.SQLITE) {
            List<String> sql = forward ? renderer.forward(plan) : renderer.rollback(plan);
            execute(step, sql);
            return sql;
        }
        TransactionEnvelope envelope = renderer.envelope(plan);
        List<RenderedChange> rendered = renderer.render(plan);
        List<String> changes = new ArrayList<>();
        if (forward) {
            for (RenderedChange r : rendered) changes.addAll(r.forward());
        } else {
            for (int i = rendered.size() - 1; i >= 0; i--) changes.addAll(rendered.get(i).rollback());
        }
        List<String> all = new ArrayList<>(envelope.before());
        all.addAll(changes);
        all.addAll(envelope.after());
        execute(step + " (before the transaction)", envelope.before());
        connection.setAutoCommit(false);
        try {
            execute(step, changes);
            connection.commit();
        } catch (RuntimeException | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        execute(step + " (after the transaction)", envelope.after());
        return all;
    }

    /** The database's URL (for tools such as pg_dump that judge it from outside). */
    dev.schemactl.config.DatabaseUrl url() {
        return db.url();
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
        a = desired(a);
        reset();
        List<String> up = apply("create A", differ.diff(Schema.EMPTY, a), true);
        assertLiveSchemaIs("after creating A", a, up);
        return up;
    }

    /**
     * One try of a property that creates A and checks that the inspector reads it back as {@code expected}, under this
     * lab's lock (see {@link #check}).
     */
    synchronized void createAndCheck(Schema a, Schema expected) throws SQLException {
        List<String> up = create(a);
        assertLiveSchemaIs("diff(inspect(A), A)", expected, up);
    }

    /**
     * empty → A, A → B (forward SQL of diff(A, B)), B → A (its rollback SQL), inspecting after each step. A whole try
     * holds this lab's lock: jqwik (1.9) shrinks a falsified property in a {@code CompletableFuture} and, when its time
     * bound (10 s) is reached, reports the best sample so far and leaves that future running, so an abandoned shrink
     * goes on running tries on this shared database while the next property's tries run. Without the lock one try's
     * reset ({@code DROP ALL OBJECTS}) could come between another's steps, which then saw tables of "an earlier try".
     */
    synchronized void check(Schema a, Schema b) throws SQLException {
        a = desired(a);
        b = desired(b);
        create(a);
        String oracleA = oracle();
        Plan ab = differ.diff(a, b);
        List<String> forward = apply("A -> B", ab, true);
        assertLiveSchemaIs("after A -> B", b, forward);
        String oracleAB = oracle();
        List<String> rollback = apply("rollback B -> A", ab, false);
        assertLiveSchemaIs("after rolling back to A", a, rollback);
        if (oracleA == null) return;
        assertOracleEquals("after rolling back to A (oracle: A as created)", oracleA, oracle(), rollback);
        // columns that stay are never moved: column order counts against B only when B keeps theirs
        boolean ordered = keepsColumnOrder(a, b);
        String oracleABAsCompared = ordered ? oracleAB : oracleSorted(oracleAB);
        List<String> createB = create(b);
        assertOracleEquals("after A -> B (oracle: B as created from nothing)", ordered ? oracle() : oracleSorted(oracle()),
                oracleABAsCompared, forward);
        if (createB.isEmpty() && !b.tables().isEmpty()) throw new AssertionError("B was not created");
    }

    /**
     * What the engine itself says the database holds, without schemactl's inspector (MariaDB: SHOW CREATE TABLE via
     * {@link MariaDbOracle}, columns in order; SQLite: sqlite_schema and PRAGMAs via {@link SqliteOracle}; H2: INFORMATION_SCHEMA
     * via {@link H2Oracle}); null on PostgreSQL, which {@link PostgresOracleRoundTripPropertiesTest} judges with pg_dump.
     */
    String oracle() throws SQLException {
        return switch (kind) {
            case MARIADB -> MariaDbOracle.describeStrict(connection); // column order too: MariaDB places columns
            case SQLITE -> SqliteOracle.describe(connection);
            case H2 -> H2Oracle.describe(connection);
            default -> null;
        };
    }

    /** The oracle's text with each table's column lines sorted (MariaDB; other engines' as they are). */
    private String oracleSorted(String text) {
        if (kind != EngineKind.MARIADB) return text;
        StringBuilder b = new StringBuilder();
        for (String block : text.split("\n\n")) {
            b.append(block.startsWith("CREATE TABLE") ? MariaDbOracle.normalizeTable(block, false) : block).append("\n\n");
        }
        return b.toString();
    }

    /** True when every column of A that B still has (same table, same name) keeps its order relative to the others. */
    static boolean keepsColumnOrder(Schema a, Schema b) {
        for (dev.schemactl.schema.Table t : b.tables()) {
            var before = a.table(t.name()).orElse(null);
            if (before == null) continue;
            List<String> now = t.columns().stream().map(dev.schemactl.schema.Column::name).toList();
            List<String> kept = before.columns().stream().map(dev.schemactl.schema.Column::name).filter(now::contains).toList();
            if (!now.stream().filter(kept::contains).toList().equals(kept)) return false;
        }
        return true;
    }

    private void assertOracleEquals(String step, String expected, String actual, List<String> applied) {
        if (expected.equals(actual)) return;
        throw new AssertionError(kind + " " + step + ": the catalog differs\n  expected:\n" + expected + "\n  actual:\n" + actual
                + "\n  SQL applied:\n    " + String.join(";\n    ", applied));
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
