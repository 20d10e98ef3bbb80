package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only commands start no Liquibase, no Hibernate and no connection pool: each runs in its own JVM whose class
 * loading is logged, and the log must not name a class of those libraries. Status output stays what the full path
 * (Liquibase computing the checksums) prints, and the checksums cached for the next run are the ones Liquibase
 * recorded in the tracking table.
 */
class StartupClassesTest {
    private static final List<String> HEAVY = List.of("liquibase.", "org.hibernate.", "com.zaxxer.hikari.");
    /** Logging starts when something first logs: a help or a status has nothing to say (LogSetup, JulSetup). */
    private static final List<String> LOGGING = List.of("ch.qos.logback.", "org.slf4j.");

    @TempDir
    Path dir;

    private record ChildRun(Cli.Run run, List<String> classes) {
        List<String> heavyClasses() {
            return loaded(HEAVY);
        }

        List<String> loaded(List<String> prefixes) {
            return classes.stream().filter(c -> prefixes.stream().anyMatch(c::startsWith)).limit(5).toList();
        }
    }

    private ChildRun child(String url, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Cli cli = new Cli(dir).env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        if (url != null) cli.env("DATABASE_URL", url);
        Cli.Run run = Cli.finish(cli.start(List.of("-Xlog:class+load=info:file=" + log), args), 120);
        List<String> classes;
        try (Stream<String> lines = Files.lines(log)) {
            classes = lines.filter(l -> l.contains("[class,load]"))
                    .map(l -> l.replaceFirst(".*\\[class,load\\]\\s*", "").split(" ")[0]).distinct().toList();
        }
        return new ChildRun(run, classes);
    }

    private void widgets(EngineKind engine) throws IOException {
        MigrationFiles.write(dir, "20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;",
                "CREATE INDEX idx_widgets_name ON widgets (name);\n--rollback DROP INDEX idx_widgets_name;");
    }

    @Test
    void helpLoadsNoHeavyLibrary() throws Exception {
        ChildRun help = child(null, "--help");
        assertThat(help.run().exit()).as(help.run().all()).isZero();
        assertThat(help.run().out()).contains("Usage: schemactl").contains("status");
        assertThat(help.heavyClasses()).isEmpty();
        assertThat(help.loaded(LOGGING)).isEmpty();
    }

    @Test
    void statusOnH2ReadsWithoutLiquibaseOrPoolAndCachesLiquibasesChecksums() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            widgets(EngineKind.H2);
            ChildRun up = child(db.urlText(), "up");
            assertThat(up.run().exit()).as(up.run().all()).isZero();

            ChildRun status = child(db.urlText(), "status", "--no-drift");
            assertThat(status.run().exit()).as(status.run().all()).isZero();
            assertThat(status.heavyClasses()).isEmpty();
            assertThat(status.loaded(LOGGING)).isEmpty();
            assertThat(status.run().out()).contains("20260101000000  create_widgets  applied").contains("1 applied, 0 pending")
                    .doesNotContain("CHANGED");
            // the same table as the in-process path, which computes the checksums with Liquibase when its cache misses
            Cli.Run inProcess = new Cli(dir).env("DATABASE_URL", db.urlText()).run("status", "--no-drift");
            assertThat(status.run().out()).isEqualTo(inProcess.out());

