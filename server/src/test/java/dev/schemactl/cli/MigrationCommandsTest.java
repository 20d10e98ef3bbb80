package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.DbFacts;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration command against a real database of each engine, in-process. */
class MigrationCommandsTest {
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

    private void migration(String version, String slug, EngineKind engine, String... changesets) throws IOException {
        MigrationFiles.write(dir, version, slug, engine, changesets);
    }

    private void twoMigrations(EngineKind engine) throws IOException {
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "add_price", engine,
                "ALTER TABLE widgets ADD price INT;\n--rollback ALTER TABLE widgets DROP COLUMN price;");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void upAppliesEverythingAndIsANoOpTheSecondTime(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        Cli.Run first = cli(db).run("up");
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(first.out()).contains("applied 2 migrations: 20260101000000, 20260102000000")
                .contains("2 applied, 0 pending");
        assertThat(columns(db, "widgets")).containsExactly("id", "name", "price");

        Cli.Run second = cli(db).run("up");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("nothing to apply");
        assertThat(trackingRows(db)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void statusExitCodeRollbackAndUpAgain(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        assertThat(cli(db).run("status", "--exit-code", "--quiet").exit()).isEqualTo(4);
        assertThat(cli(db).run("up").exit()).isZero();
        Cli.Run status = cli(db).run("status", "--exit-code");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("20260101000000  create_widgets  applied");

        Cli.Run rollback = cli(db).run("rollback");
        assertThat(rollback.exit()).as(rollback.all()).isZero();
        assertThat(rollback.out()).contains("rolled back 1 migration: 20260102000000");
        assertThat(columns(db, "widgets")).containsExactly("id", "name");
        assertThat(cli(db).run("status", "--exit-code", "-q").exit()).isEqualTo(4);

        assertThat(cli(db).run("up").exit()).isZero();
        assertThat(columns(db, "widgets")).containsExactly("id", "name", "price");

        Cli.Run down = cli(db).run("down", "--to", "20260101000000");
        assertThat(down.exit()).as(down.all()).isZero();
        assertThat(columns(db, "widgets")).containsExactly("id", "name");
        Cli.Run all = cli(db).run("rollback", "--steps", "5");
        assertThat(all.exit()).isZero();
        assertThat(tables(db)).doesNotContain("widgets");
        assertThat(cli(db).run("migrate", "--to", "20260101000000").exit()).isZero();
        assertThat(columns(db, "widgets")).containsExactly("id", "name");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void jsonStatusIsTheSameRecord(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        cli(db).run("up");
        Cli.Run json = cli(db).run("status", "--format", "json");
        assertThat(json.exit()).isZero();
        var tree = Json.MAPPER.readTree(json.out());
        assertThat(tree.path("status").path("applied").asInt()).isEqualTo(2);
        assertThat(tree.path("status").path("migrations").get(1).path("state").asString()).isEqualTo("APPLIED");
        assertThat(tree.path("status").path("migrations").get(1).path("appliedAt").asString()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void anEditedAppliedFileIsReportedAndRefused(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        assertThat(cli(db).run("up").exit()).isZero();
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(80));\n--rollback DROP TABLE widgets;");
        migration("20260103000000", "add_color", engine,
                "ALTER TABLE widgets ADD color VARCHAR(10);\n--rollback ALTER TABLE widgets DROP COLUMN color;");
        Cli.Run status = cli(db).run("status");
        assertThat(status.out()).contains("CHANGED after it was applied").contains("1 changed after apply");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err()).contains("20260101000000_create_widgets.sql changed after it was applied");
        assertThat(up.err().lines().count()).isEqualTo(1);
        assertThat(columns(db, "widgets")).doesNotContain("color");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aFailingStatementMidwayFollowsTheEngine(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        String good = "CREATE TABLE first_table (id INT PRIMARY KEY);\n--rollback DROP TABLE first_table;";
        // SQLite takes any type name, so it gets a syntax error instead
        String bad = engine == EngineKind.SQLITE
                ? "CREATE TABLE second_table (id INT PRIMARY KEY, broken INT REFERENCES);\n--rollback DROP TABLE second_table;"
                : "CREATE TABLE second_table (id INT PRIMARY KEY, broken NOSUCHTYPE);\n--rollback DROP TABLE second_table;";
        boolean transactional = engine == EngineKind.POSTGRESQL || engine == EngineKind.SQLITE;
        if (transactional) {
            // one changeset per file on a transactional engine (PostgreSQL, SQLite)
            migration("20260101000000", "two_tables", engine, good.replace("\n--rollback", "\n" + bad.split("\n")[0] + "\n--rollback"));
        } else {
            migration("20260101000000", "two_tables", engine, good, bad);
        }
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).as(up.all()).isEqualTo(1);
        assertThat(up.err()).startsWith("error: could not apply 20260101000000_two_tables.sql");
        assertThat(up.err().lines().count()).isEqualTo(1);
        assertThat(up.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (transactional) {
            assertThat(tables(db)).doesNotContain("first_table", "second_table");
            assertThat(trackingRows(db)).isZero();
            assertThat(up.err()).contains("rolled back as a whole");
        } else {
            assertThat(tables(db)).contains("first_table").doesNotContain("second_table");
            assertThat(trackingRows(db)).isEqualTo(1);
            assertThat(cli(db).run("status").out()).contains("partial").contains("1/2 changesets applied");
            migration("20260101000000", "two_tables", engine, good,
                    "CREATE TABLE second_table (id INT PRIMARY KEY);\n--rollback DROP TABLE second_table;");
            Cli.Run resumed = cli(db).run("up");
            assertThat(resumed.exit()).as(resumed.all()).isZero();
            assertThat(tables(db)).contains("first_table", "second_table");
            assertThat(trackingRows(db)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aFileForAnotherEngineIsRefused(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        EngineKind other = engine == EngineKind.POSTGRESQL ? EngineKind.MARIADB : EngineKind.POSTGRESQL;
        migration("20260101000000", "create_widgets", other, "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err()).contains("was written for " + other.id()).contains("database is " + engine.id());
        assertThat(tables(db)).doesNotContain("widgets");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void malformedFilesAndBadNamesChangeNothing(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        Path broken = dir.resolve("migrations/versions/20260103000000_broken.sql");
        Files.writeString(broken, "--liquibase formatted sql\n--changeset a:1\nDROP TABLE widgets;\n");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err()).contains("malformed migration 20260103000000_broken.sql: line 2").contains("no '--rollback'");
        assertThat(tables(db)).doesNotContain("widgets");
        Files.delete(broken);

        Files.writeString(dir.resolve("migrations/versions/2026_bad-name.sql"), "--liquibase formatted sql\n");
        Cli.Run badName = cli(db).run("status");
        assertThat(badName.exit()).isEqualTo(1);
        assertThat(badName.err()).contains("2026_bad-name.sql").contains("<yyyyMMddHHmmss>_<slug>.sql");
        Files.delete(dir.resolve("migrations/versions/2026_bad-name.sql"));

        Cli.Run slug = cli(db).run("new", "-m", "../../etc/passwd");
        assertThat(slug.exit()).isEqualTo(2);
        assertThat(slug.err()).contains("invalid migration name");
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(cli(db).run("rollback", "--to", "99999999999999").exit()).isEqualTo(1);
        assertThat(cli(db).run("rollback", "--to", "yesterday").exit()).isEqualTo(2);
        assertThat(cli(db).run("up", "--nonsense").exit()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void newWritesAnEmptyMigrationThatUpAccepts(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        Cli.Run created = cli(db).env("SOURCE_DATE_EPOCH", "1767225600").run("new", "-m", "Add widgets");
        assertThat(created.exit()).as(created.all()).isZero();
        Path file = dir.resolve("migrations/versions/20260101000000_add_widgets.sql");
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("-- schemactl: engine=" + engine.id()).contains("--rollback");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(up.out()).contains("20260101000000  add_widgets  applied");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void createDropAndMigrateOnAMissingDatabase(EngineKind engine) throws Exception {
        TestDatabase server = database(engine);
        String url = engine == EngineKind.H2 ? "h2:./fresh/db" : engine == EngineKind.SQLITE ? "sqlite:./fresh/app.db"
                : server.url().withDatabase(TestDatabase.uniqueName()).original();
        Cli cli = new Cli(dir).env("DATABASE_URL", url);
        twoMigrations(engine);
        Cli.Run migrate = cli.run("migrate");
        assertThat(migrate.exit()).isEqualTo(1);
        assertThat(migrate.err()).contains("does not exist").contains("schemactl create");
        assertThat(cli.run("create").out()).contains("created database");
        assertThat(cli.run("create").out()).contains("already exists");
        assertThat(cli.run("migrate").exit()).isZero();
        Cli.Run refuse = cli.run("drop");
        assertThat(refuse.exit()).isEqualTo(2);
        assertThat(refuse.err()).contains("--force");
        assertThat(cli.run("status").exit()).isZero();
        Cli.Run drop = cli.run("drop", "--force");
        assertThat(drop.exit()).as(drop.all()).isZero();
        assertThat(drop.out()).contains("dropped database");
        assertThat(cli.run("status").err()).contains("does not exist");
        assertThat(cli.run("drop", "--force").out()).contains("does not exist");
    }

    static List<String> columns(TestDatabase db, String table) throws SQLException {
        return DbFacts.columns(db, table);
    }

    static List<String> tables(TestDatabase db) throws SQLException {
        return DbFacts.tables(db);
    }

    static int trackingRows(TestDatabase db) throws SQLException {
        return DbFacts.trackingRows(db);
    }
}
