package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.CorpusRoundTrip;
import dev.schemactl.testing.oracle.CorpusRun;
import dev.schemactl.testing.oracle.MariaDbOracle;
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
 * The MariaDB fidelity corpus ({@code src/test/resources/fidelity/mariadb}), run as a new user would: A is loaded
 * into one database, B into another; {@code schemactl new --to-url B} writes the migration (with the pair's rename
 * hints), {@code migrate} applies it, and the database must equal B in {@link MariaDbOracle}'s eyes (SHOW CREATE
 * TABLE, normalized, no schemactl code); {@code rollback} must bring back A the same way, with every row still there
 * and the pair's data expectations met. Column order counts both ways ({@link MariaDbOracle#describeStrict}): reviewers
 * read SHOW CREATE TABLE, and MariaDB can place an added or re-added column. So does key order in a table the
 * migration creates (or its rollback creates again): it lists its keys as B (A) does ({@link MariaDbOracle#keyOrder}).
 * The summary (N of M) goes to
 * stdout and {@code target/fidelity-mariadb.txt}; {@code -Dcorpus.only=REGEX} runs the pairs whose name it is found in.
 */
class MariaDbFidelityCorpusTest {

    private static TestDatabase work;
    private static TestDatabase reference;
    private static final CorpusRun CORPUS = new CorpusRun();

    @BeforeAll
    static void databases() {
        work = TestDatabase.create(EngineKind.MARIADB);
        reference = TestDatabase.create(EngineKind.MARIADB);
    }

    @AfterAll
    static void summary() {
        CORPUS.summarize("MariaDB", "fidelity-mariadb.txt");
        if (work != null) work.close();
        if (reference != null) reference.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPairMigratesToBAndRollsBackToA() {
        return CORPUS.tests("fidelity/mariadb", pair -> () -> run(pair));
    }

    /** Runs one pair; returns a note on column order (empty when it holds too). */
    static String run(CorpusPair pair) throws Exception {
        reset(work);
        reset(reference);
        CorpusRoundTrip.execute(work, pair.a(), pair.name() + "/a.sql");
        CorpusRoundTrip.execute(reference, pair.b(), pair.name() + "/b.sql");
        CorpusRoundTrip.execute(work, pair.data(), pair.name() + "/data.sql");
        return new CorpusRoundTrip(work, reference, MariaDbOracle::describeStrict, MariaDbFidelityCorpusTest::rowCounts,
                null, MariaDbOracle::keyOrder).run(pair);
    }

    static void reset(TestDatabase db) throws SQLException {
        String name = db.url().database();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE " + name);
            st.execute("CREATE DATABASE " + name);
        }
    }

    /** Rows per base table of the current database (tracking tables left out). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
            while (rs.next()) if (!rs.getString(1).startsWith("schema_migrations")) tables.add(rs.getString(1));
        }
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + t.replace("`", "``") + "`")) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }
}
