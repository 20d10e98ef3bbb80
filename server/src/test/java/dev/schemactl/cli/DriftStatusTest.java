package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift in `status`: the live schema against the applied migrations replayed on a shadow database; diff --check. */
class DriftStatusTest {
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

    private Cli cli(TestDatabase db) {
        return new Cli(dir).env("DATABASE_URL", db.urlText());
    }

    private void migration(String version, String slug, EngineKind engine, String changeset) throws Exception {
        MigrationFiles.write(dir, version, slug, engine, changeset);
    }

    private static void execute(TestDatabase db, String... statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void handMadeChangesAreListedObjectByObject(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "index_name", engine, "CREATE INDEX idx_widgets_name ON widgets (name);\n--rollback "
                + (engine == EngineKind.MARIADB ? "DROP INDEX idx_widgets_name ON widgets;" : "DROP INDEX idx_widgets_name;"));
        assertThat(cli(db).run("up").exit()).isZero();

        Cli.Run clean = cli(db).run("status", "--fail-on-drift");
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("2 applied, 0 pending\ndrift: none (the live schema matches what the applied migrations produce)\n");

        execute(db, "ALTER TABLE widgets ADD extra INT",
                engine == EngineKind.MARIADB ? "DROP INDEX idx_widgets_name ON widgets" : "DROP INDEX idx_widgets_name");

        Cli.Run drifted = cli(db).run("status");
        assertThat(drifted.exit()).as(drifted.all()).isZero();
        assertThat(drifted.out()).contains("drift: 2 objects differ from what the applied migrations produce:\n")
                .contains("  index idx_widgets_name on widgets(name): only in the migrations\n")
                .contains("  column widgets.extra: only in the database\n");

        Cli.Run json = cli(db).run("status", "--format", "json");
        JsonNode drift = Json.MAPPER.readTree(json.out()).path("drift");
        assertThat(drift.path("checked").asBoolean()).isTrue();
        List<String> differences = new ArrayList<>();
        drift.path("differences").forEach(n -> differences.add(n.asString()));
        assertThat(differences).containsExactlyInAnyOrder("index idx_widgets_name on widgets(name): only in the migrations",
                "column widgets.extra: only in the database");

        assertThat(cli(db).run("status", "--fail-on-drift").exit()).isEqualTo(1);
        assertThat(cli(db).run("status", "--fail-on-drift", "--quiet").exit()).isEqualTo(1);
        assertThat(cli(db).run("status", "--exit-code").exit()).isZero(); // drift alone does not change --exit-code

        Cli.Run off = cli(db).run("status", "--no-drift", "--fail-on-drift");
        assertThat(off.exit()).isZero();
        assertThat(off.out()).doesNotContain("drift");
        JsonNode offJson = Json.MAPPER.readTree(cli(db).run("status", "--no-drift", "--format", "json").out()).path("drift");
        assertThat(offJson.path("checked").asBoolean()).isFalse();
        assertThat(offJson.path("differences").size()).isZero();
        assertThat(offJson.path("note").asString()).contains("--no-drift");
    }

    /**
     * Views, functions and triggers are unmanaged but still part of what the migrations produce: a view rewritten, made
     * or dropped by hand was "drift: none" before (only the model's objects were compared).
     */
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void viewsChangedMadeOrDroppedByHandAreDrift(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        migration("20260101000000", "create_widgets", engine, """
                CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));
                CREATE VIEW named AS SELECT id, name FROM widgets;
                CREATE VIEW gone AS SELECT id FROM widgets;
                --rollback DROP VIEW gone;
                --rollback DROP VIEW named;
                --rollback DROP TABLE widgets;""");
        assertThat(cli(db).run("up").exit()).isZero();
        Cli.Run clean = cli(db).run("status", "--fail-on-drift");
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("drift: none");

        execute(db, engine == EngineKind.MARIADB ? "CREATE OR REPLACE VIEW named AS SELECT id FROM widgets"
                        : "CREATE OR REPLACE VIEW named AS SELECT id, name, 1 AS extra FROM widgets",
                "DROP VIEW gone", "CREATE VIEW added AS SELECT name FROM widgets");

        Cli.Run drifted = cli(db).run("status", "--fail-on-drift");
        assertThat(drifted.exit()).as(drifted.all()).isEqualTo(1);
        assertThat(drifted.out()).contains("drift: 3 objects differ from what the applied migrations produce:\n")
                .contains("  view named: definition differs (migrations vs database)\n")
                .contains("  view gone: only in the migrations\n")
                .contains("  view added: only in the database\n");
    }

