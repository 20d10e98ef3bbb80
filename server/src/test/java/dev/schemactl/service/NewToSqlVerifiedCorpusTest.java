package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.postgres.PostgresCatalogOracle;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.MariaDbOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path a new user takes, kept honest in CI: a handful of representative corpus pairs of PostgreSQL and MariaDB
 * run through {@code new --to-sql b.sql} WITHOUT {@code --no-verify} (the desired schema loaded from the file into a
 * shadow, the written migration's rollback checked on another shadow), then {@code migrate} and {@code rollback},
 * each judged by the engine's oracle (pg_dump, SHOW CREATE TABLE). {@code new} must say "rollback verified" and never
 * "NOT verified" for these pairs: each is known to round-trip, so a warning would be false. Among them 662 (a default
 * uses a sequence and a function of a schema outside {@code schemas:}), 980 (columns of an enum and a domain type
 * there, a default calling an overloaded function there) and 255 (an Aria table, rebuilt), all once false warnings. The full corpora run with {@code --no-verify} elsewhere; this is the light guard of the check itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewToSqlVerifiedCorpusTest {
    private static final List<String> POSTGRES = List.of("026", "101", "201", "348", "601", "662", "830", "980");
    private static final List<String> MARIADB = List.of("001", "076", "224", "255", "380", "519", "569", "646", "700");

    private TestDatabase pgWork;
    private TestDatabase pgReference;
    private TestDatabase mariaWork;
    private TestDatabase mariaReference;

    @BeforeAll
    void open() {
        pgWork = TestDatabase.create(EngineKind.POSTGRESQL);
        pgReference = TestDatabase.create(EngineKind.POSTGRESQL);
        mariaWork = TestDatabase.create(EngineKind.MARIADB);
        mariaReference = TestDatabase.create(EngineKind.MARIADB);
    }

    @AfterAll
    void close() {
        for (TestDatabase db : new TestDatabase[]{pgWork, pgReference, mariaWork, mariaReference}) {
            if (db != null) db.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> postgresPairsAreVerifiedThroughNewToSql() {
        return pairs("fidelity/postgres", POSTGRES).map(p -> DynamicTest.dynamicTest(p.name(), () -> postgres(p)));
    }

    @TestFactory
    Stream<DynamicTest> mariaDbPairsAreVerifiedThroughNewToSql() {
        return pairs("fidelity/mariadb", MARIADB).map(p -> DynamicTest.dynamicTest(p.name(), () -> mariaDb(p)));
    }

    /**
     * The shadow takes what the migration needs outside the managed schemas from the live database, never from the
     * desired file: when the live database lacks it, `up` would fail, and `new` must still warn.
     */
    @Test
    void anOutsideObjectTheLiveDatabaseLacksStillWarns() throws Exception {
        resetPostgres(pgWork);
        execute(pgWork, "CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)");
        Path project = project(List.of());
        Files.writeString(project.resolve("b.sql"), """
                CREATE SCHEMA util;
                CREATE SEQUENCE util.invoice_no START 1000;
                CREATE TABLE invoices (id integer PRIMARY KEY, total numeric, number bigint NOT NULL DEFAULT nextval('util.invoice_no'));
                """);
        Cli.Run made = cli(project, pgWork).run("new", "-m", "corpus", "--to-sql", "b.sql");
        assertThat(made.exit()).as(made.all()).isZero();
        assertThat(made.all()).contains("rollback NOT verified").contains("\"util\"");
    }

    private void postgres(CorpusPair pair) throws Exception {
        resetPostgres(pgWork);
        resetPostgres(pgReference);
        execute(pgWork, read(pair, "a.sql"));
        execute(pgReference, read(pair, "b.sql"));
        execute(pgWork, read(pair, "data.sql"));
        List<String> schemas = pair.schemas();
        List<String> oracleA = pgDump(pgWork, schemas);
        List<String> oracleB = pgDump(pgReference, schemas);
        Path project = project(schemas);
        Files.copy(pair.dir().resolve("b.sql"), project.resolve("b.sql"));
        List<String> generate = new ArrayList<>(List.of("new", "-m", "corpus", "--to-sql", "b.sql", "--drop-extra"));
        String renames = read(pair, "renames");
        if (renames != null) {
            renames.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(r -> generate.addAll(List.of("--rename", r)));
        }
        Cli cli = cli(project, pgWork);
        String migration = newVerified(cli, project, generate);
        Cli.Run up = cli.run("migrate");
        assertThat(up.exit()).as("migrate: " + up.all() + "\n" + migration).isZero();
        assertThat(pgDump(pgWork, schemas)).as("pg_dump after A→B equals B's\n" + migration).isEqualTo(oracleB);
        Cli.Run down = cli.run("rollback");
        assertThat(down.exit()).as("rollback: " + down.all() + "\n" + migration).isZero();
        assertThat(pgDump(pgWork, schemas)).as("pg_dump after the rollback equals A's\n" + migration).isEqualTo(oracleA);
    }

    private void mariaDb(CorpusPair pair) throws Exception {
        resetMariaDb(mariaWork);
        resetMariaDb(mariaReference);
        for (String s : pair.a()) execute(mariaWork, s);
        for (String s : pair.b()) execute(mariaReference, s);
        for (String s : pair.data()) execute(mariaWork, s);
        String oracleA;
        String oracleB;
        try (Connection c = mariaWork.connect()) {
            oracleA = MariaDbOracle.describeStrict(c);
        }
        try (Connection c = mariaReference.connect()) {
            oracleB = MariaDbOracle.describeStrict(c);
        }
        Path project = project(pair.schemas());
        Files.copy(pair.dir().resolve("b.sql"), project.resolve("b.sql"));
        List<String> generate = new ArrayList<>(List.of("new", "-m", "corpus", "--to-sql", "b.sql", "--drop-extra"));
        for (String r : pair.columnRenames()) generate.addAll(List.of("--rename", r));
        for (String r : pair.tableRenames()) generate.addAll(List.of("--rename-table", r));
        Cli cli = cli(project, mariaWork);
        String migration = newVerified(cli, project, generate);
        Cli.Run up = cli.run("migrate");
        assertThat(up.exit()).as("migrate: " + up.all() + "\n" + migration).isZero();
        try (Connection c = mariaWork.connect()) {
            assertThat(MariaDbOracle.describeStrict(c)).as("SHOW CREATE TABLE after A→B equals B's\n" + migration).isEqualTo(oracleB);
        }
        Cli.Run down = cli.run("rollback");
        assertThat(down.exit()).as("rollback: " + down.all() + "\n" + migration).isZero();
        try (Connection c = mariaWork.connect()) {
            assertThat(MariaDbOracle.describeStrict(c)).as("SHOW CREATE TABLE after the rollback equals A's\n" + migration).isEqualTo(oracleA);
        }
    }

    /** Runs `new` (with the rollback check) and returns the migration it wrote; it must say the rollback is verified. */
    private static String newVerified(Cli cli, Path project, List<String> generate) throws Exception {
        Cli.Run made = cli.run(generate.toArray(String[]::new));
        assertThat(made.exit()).as("new: " + made.all()).isZero();
        String migration;
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            migration = b.toString();
        }
        assertThat(made.all()).as("new says the rollback is verified\n" + migration)
                .contains("rollback verified").doesNotContain("NOT verified").doesNotContain("not verified");
        return migration;
    }

    private static Stream<CorpusPair> pairs(String folder, List<String> numbers) {
        List<CorpusPair> all = CorpusPair.under(folder);
        List<CorpusPair> chosen = all.stream().filter(p -> numbers.contains(p.number())).toList();
        assertThat(chosen).as("the chosen pairs of " + folder).hasSize(numbers.size());
        return chosen.stream();
    }

    private static Path project(List<String> schemas) throws Exception {
        Path project = Files.createTempDirectory("schemactl-newtosql-");
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        StringBuilder config = new StringBuilder("policy: allow.yaml\n");
        if (!schemas.isEmpty()) {
            config.append("schemas: [").append(String.join(", ", schemas.stream()
                    .map(s -> "'" + s.replace("'", "''") + "'").toList())).append("]\n");
        }
        Files.writeString(project.resolve("schemactl.yaml"), config);
        return project;
    }

    private static Cli cli(Path project, TestDatabase db) {
        return new Cli(project).env("DATABASE_URL", db.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
    }

    private static String read(CorpusPair pair, String file) throws Exception {
        Path p = pair.dir().resolve(file);
        return Files.exists(p) ? Files.readString(p) : null;
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        if (sql == null || sql.isBlank()) return;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> pgDump(TestDatabase db, List<String> schemas) {
        return PostgresCatalogOracle.dump(db.url(), schemas).stream().filter(s -> !s.contains("schema_migrations")).toList();
    }

    /** Drops every schema (public and any other) and makes public again. */
    private static void resetPostgres(TestDatabase db) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT quote_ident(nspname) FROM pg_namespace"
                    + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            for (String schema : schemas) st.execute("DROP SCHEMA " + schema + " CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    private static void resetMariaDb(TestDatabase db) throws SQLException {
        String name = db.url().database();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE " + name);
            st.execute("CREATE DATABASE " + name);
        }
    }
}