            // what the next run reads is exactly what Liquibase wrote into the tracking table (read here with plain JDBC)
            Map<String, String> recorded = new TreeMap<>();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT filename, id, author, md5sum FROM schema_migrations")) {
                while (rs.next()) recorded.put(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3), rs.getString(4));
            }
            assertThat(recorded).hasSize(2);
            assertThat(cachedChecksums()).isEqualTo(recorded);

            // an applied file edited afterwards misses the cache: Liquibase computes, status says CHANGED
            Path file = dir.resolve("migrations/versions/20260101000000_create_widgets.sql");
            Files.writeString(file, Files.readString(file).replace("VARCHAR(50)", "VARCHAR(60)"));
            ChildRun changed = child(db.urlText(), "status", "--no-drift");
            assertThat(changed.run().exit()).as(changed.run().all()).isZero();
            assertThat(changed.run().out()).contains("CHANGED after it was applied").contains("1 changed after apply");
        }
    }

    @Test
    void statusOnPostgresReadsWithoutLiquibaseOrPool() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            widgets(EngineKind.POSTGRESQL);
            assertThat(child(db.urlText(), "status", "--no-drift").run().out()).contains("0 applied, 1 pending");
            ChildRun up = child(db.urlText(), "up");
            assertThat(up.run().exit()).as(up.run().all()).isZero();
            ChildRun status = child(db.urlText(), "status", "--no-drift");
            assertThat(status.run().exit()).as(status.run().all()).isZero();
            assertThat(status.run().out()).contains("1 applied, 0 pending");
            assertThat(status.heavyClasses()).isEmpty();
            assertThat(status.loaded(LOGGING)).isEmpty();
            assertThat(missingFromTraining(status, "org.postgresql.")).as("driver classes a status run loads that the"
                    + " archives' training list lacks: add them to " + CacheTraining.SERVER_CLASSES).isEmpty();
        }
    }

    @Test
    void statusOnMariaDbReadsWithoutLiquibaseOrPool() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            widgets(EngineKind.MARIADB);
            ChildRun up = child(db.urlText(), "up");
            assertThat(up.run().exit()).as(up.run().all()).isZero();
            ChildRun status = child(db.urlText(), "status", "--no-drift");
            assertThat(status.run().exit()).as(status.run().all()).isZero();
            assertThat(status.run().out()).contains("1 applied, 0 pending");
            assertThat(status.heavyClasses()).isEmpty();
            assertThat(status.loaded(LOGGING)).isEmpty();
            assertThat(missingFromTraining(status, "org.mariadb.")).as("driver classes a status run loads that the"
                    + " archives' training list lacks: add them to " + CacheTraining.SERVER_CLASSES).isEmpty();
        }
    }

    /** The classes under {@code prefix} the run loaded (generated ones aside) that CacheTraining does not load. */
    private static List<String> missingFromTraining(ChildRun run, String prefix) throws IOException {
        List<String> listed;
        try (var in = CacheTraining.class.getResourceAsStream(CacheTraining.SERVER_CLASSES)) {
            assertThat(in).as(CacheTraining.SERVER_CLASSES).isNotNull();
            listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip).toList();
        }
        return run.classes().stream().filter(c -> c.startsWith(prefix) && !c.contains("$$Lambda") && !c.contains("/0x"))
                .filter(c -> !listed.contains(c)).toList();
    }

    @Test
    void lintOfASqlFileLoadsNoHeavyLibrary() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Files.writeString(dir.resolve("change.sql"), "CREATE TABLE t (id INT PRIMARY KEY);\nDROP TABLE t;\n");
            ChildRun lint = child(db.urlText(), "lint", "change.sql");
            assertThat(lint.run().exit()).as(lint.run().all()).isZero();
            assertThat(lint.run().out()).contains("Risk of change.sql").contains("2 statements").contains("TX-NON-TRANSACTIONAL");
            assertThat(lint.heavyClasses()).isEmpty();
        }
    }

    @Test
    void libraryLogsThroughJulReachStderrOnlyWithVerboseThoughJulStartsLate() throws Exception {
        try (TestDatabase quiet = TestDatabase.create(EngineKind.H2); TestDatabase verbose = TestDatabase.create(EngineKind.H2)) {
            widgets(EngineKind.H2);
            ChildRun up = child(quiet.urlText(), "up");
            assertThat(up.run().exit()).as(up.run().all()).isZero();
            assertThat(up.run().err()).doesNotContain("liquibase");
            // Liquibase logs through java.util.logging, configured by JulSetup when it first does: bridged to logback
            ChildRun loud = child(verbose.urlText(), "-v", "up");
            assertThat(loud.run().exit()).as(loud.run().all()).isZero();
            assertThat(loud.run().err()).containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  liquibase\\.");
        }
    }

    private Map<String, String> cachedChecksums() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("cache/schemactl/checksums"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(f)) {
                    p.load(in);
                }
                p.forEach((k, v) -> out.put((String) k, (String) v));
            }
        }
        return out;
    }
}