    /**
     * MariaDB events (pair 913) are unmanaged objects too, compared as SHOW CREATE EVENT shows them: one rescheduled or
     * made by hand is drift. The STARTS the server stamps on a recurring event created without one is left out, so
     * the shadow database's copy, made later, is not "definition differs".
     */
    @Test
    void mariaDbEventsChangedOrMadeByHandAreDrift() throws Exception {
        TestDatabase db = database(EngineKind.MARIADB);
        migration("20260101000000", "create_sessions", EngineKind.MARIADB, """
                CREATE TABLE sessions (id INT PRIMARY KEY, expires DATETIME NOT NULL);
                CREATE EVENT purge_sessions ON SCHEDULE EVERY 1 HOUR DISABLE DO DELETE FROM sessions WHERE expires < NOW();
                --rollback DROP EVENT purge_sessions;
                --rollback DROP TABLE sessions;""");
        assertThat(cli(db).run("up").exit()).isZero();
        Thread.sleep(1100); // the shadow database's event is stamped another second
        Cli.Run clean = cli(db).run("status", "--fail-on-drift");
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("drift: none");

        execute(db, "ALTER EVENT purge_sessions ON SCHEDULE EVERY 2 HOUR",
                "CREATE EVENT added ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM sessions");
        Cli.Run drifted = cli(db).run("status", "--fail-on-drift");
        assertThat(drifted.exit()).as(drifted.all()).isEqualTo(1);
        assertThat(drifted.out()).contains("drift: 2 objects differ from what the applied migrations produce:\n")
                .contains("  event purge_sessions: definition differs (migrations vs database)\n")
                .contains("  event added: only in the database\n");
    }

    @Test
    void nothingAppliedNeedsNoShadowAndAPartialMigrationIsNotReplayed() throws Exception {
        TestDatabase db = database(EngineKind.H2);
        migration("20260101000000", "create_widgets", EngineKind.H2,
                "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        Cli.Run none = cli(db).run("status", "--shadow-url", "postgres://nobody@127.0.0.1:1/nowhere");
        assertThat(none.exit()).as(none.all()).isZero();
        assertThat(none.out()).contains("0 applied, 1 pending\ndrift: none");
        execute(db, "CREATE TABLE audit (id INT)");
        assertThat(cli(db).run("status").out()).contains("  table audit: only in the database\n");

        assertThat(cli(db).run("up").exit()).isZero();
        Cli.Run badShadow = cli(db).run("status", "--shadow-url", "postgres://nobody@127.0.0.1:5432/nowhere");
        assertThat(badShadow.exit()).as(badShadow.all()).isZero();
        assertThat(badShadow.out()).contains("drift: not checked (cannot make a shadow database: ");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void diffCheckExitsOneWhenTheModelsAndTheDatabaseDiffer(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        Cli cli = cli(db);
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(100));");
        Cli.Run changed = cli.run("diff", "--check", "--to-sql", "schema.sql");
        assertThat(changed.exit()).as(changed.all()).isEqualTo(1);
        assertThat(changed.out()).contains("+ create table people").contains("CREATE TABLE people");
        assertThat(changed.err()).isEmpty();

        assertThat(cli.run("new", "-m", "people", "--to-sql", "schema.sql", "--no-verify").exit()).isZero();
        assertThat(cli.run("up").exit()).isZero();
        Cli.Run same = cli.run("diff", "--check", "--to-sql", "schema.sql");
        assertThat(same.exit()).as(same.all()).isZero();
        assertThat(same.out()).startsWith("no changes").doesNotContain("only in the database");
        assertThat(cli.run("diff", "--to-sql", "schema.sql").exit()).isZero();
    }
}
