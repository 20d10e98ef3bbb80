package dev.schemactl.engine.h2;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.CorpusRun;
import dev.schemactl.testing.oracle.H2Oracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 fidelity corpus ({@code src/test/resources/fidelity/h2}), run like the MariaDB one: A and B loaded into two
 * H2 files, {@code schemactl new --to-url B} (with the pair's rename hints), {@code migrate}, compare with B through
 * {@link H2Oracle} (INFORMATION_SCHEMA, no schemactl code), {@code rollback}, compare with A, rows kept. It guards
 * H2's case folding: unquoted names fold to upper case, quoted mixed-case names are other objects.
 */
class H2FidelityCorpusTest {

    private static TestDatabase work;
    private static TestDatabase reference;
    private static final CorpusRun CORPUS = new CorpusRun();

    @BeforeAll
    static void databases() {
        work = TestDatabase.create(EngineKind.H2);
        reference = TestDatabase.create(EngineKind.H2);
    }

    @AfterAll
    static void summary() {
        CORPUS.summarize("H2", "fidelity-h2.txt");
        if (work != null) work.close();
        if (reference != null) reference.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPairMigratesToBAndRollsBackToA() {
        return CORPUS.tests("fidelity/h2", pair -> () -> run(pair));
    }

    static String run(CorpusPair pair) throws Exception {
        reset(work);
        reset(reference);
        execute(work, pair.a(), pair.name() + "/a.sql");
        execute(reference, pair.b(), pair.name() + "/b.sql");
        execute(work, pair.data(), pair.name() + "/data.sql");
        String oracleA;
        Map<String, Long> rowsA;
        String oracleB;
        try (Connection c = work.connect()) {
            oracleA = H2Oracle.describe(c);
            rowsA = rowCounts(c);
        }
        try (Connection c = reference.connect()) {
            oracleB = H2Oracle.describe(c);
        }
        assertThat(oracleA).as("A and B must differ").isNotEqualTo(oracleB);

        Path project = Files.createTempDirectory("schemactl-corpus-");
        Files.createDirectories(project.resolve("migrations/versions"));
        Path policy = project.resolve("allow.yaml");
        Files.writeString(policy, "version: 1\nrules:\n  - match: {}\n    action: allow\n    reason: corpus\ndefault: allow\n");
        Cli cli = new Cli(project).env("DATABASE_URL", work.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");

        List<String> generate = new ArrayList<>(List.of("new", "-m", "corpus", "--to-url", reference.urlText(), "--no-verify", "--drop-extra"));
        for (String r : pair.columnRenames()) generate.addAll(List.of("--rename", r));
        for (String r : pair.tableRenames()) generate.addAll(List.of("--rename-table", r));
        Cli.Run made = cli.run(generate.toArray(String[]::new));
        assertThat(made.exit()).as("new: " + made.all()).isZero();
        String migration = readMigration(project);

        Cli.Run up = cli.run("migrate", "--policy", policy.toString());
        assertThat(up.exit()).as("migrate: " + up.all() + "\n" + migration).isZero();
        try (Connection c = work.connect()) {
            assertThat(H2Oracle.describe(c)).as("after A -> B (oracle)\n" + migration).isEqualTo(oracleB);
            for (String query : pair.expectations()) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                    assertThat(rs.next() && rs.getBoolean(1)).as("after A -> B, data expectation: " + query + "\n" + migration).isTrue();
                }
            }
        }

        Cli.Run down = cli.run("rollback", "--policy", policy.toString());
        assertThat(down.exit()).as("rollback: " + down.all() + "\n" + migration).isZero();
        try (Connection c = work.connect()) {
            assertThat(H2Oracle.describe(c)).as("after rolling back to A (oracle)\n" + migration).isEqualTo(oracleA);
            assertThat(rowCounts(c)).as("rows after the rollback").isEqualTo(rowsA);
        }
        return "";
    }

    private static String readMigration(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            return b.toString();
        }
    }

    static void reset(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
    }

    static void execute(TestDatabase db, List<String> statements, String what) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(what + ": " + sql + " -> " + e.getMessage(), e);
                }
            }
        }
    }

    /** Rows per base table of PUBLIC (tracking tables left out). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) if (!rs.getString(1).toLowerCase().startsWith("schema_migrations")) tables.add(rs.getString(1));
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
