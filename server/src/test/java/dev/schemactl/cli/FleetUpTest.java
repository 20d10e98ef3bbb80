package dev.schemactl.cli;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.TargetsFile;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.service.FleetResult;
import dev.schemactl.service.TargetResult;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.DbFacts;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `up --targets`: many real databases at once, a failure that stays on its target, resuming, a registry query. */
class FleetUpTest {
    private static final String PASSWORD = "fleet-s3cret";

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase database(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        return db;
    }

    /** Two migrations in portable SQL and without an engine header, so one directory serves PostgreSQL and MariaDB. */
    private void portableMigrations() throws IOException {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("20260101000000_create_widgets.sql"), """
                --liquibase formatted sql

                --changeset test:20260101000000-1
                CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));
                --rollback DROP TABLE widgets;
                """);
        Files.writeString(versions.resolve("20260102000000_create_gadgets.sql"), """
                --liquibase formatted sql

                --changeset test:20260102000000-1
                CREATE TABLE gadgets (id INT PRIMARY KEY, name VARCHAR(50));
                --rollback DROP TABLE gadgets;
                """);
    }

    /**
     * The URL of a database as a targets file would hold it. PostgreSQL URLs carry a password through ${FLEET_PG_PASSWORD}
     * (the local server trusts any; a container's is its own) so the test can check that it is never shown.
     */
    private static String targetUrl(TestDatabase db) {
        DatabaseUrl url = db.url();
        if (db.engine() != EngineKind.POSTGRESQL) return db.urlText();
        return "postgres://" + url.user() + ":${FLEET_PG_PASSWORD}@" + url.host() + ":" + url.port() + "/" + url.database();
    }

    private static String pgPassword(TestDatabase db) {
        return db.url().password() != null ? db.url().password() : PASSWORD;
    }

    @Test
    void twentyFivePostgresAndMariaDbDatabasesOneFailsTheOthersApplyThenTheRerunContinues() throws Exception {
        portableMigrations();
        List<String> names = new ArrayList<>();
        StringBuilder yaml = new StringBuilder("# a fleet: 20 PostgreSQL and 5 MariaDB databases\ntargets:\n");
        for (int i = 0; i < 25; i++) {
            TestDatabase db = database(i < 20 ? EngineKind.POSTGRESQL : EngineKind.MARIADB);
            String name = (i < 20 ? "pg-" : "maria-") + (i < 20 ? i + 1 : i - 19);
            names.add(name);
            yaml.append("  - name: ").append(name).append("\n    url: ").append(targetUrl(db)).append('\n');
        }
        Files.writeString(dir.resolve("targets.yaml"), yaml);
        TestDatabase broken = databases.get(7); // pg-8: its second migration will fail
        execute(broken, "CREATE TABLE gadgets (x INT)");
        String password = pgPassword(databases.get(0));
        Cli cli = new Cli(dir).env("FLEET_PG_PASSWORD", password);

        Cli.Run first = cli.run("up", "--targets", "targets.yaml", "--parallel", "4");

        assertThat(first.exit()).as(first.all()).isEqualTo(1);
        assertThat(first.out()).contains("25 targets: 24 applied, 0 up to date, 0 refused, 1 failed");
        String failedRow = row(first.out(), "pg-8");
        assertThat(failedRow).containsPattern("failed\\s+\\?\\s+1\\s+could not apply")
                .contains("gadgets").contains("20260102000000_create_gadgets.sql");
        assertThat(row(first.out(), "pg-1")).contains("applied").contains("2: 20260101000000..20260102000000");
        assertThat(row(first.out(), "maria-5")).contains("applied");
        for (int i = 0; i < 25; i++) {
            assertThat(trackingRows(databases.get(i))).as(names.get(i)).isEqualTo(i == 7 ? 1 : 2);
        }
        assertThat(tables(databases.get(20))).contains("widgets", "gadgets");
        // progress: one line per finished target on stderr (stderr is no terminal here), nothing of it on stdout
        assertThat(first.err().lines().filter(l -> l.matches("\\[\\d+/25] .*"))).hasSize(25);
        assertThat(first.err()).contains("pg-8 (").contains("FAILED: could not apply");
        assertThat(first.out()).doesNotContain("[1/25]");
        assertThat(first.all()).doesNotContain(password).contains("postgres:****@");

        execute(broken, "DROP TABLE gadgets");
        Cli.Run second = cli.run("up", "--targets", "targets.yaml", "--format", "json");

        assertThat(second.exit()).as(second.all()).isZero();
        JsonNode targets = Json.MAPPER.readTree(second.out()).path("targets");
        assertThat(targets).hasSize(25);
        for (int i = 0; i < 25; i++) {
            JsonNode t = targets.get(i);
            assertThat(t.path("name").asString()).isEqualTo(names.get(i));
            assertThat(t.path("pending").asInt()).isZero();
            assertThat(t.path("error").isNull()).isTrue();
            if (i == 7) {
                assertThat(t.path("status").asString()).isEqualTo("APPLIED");
                assertThat(t.path("applied")).hasSize(1);
                assertThat(t.path("applied").get(0).asString()).isEqualTo("20260102000000");
            } else {
                assertThat(t.path("status").asString()).as(names.get(i)).isEqualTo("UP_TO_DATE");
                assertThat(t.path("applied")).isEmpty();
            }
            assertThat(trackingRows(databases.get(i))).as(names.get(i)).isEqualTo(2);
        }
        assertThat(second.all()).doesNotContain(password);
    }

    @Test
    void targetsFromARegistryQueryAnUnreachableOneFailsAlone() throws Exception {
        portableMigrations();
        TestDatabase registry = database(EngineKind.POSTGRESQL);
        TestDatabase one = database(EngineKind.POSTGRESQL);
        TestDatabase two = database(EngineKind.POSTGRESQL);
        TestDatabase three = database(EngineKind.MARIADB);
        execute(registry, "CREATE TABLE tenants (name VARCHAR(50) PRIMARY KEY, url VARCHAR(300), active BOOLEAN)");
        execute(registry, "INSERT INTO tenants VALUES ('acme', '" + one.urlText() + "', true), ('globex', '"
                + two.urlText() + "', true), ('initech', '" + three.urlText() + "', true), "
                + "('gone', 'postgres://postgres@127.0.0.1:1/nowhere', true), ('retired', 'postgres://x@h/y', false)");
        Files.writeString(dir.resolve("targets.yaml"), """
                query:
                  url: ${REGISTRY_URL}
                  sql: SELECT name, url FROM tenants WHERE active ORDER BY name
                """);
        Cli cli = new Cli(dir).env("REGISTRY_URL", registry.urlText());

        Cli.Run run = cli.run("up", "--targets", "targets.yaml", "--parallel", "2");

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("4 targets: 3 applied, 0 up to date, 0 refused, 1 failed");
        assertThat(run.out().lines().skip(1).map(l -> l.split("\\s+")[0]).limit(4))
                .containsExactly("acme", "globex", "gone", "initech");
        assertThat(row(run.out(), "gone")).contains("failed").contains("127.0.0.1:1/nowhere").contains("?");
        assertThat(run.out()).doesNotContain("retired");
        for (TestDatabase db : List.of(one, two, three)) assertThat(trackingRows(db)).isEqualTo(2);

        Cli.Run again = cli.run("up", "--targets", "targets.yaml");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("4 targets: 0 applied, 3 up to date, 0 refused, 1 failed");
    }

    @Test
    void theTargetsFileIsValidatedWithLineNumbers() {
        Map<String, String> env = Map.of("PW", "secret");
        assertThatThrownBy(() -> TargetsFile.parse("targets:\n  - name: a\n    url: h2:mem:a\n    urls: x\n", "t.yaml", env))
                .hasMessage("t.yaml: line 4: unknown key 'targets[0].urls'");
        assertThatThrownBy(() -> TargetsFile.parse("target:\n  - {name: a, url: h2:mem:a}\n", "t.yaml", env))
                .hasMessage("t.yaml: line 1: unknown key 'target'");
        assertThatThrownBy(() -> TargetsFile.parse("targets:\n  - {name: a, url: h2:mem:a}\n  - {name: a, url: h2:mem:b}\n", "t.yaml", env))
                .hasMessageContaining("line 3: target name 'a' is used twice (also on line 2)");
        assertThatThrownBy(() -> TargetsFile.parse("targets:\n  - {name: a, url: 'postgres://u:${NOPE}@h/db'}\n", "t.yaml", env))
                .hasMessage("t.yaml: line 2: ${NOPE} is not set");
        assertThatThrownBy(() -> TargetsFile.parse("targets:\n  - {name: a, url: 'ftp://u:${PW}@h/db'}\n", "t.yaml", env))
                .hasMessageContaining("line 2: target 'a': unsupported database URL scheme").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> TargetsFile.parse("targets:\n  - {name: a, url: h2:mem:a}\nquery: {url: h2:mem:r, sql: SELECT 1}\n", "t.yaml", env))
                .hasMessageContaining("line 3: give either targets: or query:, not both");
        assertThatThrownBy(() -> TargetsFile.parse("query:\n  url: h2:mem:r\n  select: x\n", "t.yaml", env))
                .hasMessage("t.yaml: line 3: unknown key 'query.select'");
        assertThatThrownBy(() -> TargetsFile.parse("targets: []\n", "t.yaml", env)).hasMessageContaining("lists no databases");
        assertThatThrownBy(() -> TargetsFile.parse("", "t.yaml", env)).isInstanceOf(SchemactlException.class);

        TargetsFile ok = TargetsFile.parse("""
                targets:
                  - {name: eu-1, url: 'postgres://app:${PW}@eu/db'}
                  - name: us-1
                    url: mysql://app@${US_HOST:-us.example}:3306/db
                """, "t.yaml", env);
        assertThat(ok.targets()).extracting(TargetsFile.Target::name).containsExactly("eu-1", "us-1");
        assertThat(ok.targets().get(0).url()).isEqualTo("postgres://app:secret@eu/db");
        assertThat(ok.targets().get(0).toString()).doesNotContain("secret");
        assertThat(ok.targets().get(1).url()).isEqualTo("mysql://app@us.example:3306/db");

        TargetsFile readme = TargetsFile.parse("""
                targets:
                  - {name: eu-1, url: "postgres://app:${EU_PASSWORD}@eu-1.db:5432/shop"}
                  - {name: us-1, url: "mysql://app@us-1.db:3306/shop"}
                """, "t.yaml", Map.of("EU_PASSWORD", "pw"));
        assertThat(readme.targets()).hasSize(2);
        TargetsFile query = TargetsFile.parse("""
                query: {url: "postgres://app@registry.db:5432/registry", sql: "SELECT name, url FROM tenants"}
                """, "t.yaml", Map.of());
        assertThat(query.query().sql()).isEqualTo("SELECT name, url FROM tenants");
        assertThat(query.targets()).isEmpty();
    }

    @Test
    void usageErrorsAndExitCodes() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("up", "--targets", "t.yaml", "--url", "h2:mem:x").exit()).isEqualTo(2);
        assertThat(cli.run("up", "--parallel", "2").exit()).isEqualTo(2);
        assertThat(cli.run("up", "--targets", "nope.yaml", "--parallel", "0").err()).contains("--parallel must be at least 1");
        Cli.Run missing = cli.run("up", "--targets", "nope.yaml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml does not exist");

        TargetResult applied = new TargetResult("a", "h2:mem:a", TargetResult.Status.APPLIED, List.of("1"), 0, null);
        TargetResult upToDate = new TargetResult("b", "h2:mem:b", TargetResult.Status.UP_TO_DATE, List.of(), 0, null);
        TargetResult refused = new TargetResult("c", "h2:mem:c", TargetResult.Status.REFUSED, List.of(), 1, "refused by policy");
        TargetResult failed = new TargetResult("d", "h2:mem:d", TargetResult.Status.FAILED, null, null, "boom");
        assertThat(new FleetResult(List.of(applied, upToDate)).exitCode()).isZero();
        assertThat(new FleetResult(List.of(applied, refused)).exitCode()).isEqualTo(3);
        assertThat(new FleetResult(List.of(refused, failed, applied)).exitCode()).isEqualTo(1);
        assertThat(new FleetResult(List.of(applied, upToDate, refused, failed)).text())
                .contains("4 targets: 1 applied, 1 up to date, 1 refused, 1 failed")
                .containsPattern("c\\s+h2:mem:c\\s+refused\\s+-\\s+1\\s+refused by policy");
    }

    @Test
    void atATerminalTheProgressBarGoesToStderrOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext terminal = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Map.of(), dir, true);
        try (FleetProgress progress = new FleetProgress(terminal)) {
            progress.started(2, 2);
            progress.finished(new TargetResult("a", "h2:mem:a", TargetResult.Status.APPLIED, List.of("1"), 0, null), 1, 2);
            progress.finished(new TargetResult("b", "h2:mem:b", TargetResult.Status.FAILED, List.of(), null, "x"), 2, 2);
        }
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("up").contains("2/2").doesNotContain("[2/2]");
    }

    private static String row(String table, String name) {
        return table.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in\n" + table));
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static int trackingRows(TestDatabase db) throws SQLException {
        return DbFacts.trackingRows(db);
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        return DbFacts.tables(db);
    }
}
