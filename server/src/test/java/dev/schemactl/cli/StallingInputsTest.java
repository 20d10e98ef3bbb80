package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that used to stall the CLI for minutes each answer within seconds: with a clear error naming the limit, or
 * by linear-time processing. The bounds are generous (the machine is shared); the speed numbers are in bench/.
 */
class StallingInputsTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static Cli.Run within(Duration bound, Supplier<Cli.Run> run) {
        long start = System.nanoTime();
        Cli.Run result = run.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("answered within " + bound + ": " + result.all()).isLessThan(bound);
        return result;
    }

    @Test
    void aMigrationFileWithAThirtyMegabyteCommentLineIsRefusedNamingTheLine() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Path file = MigrationFiles.write(dir, "20260101000000", "huge_comment", EngineKind.H2,
                    "CREATE TABLE a (id INT PRIMARY KEY);\n-- " + "x".repeat(30 * 1024 * 1024) + "\n--rollback DROP TABLE a;");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            for (String[] args : new String[][]{{"up"}, {"status"}, {"lint", file.toString()}}) {
                Cli.Run run = within(PROMPTLY, () -> cli.run(args));
                assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
                assertThat(run.err()).contains("20260101000000_huge_comment.sql, line 6:").contains("lines are limited to 1048576 characters")
                        .doesNotContain("\tat ");
            }
        }
    }

    @Test
    void oneHundredThousandInsertsScoreInLinearTime() throws Exception {
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(40));\n");
        for (int i = 0; i < 100_000; i++) sql.append("INSERT INTO t (id, v) VALUES (").append(i).append(", 'value ").append(i).append("');\n");
        Files.writeString(dir.resolve("data.sql"), sql);
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli.Run run = within(Duration.ofSeconds(60), () -> new Cli(dir).env("DATABASE_URL", db.urlText())
                    .run("lint", "data.sql", "--format", "json"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Json.MAPPER.readTree(run.out()).path("statements").asInt()).isEqualTo(100_001);
        }
    }

    @Test
    void aHundredKilobyteUrlAndMigrationNameAreRefusedPromptly() {
        String longUrl = "postgres://u@h/" + "a".repeat(100 * 1024);
        Cli.Run url = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", longUrl).run("status"));
        assertThat(url.exit()).isNotZero();
        assertThat(url.err()).contains("at most 4096").hasSizeLessThan(2000);

        Cli.Run name = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", "h2:./dev").run("new", "-m", "n".repeat(100 * 1024), "--empty"));
        assertThat(name.exit()).isEqualTo(2);
        assertThat(name.err()).contains("102400 characters long").contains("at most 100").hasSizeLessThan(2000);

        String letters = "abcdefghij".repeat(10 * 1024);
        Cli.Run scheme = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", "x" + letters).run("status"));
        assertThat(scheme.exit()).isNotZero();
    }

    @Test
    void aFailingStatementWithAFortyKilobyteLiteralIsReportedPromptly() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            MigrationFiles.write(dir, "20260101000000", "bad_cast", EngineKind.POSTGRESQL,
                    "SELECT '" + "q".repeat(40 * 1024) + "'::int;\n--rollback SELECT 1;");
            Cli.Run run = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", db.urlText()).run("up"));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("invalid input syntax").doesNotContain("\tat ");
        }
    }

    @Test
    void aChangesetOfManyStatementsAppliesInChunksAndAFailureNamesItsStatement() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            StringBuilder good = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(40));\n");
            for (int i = 0; i < 1200; i++) good.append("INSERT INTO t (id, v) VALUES (").append(i).append(", 'v").append(i).append("'); -- row ").append(i).append('\n');
            MigrationFiles.write(dir, "20260101000000", "bulk", EngineKind.POSTGRESQL, good + "--rollback DROP TABLE t;");
            StringBuilder bad = new StringBuilder();
            for (int i = 0; i < 1200; i++) bad.append("INSERT INTO t (id, v) VALUES (").append(i == 700 ? "'seven hundred'" : String.valueOf(5000 + i)).append(", 'w');\n");
            MigrationFiles.write(dir, "20260102000000", "bad_row", EngineKind.POSTGRESQL, bad + "--rollback DELETE FROM t WHERE id >= 5000;");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run up = within(Duration.ofSeconds(60), () -> cli.run("up"));
            assertThat(up.exit()).isEqualTo(1);
            assertThat(up.err()).contains("seven hundred").contains("20260102000000_bad_row");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*), min(id), max(id) FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("the first migration applied every row, the failed one none").isEqualTo(1200);
                assertThat(rs.getInt(3)).isEqualTo(1199);
            }
            Cli.Run status = cli.run("status", "--no-drift");
            assertThat(status.out()).contains("20260101000000").contains("applied").contains("1 applied, 1 pending");
        }
    }

    @Test
    void invalidUtf8NamesTheFileAndLine() throws Exception {
        Path file = MigrationFiles.write(dir, "20260101000000", "latin1", EngineKind.H2,
                "CREATE TABLE a (id INT PRIMARY KEY);\n--rollback DROP TABLE a;");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(Files.readAllBytes(file));
        bytes.writeBytes("-- caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xe9); // 'é' in Latin-1: not UTF-8
        bytes.writeBytes(" au lait\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, bytes.toByteArray());
        Cli.Run run = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", "h2:./dev").run("status"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("20260101000000_latin1.sql, line 7: not valid UTF-8").doesNotContain("Input length");
    }

    @Test
    void aPortThatIsNotANumberIsReportedAsSuch() {
        Cli.Run run = within(PROMPTLY, () -> new Cli(dir).env("DATABASE_URL", "postgres://u@127.0.0.1:notaport/db").run("status"));
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("port 'notaport'").contains("invalid").doesNotContain("names no host");
    }

    @Test
    void aMigrationsDirThatDoesNotExistIsAnError() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            for (String command : new String[]{"up", "status"}) {
                Cli.Run run = within(PROMPTLY, () -> cli.run(command, "--migrations-dir", "no-such-dir"));
                assertThat(run.exit()).as(command).isEqualTo(1);
                assertThat(run.err()).as(command).contains("the migrations directory no-such-dir does not exist")
                        .doesNotContain("up to date");
            }
            Cli.Run created = cli.run("new", "--migrations-dir", "fresh", "-m", "first", "--empty");
            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(dir.resolve("fresh/versions")).isDirectory();
        }
    }

    @Test
    void aPercentEncodedDatabaseNameWithASpaceAndAQuoteWorksForCreateUpAndDrop() throws Exception {
        String name = "sct " + TestDatabase.uniqueName().substring(4) + "\"q";
        String encoded = name.replace(" ", "%20").replace("\"", "%22");
        String server = TestDatabase.server(EngineKind.POSTGRESQL);
        String url = server.substring(0, server.lastIndexOf('/') + 1) + encoded;
        MigrationFiles.write(dir, "20260101000000", "t", EngineKind.POSTGRESQL, "CREATE TABLE t (id INT PRIMARY KEY);\n--rollback DROP TABLE t;");
        Cli cli = new Cli(dir).env("DATABASE_URL", url);
        try {
            assertThat(within(PROMPTLY, () -> cli.run("create")).exit()).isZero();
            assertThat(databaseExists(server, name)).isTrue();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            try (Connection c = DriverManager.getConnection(dev.schemactl.config.DatabaseUrl.parse(url, dir).jdbcUrl(), "postgres", null);
                 ResultSet rs = c.createStatement().executeQuery("SELECT current_database(), to_regclass('public.t') IS NOT NULL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(name);
                assertThat(rs.getBoolean(2)).isTrue();
            }
            Cli.Run drop = cli.run("drop", "--force");
            assertThat(drop.exit()).as(drop.all()).isZero();
            assertThat(databaseExists(server, name)).isFalse();
        } finally {
            cli.run("drop", "--force");
        }
    }

    private static boolean databaseExists(String server, String name) throws Exception {
        var admin = dev.schemactl.config.DatabaseUrl.parse(server, Path.of("."));
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
