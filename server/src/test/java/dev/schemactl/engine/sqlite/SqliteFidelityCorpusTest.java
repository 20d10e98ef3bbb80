package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.CorpusRoundTrip;
import dev.schemactl.testing.oracle.CorpusRun;
import dev.schemactl.testing.oracle.SqliteOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SQLite fidelity corpus ({@code src/test/resources/fidelity/sqlite}), run like the MariaDB one
 * ({@code SqliteFidelityCorpusTest}): A and B loaded into two database files, {@code schemactl new --to-url B}
 * (with the pair's rename hints), {@code migrate}, compare with B through {@link SqliteOracle} (sqlite_schema and
 * PRAGMAs, no schemactl code), {@code rollback}, compare with A, rows kept. Column order is not compared.
 */
class SqliteFidelityCorpusTest {

    private static TestDatabase work;
    private static TestDatabase reference;
    private static final CorpusRun CORPUS = new CorpusRun();

    @BeforeAll
    static void databases() {
        work = TestDatabase.create(EngineKind.SQLITE);
        reference = TestDatabase.create(EngineKind.SQLITE);
    }

    @AfterAll
    static void summary() {
        CORPUS.summarize("SQLite", "fidelity-sqlite.txt");
        if (work != null) work.close();
        if (reference != null) reference.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPairMigratesToBAndRollsBackToA() {
        return CORPUS.tests("fidelity/sqlite", pair -> () -> run(pair));
    }

    /** Runs one pair; returns a note on column order (empty when it holds too). */
    static String run(CorpusPair pair) throws Exception {
        reset(work);
        reset(reference);
        CorpusRoundTrip.execute(work, pair.a(), pair.name() + "/a.sql");
        CorpusRoundTrip.execute(reference, pair.b(), pair.name() + "/b.sql");
        CorpusRoundTrip.execute(work, pair.data(), pair.name() + "/data.sql");
        return new CorpusRoundTrip(work, reference, SqliteOracle::describe, SqliteFidelityCorpusTest::rowCounts, SqliteFidelityCorpusTest::columnOrder).run(pair);
    }

    /** Every table, view and trigger dropped, with foreign keys off. */
    static void reset(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys=OFF");
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                    + " AND type IN ('table', 'view', 'trigger')")) {
                while (rs.next()) objects.add(new String[]{rs.getString(1), rs.getString(2)});
            }
            for (String[] o : objects) st.execute("DROP " + o[0].toUpperCase() + " IF EXISTS \"" + o[1].replace("\"", "\"\"") + "\"");
            st.execute("PRAGMA foreign_keys=ON");
        }
    }

    static String columnOrder(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (String t : rowCounts(c).keySet()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" WHERE 1 = 0")) {
                b.append(t).append(':');
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) b.append(' ').append(rs.getMetaData().getColumnName(i));
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Rows per base table of the current database (tracking tables left out). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) if (!rs.getString(1).startsWith("schema_migrations")) tables.add(rs.getString(1));
        }
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }
}
