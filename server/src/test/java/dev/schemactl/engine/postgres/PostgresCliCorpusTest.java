package dev.schemactl.engine.postgres;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL fidelity corpus run as a user runs it, through the CLI: {@code new --to-url B --drop-extra} (with the
 * pair's renames as {@code --rename}) writes the migration in the form `new` writes by default (safe SQL:
 * CREATE INDEX CONCURRENTLY in its own changeset, NOT VALID + VALIDATE, lock_timeout, the unmanaged prerequisites and
 * children), {@code migrate} applies it through Liquibase, pg_dump must equal B's; {@code rollback} must bring pg_dump
 * back to A's. {@link PostgresCorpusTest} judges the engine's plain rendering in one transaction; this one judges what
 * lands in a migration file, which is what reviewers run. Pairs with a {@code refused} file must make {@code new}
 * fail with that message; {@code known-gap.txt} pairs are skipped here (they are asserted to fail there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCliCorpusTest {
    private TestDatabase work;
    private TestDatabase reference;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    @BeforeAll
    void open() {
        work = TestDatabase.create(EngineKind.POSTGRESQL);
        reference = TestDatabase.create(EngineKind.POSTGRESQL);
    }

    @AfterAll
    void close() {
        System.err.println("PostgreSQL fidelity corpus through the CLI: " + passed.get() + " of " + total.get() + " pairs hold");
        work.close();
        reference.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPairThroughNewMigrateAndRollback() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/fidelity/postgres").toURI());
        List<Path> pairs;
        try (Stream<Path> dirs = Files.list(root)) {
            String only = System.getProperty("corpus.only");
            pairs = dirs.filter(Files::isDirectory).filter(d -> !Files.exists(d.resolve("known-gap.txt")))
                    .filter(d -> only == null || java.util.regex.Pattern.compile(only).matcher(d.getFileName().toString()).find())
                    .sorted().toList();
        }
        return pairs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            total.incrementAndGet();
            check(dir);
            passed.incrementAndGet();
        }));
    }

    private void check(Path dir) throws Exception {
        try (Connection w = work.connect(); Connection r = reference.connect()) {
            PostgresCorpusTest.reset(w);
            PostgresCorpusTest.reset(r);
            PostgresCorpusTest.run(w, PostgresCorpusTest.read(dir, "a.sql"), "loading a.sql");
            PostgresCorpusTest.run(r, PostgresCorpusTest.read(dir, "b.sql"), "loading b.sql");
            PostgresCorpusTest.run(w, PostgresCorpusTest.read(dir, "data.sql"), "loading data.sql");
        }
        String scope = PostgresCorpusTest.read(dir, "schemas");
        List<String> schemas = scope == null ? List.of() : scope.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> oracleA = withoutTracking(PostgresCatalogOracle.dumpOfLoaded(work.url(), schemas,
                PostgresCorpusTest.read(dir, "a.sql"), PostgresCorpusTest.read(dir, "data.sql")));
        List<String> oracleB = withoutTracking(PostgresCatalogOracle.dumpOfLoaded(reference.url(), schemas,
                PostgresCorpusTest.read(dir, "b.sql")));

        Path project = Files.createTempDirectory("schemactl-pgcorpus-");
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        StringBuilder config = new StringBuilder("policy: allow.yaml\n");
        if (!schemas.isEmpty()) {
            config.append("schemas: [").append(String.join(", ", schemas.stream().map(s -> "'" + s.replace("'", "''") + "'").toList())).append("]\n");
        }
        Files.writeString(project.resolve("schemactl.yaml"), config);
        Cli cli = new Cli(project).env("DATABASE_URL", work.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");

        List<String> generate = new ArrayList<>(List.of("new", "-m", "corpus", "--to-url", reference.urlText(), "--no-verify", "--drop-extra", "--allow-drop-all"));
        String renames = PostgresCorpusTest.read(dir, "renames");
        if (renames != null) {
            renames.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(r -> generate.addAll(List.of("--rename", r)));
        }
        Cli.Run made = cli.run(generate.toArray(String[]::new));
        String refused = PostgresCorpusTest.read(dir, "refused");
        if (refused != null) {
            assertThat(made.exit()).as("new refuses: " + made.all()).isNotZero();
            assertThat(made.all()).contains(refused.strip());
            return;
        }
        assertThat(made.exit()).as("new: " + made.all()).isZero();
        String migration = migrations(project);

        Cli.Run up = cli.run("migrate");
        String fails = PostgresCorpusTest.read(dir, "apply-fails");
        if (fails != null) {
            assertThat(up.exit()).as("migrate fails: " + up.all() + "\n" + migration).isNotZero();
            assertThat(up.all()).contains(fails.strip());
            assertThat(oracle(work, schemas)).as("pg_dump after the failure equals A's\n" + migration).isEqualTo(oracleA);
            return;
        }
        assertThat(up.exit()).as("migrate: " + up.all() + "\n" + migration).isZero();
        assertThat(oracle(work, schemas)).as("pg_dump after A→B equals B's\n" + migration).isEqualTo(oracleB);
        String verify = PostgresCorpusTest.read(dir, "verify.sql");
        if (verify != null) {
            try (Connection c = work.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(verify)) {
                assertThat(rs.next() && rs.getBoolean(1)).as("verify.sql after A→B (data kept)\n" + migration).isTrue();
            }
        }
        Cli.Run down = cli.run("rollback");
        assertThat(down.exit()).as("rollback: " + down.all() + "\n" + migration).isZero();
        assertThat(oracle(work, schemas)).as("pg_dump after the rollback equals A's\n" + migration).isEqualTo(oracleA);
    }

    /** pg_dump of the pair's schemas without schemactl's own tracking tables. */
    private static List<String> oracle(TestDatabase db, List<String> schemas) {
        return withoutTracking(PostgresCatalogOracle.dump(db.url(), schemas));
    }

    private static List<String> withoutTracking(List<String> dump) {
        return dump.stream().filter(s -> !s.contains("schema_migrations")).toList();
    }

    private static String migrations(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            return b.toString();
        }
    }
}
