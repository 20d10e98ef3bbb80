package dev.schemactl.engine.h2;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.CorpusRoundTrip;
import dev.schemactl.testing.oracle.CorpusRun;
import dev.schemactl.testing.oracle.H2Oracle;
import org.junit.jupiter.api.AfterAll;
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
 * The H2 fidelity corpus ({@code src/test/resources/fidelity/h2}), run like the MariaDB one: A and B loaded into two
 * H2 files, {@code schemactl new --to-url B} (with the pair's rename hints), {@code migrate}, compare with B through
 * {@link H2Oracle} (INFORMATION_SCHEMA, no schemactl code), {@code rollback}, compare with A, rows kept. It guards
 * H2's case folding: unquoted names fold to upper case, quoted mixed-case names are other objects.
 */
class H2FidelityCorpusTest {

    private static final CorpusRun CORPUS = new CorpusRun();

    @AfterAll
    static void summary() {
        CORPUS.summarize("H2", "fidelity-h2.txt");
    }

    @TestFactory
    Stream<DynamicTest> everyPairMigratesToBAndRollsBackToA() {
        return CORPUS.tests("fidelity/h2", pair -> () -> run(pair));
    }

    /**
     * Runs one pair on two new H2 files; returns a note on column order (empty when it holds too). Files reused across
     * pairs (DROP ALL OBJECTS between them) made about one run in five fail: a pair's `migrate` found an earlier pair's
     * tables and tracking row in the work file. Not explained yet; each pair now starts from files of its own.
     */
    static String run(CorpusPair pair) throws Exception {
        try (TestDatabase work = TestDatabase.create(EngineKind.H2); TestDatabase reference = TestDatabase.create(EngineKind.H2)) {
            CorpusRoundTrip.execute(work, pair.a(), pair.name() + "/a.sql");
            CorpusRoundTrip.execute(reference, pair.b(), pair.name() + "/b.sql");
            CorpusRoundTrip.execute(work, pair.data(), pair.name() + "/data.sql");
            return new CorpusRoundTrip(work, reference, H2Oracle::describe, H2FidelityCorpusTest::rowCounts, null).run(pair);
        }
    }

    /** Rows per base table of every schema (tracking tables left out). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                if (!rs.getString(2).toLowerCase().startsWith("schema_migrations")) tables.add(quoted(rs.getString(1)) + "." + quoted(rs.getString(2)));
            }
        }
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
