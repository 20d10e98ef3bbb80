package dev.schemactl.engine.postgres;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * `dump` round-trips on every schema of the PostgreSQL fidelity corpus: each pair's B is loaded, dumped by schemactl
 * (`dump --schema-file`), the file loaded into an empty database by `load`, and pg_dump of the copy must equal pg_dump
 * of the original ({@link PostgresCatalogOracle}): managed and unmanaged objects alike. A pair whose round trip is a
 * known gap ({@code known-gap.txt}, {@link PostgresCorpusTest#KNOWN_GAPS}) must still fail here: what the model does
 * not carry, the dump does not write; unless its {@code dump-holds.txt} says the gap is in the plan only. A pair whose B
 * needs objects of an unmanaged schema says so in {@code dump-out-of-scope.txt} and is not dumped alone. Found when
 * written: composite and range types were left out of the dump.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDumpCorpusTest {

    private TestDatabase source;
    private TestDatabase copy;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final List<String> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    void open() {
        source = TestDatabase.create(EngineKind.POSTGRESQL);
        copy = TestDatabase.create(EngineKind.POSTGRESQL);
    }

    @AfterAll
    void close() {
        System.err.println("PostgreSQL dump corpus: " + passed.get() + " of " + total.get() + " schemas round-trip"
                + (skipped.isEmpty() ? "" : "; not dumped alone: " + String.join("; ", skipped)));
        source.close();
        copy.close();
    }

    @TestFactory
    Stream<DynamicTest> dumpThenLoadReproducesB() throws Exception {
        Path root = Path.of(getClass().getResource("/fidelity/postgres").toURI());
        String only = System.getProperty("corpus.only");
        List<Path> pairs;
        try (Stream<Path> s = Files.list(root)) {
            // a regex found in the pair's name, as PostgresCorpusTest and PostgresCliCorpusTest take it
            pairs = s.filter(Files::isDirectory)
                    .filter(p -> only == null || java.util.regex.Pattern.compile(only).matcher(p.getFileName().toString()).find()).sorted().toList();
        }
        return pairs.stream().map(pair -> DynamicTest.dynamicTest(pair.getFileName().toString(), () -> {
            total.incrementAndGet();
            String name = pair.getFileName().toString();
            if (Files.exists(pair.resolve("dump-out-of-scope.txt"))) {
                // B needs objects of a schema schemactl does not manage (a sequence, a function): a dump of the managed
                // schemas cannot load alone, as `pg_dump -n public` cannot; the file says which, and so must the dump
                checkNamesWhatItNeeds(pair);
                skipped.add(name + ": " + Files.readString(pair.resolve("dump-out-of-scope.txt")).strip());
                return;
            }
            boolean planGapOnly = Files.exists(pair.resolve("dump-holds.txt")); // the gap is in the plan, not the model
            if (!planGapOnly && (PostgresCorpusTest.KNOWN_GAPS.containsKey(name) || Files.exists(pair.resolve("known-gap.txt")))) {
                // what the model does not carry is lost by the dump too: still failing, or the gap is closed
                assertThatThrownBy(() -> check(pair)).as("%s round-trips now: is its gap closed?", name).isNotNull();
                return;
            }
            check(pair);
            passed.incrementAndGet();
        }));
    }

    /**
     * The dump's header names every object of {@code dump-needs.txt} (one a line, as the header spells it: kind, name
     * and what uses it), and the dump, loaded where those objects exist, fails for nothing else.
     */
    private void checkNamesWhatItNeeds(Path pair) throws Exception {
        Path work = dumpB(pair);
        String file = Files.readString(work.resolve("schema.sql"));
        String header = file.lines().filter(l -> l.startsWith("-- needs, outside the managed schemas")).findFirst().orElse("");
        assertThat(header).as("the dump names what it needs outside the managed schemas\n" + file).isNotEmpty();
        Path needs = pair.resolve("dump-needs.txt");
        if (Files.exists(needs)) {
            for (String need : Files.readAllLines(needs).stream().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                assertThat(header).contains(need);
            }
        }
    }

    /** Loads B into the source database and dumps it through the CLI into a project folder, returned. */
    private Path dumpB(Path pair) throws Exception {
        reset(source);
        reset(copy);
        List<String> schemas = schemas(pair);
        try (Connection c = source.connect(); Statement st = c.createStatement()) {
            st.execute(Files.readString(pair.resolve("b.sql")));
        }
        Path work = Files.createDirectories(dir.resolve(pair.getFileName().toString()));
        if (!schemas.isEmpty()) Files.writeString(work.resolve("schemactl.yaml"), "schemas: [" + String.join(", ", schemas) + "]\n");
        Cli.Run dump = new Cli(work).env("DATABASE_URL", source.urlText()).run("dump", "--schema-file", "schema.sql");
        assertThat(dump.exit()).as(dump.all()).isZero();
        return work;
    }

    private static List<String> schemas(Path pair) throws java.io.IOException {
        Path scope = pair.resolve("schemas");
        return Files.exists(scope)
                ? Files.readAllLines(scope).stream().map(String::strip).filter(l -> !l.isEmpty()).toList() : List.of();
    }

    private void check(Path pair) throws Exception {
        List<String> schemas = schemas(pair);
        Path work = dumpB(pair);
        String file = Files.readString(work.resolve("schema.sql"));
        Cli.Run load = new Cli(work).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
        assertThat(load.exit()).as(load.all() + "\n" + file).isZero();
        assertThat(PostgresCatalogOracle.dump(copy.url(), schemas)).as("pg_dump of the loaded dump equals B's\n" + file)
                .isEqualTo(PostgresCatalogOracle.dumpOfLoaded(source.url(), schemas, Files.readString(pair.resolve("b.sql"))));
    }

    private static void reset(TestDatabase db) throws SQLException {
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
}
