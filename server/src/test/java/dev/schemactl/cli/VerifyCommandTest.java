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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `schemactl verify` and the check `new` runs, on a shadow database of each engine. */
class VerifyCommandTest {
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

    private static String dropIndex(EngineKind engine, String index, String table) {
        return engine == EngineKind.MARIADB ? "DROP INDEX " + index + " ON " + table : "DROP INDEX " + index;
    }

    /** v1 creates a table, v2 adds a column and an index: both have correct rollbacks. */
    private void goodMigrations(EngineKind engine) throws IOException {
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "add_price_and_index", engine,
                "ALTER TABLE widgets ADD price INT;\n--rollback ALTER TABLE widgets DROP COLUMN price;",
                "CREATE INDEX idx_widgets_name ON widgets (name);\n--rollback " + dropIndex(engine, "idx_widgets_name", "widgets") + ";");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void goodMigrationsVerify(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        goodMigrations(engine);
        Cli.Run run = cli(db).run("verify");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("20260101000000 create_widgets: applies, rolls back, restores the schema exactly\n")
                .contains("20260102000000 add_price_and_index: applies, rolls back, restores the schema exactly\n")
                .contains("2 verified, 0 failed");
        assertThat(tablesOf(db)).isZero(); // the live database is not touched
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void wrongRollbacksAreReportedObjectByObject(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        goodMigrations(engine);
        migration("20260103000000", "add_note", engine,
                "ALTER TABLE widgets ADD note VARCHAR(20);\n--rollback ALTER TABLE widgets DROP COLUMN price;");
        migration("20260104000000", "index_price", engine,
                "CREATE INDEX idx_widgets_price ON widgets (price);\n--rollback empty");
        Cli.Run run = cli(db).run("verify", "--format", "json");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode migrations = Json.MAPPER.readTree(run.out()).path("migrations");
        assertThat(migrations.size()).isEqualTo(4);
        assertThat(migrations.get(1).path("restoresExactly").asBoolean()).isTrue();

        JsonNode wrongColumn = migrations.get(2);
        assertThat(wrongColumn.path("version").asString()).isEqualTo("20260103000000");
        assertThat(wrongColumn.path("applies").asBoolean()).isTrue();
        assertThat(wrongColumn.path("rollsBack").asBoolean()).isTrue();
        assertThat(wrongColumn.path("restoresExactly").asBoolean()).isFalse();
        assertThat(strings(wrongColumn.path("differences"))).containsExactlyInAnyOrder(
                "column widgets.price: missing after the rollback",
                "column widgets.note: left over after the rollback");

        JsonNode forgottenIndex = migrations.get(3);
        assertThat(forgottenIndex.path("restoresExactly").asBoolean()).isFalse();
        assertThat(strings(forgottenIndex.path("differences"))).containsExactly(
                "index idx_widgets_price on widgets(price): left over after the rollback");

        Cli.Run text = cli(db).run("verify");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out())
                .contains("20260103000000 add_note: applies, rolls back, does NOT restore the schema\n")
                .contains("    index idx_widgets_price on widgets(price): left over after the rollback\n")
                .contains("2 verified, 2 failed");
    }

    /**
     * Rollbacks that leave enum types and sequences wrong are described like any other object (the comparison threw
     * "unknown change" on enum types, sequence options and renamed constraints or indexes).
     */
    @Test
    void wrongRollbacksOfEnumTypesSequencesAndRenamesAreDescribed() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        migration("20260101000000", "base", EngineKind.POSTGRESQL,
                "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TYPE size AS ENUM ('s', 'm');\nCREATE SEQUENCE tickets START 10;\n"
                        + "CREATE TABLE widgets (id INT CONSTRAINT widgets_pk PRIMARY KEY, name VARCHAR(50));\n"
                        + "CREATE INDEX ix_widgets_name ON widgets (name);\n"
                        + "--rollback DROP TABLE widgets; DROP SEQUENCE tickets; DROP TYPE size; DROP TYPE mood;");
        migration("20260102000000", "forgetful", EngineKind.POSTGRESQL,
                "CREATE TYPE color AS ENUM ('red');\n--rollback empty",
                "ALTER TYPE mood ADD VALUE 'happy';\n--rollback empty",
                "DROP TYPE size;\nCREATE TYPE size AS ENUM ('m', 's');\n--rollback empty",
                "ALTER SEQUENCE tickets INCREMENT BY 5;\n--rollback empty",
                "ALTER TABLE widgets RENAME CONSTRAINT widgets_pk TO widgets_key;\n--rollback empty",
                "ALTER INDEX ix_widgets_name RENAME TO ix_widgets_by_name;\n--rollback empty");
        Cli.Run run = cli(db).run("verify", "--format", "json");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode forgetful = Json.MAPPER.readTree(run.out()).path("migrations").get(1);
        assertThat(forgetful.path("rollsBack").asBoolean()).as(run.all()).isTrue();
        assertThat(forgetful.path("restoresExactly").asBoolean()).isFalse();
        assertThat(strings(forgetful.path("differences"))).as(run.all()).containsExactlyInAnyOrder(
                "enum type color [red]: left over after the rollback",
                "enum type mood: values [sad, ok] (before) vs [sad, ok, happy] (after rollback)",
                "enum type size: values [s, m] (before) vs [m, s] (after rollback)",
                "sequence tickets: options start 10 increment 1 (before) vs start 10 increment 5 (after rollback)",
                "constraint widgets_pk on widgets: named widgets_key (after rollback)",
                "index ix_widgets_name on widgets: named ix_widgets_by_name (after rollback)");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aDroppedColumnVerifiesButItsRollbackLosesData(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), price INT);\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "drop_price", engine,
                "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");
        Cli.Run run = cli(db).run("verify", "20260102000000", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertThat(root.propertyNames()).containsExactly("migrations");
        JsonNode m = root.path("migrations").get(0);
        assertThat(m.propertyNames()).containsExactly("version", "name", "applies", "rollsBack", "restoresExactly",
                "differences", "rollbackLosesData", "error", "fromLiveSchema");
        assertThat(m.path("fromLiveSchema").asBoolean()).as("the database has history: its shadow replays it").isFalse();
        assertThat(m.path("version").asString()).isEqualTo("20260102000000");
        assertThat(m.path("name").asString()).isEqualTo("drop_price");
        assertThat(m.path("restoresExactly").asBoolean()).isTrue();
        assertThat(m.path("rollbackLosesData").asBoolean()).isTrue();
        assertThat(m.path("error").isNull()).isTrue();
        assertThat(cli(db).run("verify", "20260102000000").out()).contains("rollback loses data");
    }

    /**
     * A migration that only renames keeps every row: its rollback loses nothing. Found with real upgrades (Roundcube's
     * session.changed -> expires_at, Spring Batch 6's sequence rename): the check compared the schema before and after
     * without the renames the migration makes, saw a drop and an add, and said the rollback loses data.
     */
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"MARIADB", "POSTGRESQL"})
    void aMigrationThatOnlyRenamesVerifiesAndItsRollbackKeepsTheData(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "rename_name_and_widgets", engine,
                "ALTER TABLE widgets RENAME COLUMN name TO title;\n--rollback ALTER TABLE widgets RENAME COLUMN title TO name;",
                "ALTER TABLE widgets RENAME TO gadgets;\n--rollback ALTER TABLE gadgets RENAME TO widgets;");
        Cli.Run run = cli(db).run("verify", "20260102000000", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode m = Json.MAPPER.readTree(run.out()).path("migrations").get(0);
        assertThat(m.path("restoresExactly").asBoolean()).as(run.out()).isTrue();
        assertThat(m.path("rollbackLosesData").asBoolean()).as("nothing is dropped: " + run.out()).isFalse();
        assertThat(cli(db).run("verify", "20260102000000").out()).doesNotContain("loses data");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void renamesTheMigrationStatesDoNotLoseData(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        migration("20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), label VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration("20260102000000", "rename_and_swap", engine, String.join("\n",
                renameColumn(engine, "name", "title") + ";",
                "ALTER TABLE widgets RENAME TO gadgets;",
                renameColumn(engine, "label", "tmp", "gadgets") + ";",
                renameColumn(engine, "title", "label", "gadgets") + ";",
                renameColumn(engine, "tmp", "name", "gadgets") + ";",
                "--rollback ALTER TABLE gadgets RENAME TO widgets;",
                "--rollback " + renameColumn(engine, "name", "tmp") + ";",
                "--rollback " + renameColumn(engine, "label", "name") + ";",
                "--rollback " + renameColumn(engine, "tmp", "label") + ";"));
        Cli.Run run = cli(db).run("verify", "20260102000000", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode m = Json.MAPPER.readTree(run.out()).path("migrations").get(0);
        assertThat(m.path("restoresExactly").asBoolean()).as(run.all()).isTrue();
        assertThat(m.path("rollbackLosesData").asBoolean()).as("renamed, swapped through a temporary name: " + run.all()).isFalse();
    }

    private static String renameColumn(EngineKind engine, String from, String to) {
        return renameColumn(engine, from, to, "widgets");
    }

    private static String renameColumn(EngineKind engine, String from, String to, String table) {
        return engine == EngineKind.H2 ? "ALTER TABLE " + table + " ALTER COLUMN " + from + " RENAME TO " + to
                : "ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to;
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void anExplicitShadowMustBeEmptyAndIsEmptiedAfterwards(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        TestDatabase shadow = database(engine);
        goodMigrations(engine);
        migration("20260103000000", "index_price", engine,
                "CREATE INDEX idx_widgets_price ON widgets (price);\n--rollback empty");
        migration("20260104000000", "add_note", engine,
                "ALTER TABLE widgets ADD note VARCHAR(20);\n--rollback ALTER TABLE widgets DROP COLUMN note;");
        Cli.Run run = cli(db).run("verify", "--shadow-url", shadow.urlText());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("20260103000000 index_price: applies, rolls back, does NOT restore the schema")
                .contains("20260104000000 add_note: applies, rolls back, restores the schema exactly")
                .contains("3 verified, 1 failed");
        assertThat(tablesOf(shadow)).isZero();

        try (var c = shadow.connect(); var st = c.createStatement()) {
            st.execute("CREATE TABLE keep_me (id INT)");
        }
        Cli.Run refused = cli(db).run("verify", "--shadow-url", shadow.urlText());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty");
        assertThat(tablesOf(shadow)).isEqualTo(1);
        assertThat(cli(db).run("verify", "--shadow-url", db.urlText()).err()).contains("is the target database itself");
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        Cli cli = new Cli(dir);
        Cli.Run root = cli.run("--help");
        assertThat(root.out()).contains("verify").contains("diff --check found changes");
        Cli.Run help = cli.run("verify", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--pending").contains("--shadow-url").contains("[VERSION...]");
        assertThat(cli.run("status", "--help").out()).contains("--no-drift").contains("--fail-on-drift");
        assertThat(cli.run("new", "--help").out()).contains("--no-verify");
        assertThat(cli.run("diff", "--help").out()).contains("--check");
    }

    @Test
    void newWithAnExplicitShadowLoadsVerifiesAndEmptiesIt() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        TestDatabase shadow = database(EngineKind.POSTGRESQL);
        Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id INT PRIMARY KEY, label VARCHAR(20));");
        Cli.Run created = cli(db).run("new", "-m", "t", "--to-sql", "s.sql", "--shadow-url", shadow.urlText());
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(created.out()).contains("\nrollback verified on a shadow database\n");
        assertThat(tablesOf(shadow)).isZero();
    }

    @Test
    void pendingAndExplicitVersionsSelectTheMigrations() throws Exception {
        EngineKind engine = EngineKind.H2;
        TestDatabase db = database(engine);
        goodMigrations(engine);
        migration("20260103000000", "index_price", engine,
                "CREATE INDEX idx_widgets_price ON widgets (price);\n--rollback empty");
        assertThat(cli(db).run("migrate", "--to", "20260101000000").exit()).isZero();

        Cli.Run pending = cli(db).run("verify", "--pending");
        assertThat(pending.exit()).as(pending.all()).isEqualTo(1);
        assertThat(pending.out()).doesNotContain("20260101000000")
                .contains("20260102000000 add_price_and_index: applies, rolls back, restores the schema exactly")
                .contains("20260103000000 index_price: applies, rolls back, does NOT restore the schema")
                .contains("1 verified, 1 failed");

        Cli.Run one = cli(db).run("verify", "20260102000000");
        assertThat(one.exit()).as(one.all()).isZero();
        assertThat(one.out()).doesNotContain("20260101000000 ").doesNotContain("20260103000000").contains("1 verified, 0 failed");

        assertThat(cli(db).run("verify", "20260101000000", "20260102000000").out()).contains("2 verified, 0 failed");
        assertThat(cli(db).run("up").exit()).isZero();
        assertThat(cli(db).run("verify", "--pending").out()).isEqualTo("nothing to verify\n");

        Cli.Run unknown = cli(db).run("verify", "20990101000000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no migration with version 20990101000000");
        assertThat(cli(db).run("verify", "--pending", "20260101000000").exit()).isEqualTo(2);
    }

    @Test
    void aMigrationThatDoesNotApplyBlocksTheOnesAfterIt() throws Exception {
        EngineKind engine = EngineKind.H2;
        TestDatabase db = database(engine);
        goodMigrations(engine);
        migration("20260103000000", "broken", engine, "ALTER TABLE no_such_table ADD x INT;\n--rollback empty");
        migration("20260104000000", "after", engine, "ALTER TABLE widgets ADD y INT;\n--rollback ALTER TABLE widgets DROP COLUMN y;");
        Cli.Run run = cli(db).run("verify", "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode migrations = Json.MAPPER.readTree(run.out()).path("migrations");
        assertThat(migrations.get(2).path("applies").asBoolean()).isFalse();
        assertThat(migrations.get(2).path("error").asString()).contains("could not apply");
        assertThat(migrations.get(3).path("error").asString()).startsWith("not checked: migration 20260103000000");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void newChecksTheFileItWrites(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        Cli cli = cli(db);
        Files.writeString(dir.resolve("s.sql"), """
                CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE);
                CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id), note VARCHAR(10));
                CREATE INDEX orders_by_customer ON orders (customer_id);
                """);
        Cli.Run created = cli.run("new", "-m", "init", "--to-sql", "s.sql");
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(created.out()).contains("wrote migrations/versions/").contains("\nrollback verified on a shadow database\n");
        assertThat(cli.run("up").exit()).isZero();

        Files.writeString(dir.resolve("s.sql"), """
                CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE);
                CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id));
                CREATE INDEX orders_by_customer ON orders (customer_id);
                """);
        Cli.Run dropped = cli.run("new", "-m", "drop_note", "--to-sql", "s.sql", "--drop-extra", "--format", "json");
        assertThat(dropped.exit()).as(dropped.all()).isZero();
        JsonNode v = Json.MAPPER.readTree(dropped.out()).path("verification");
        assertThat(v.path("restoresExactly").asBoolean()).isTrue();
        assertThat(v.path("rollbackLosesData").asBoolean()).isTrue();
        assertThat(Json.MAPPER.readTree(dropped.out()).path("verificationNote").asString())
                .startsWith("rollback verified (it restores the structure, not the data");

        assertThat(cli.run("up").exit()).isZero();
        Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id INT PRIMARY KEY);");
        Cli.Run skipped = cli.run("new", "-m", "skip", "--to-sql", "s.sql", "--no-verify");
        assertThat(skipped.exit()).as(skipped.all()).isZero();
        // the tables s.sql leaves out are kept (only --drop-extra drops them), with a warning before the file's line
        assertThat(skipped.out()).startsWith("warning: sql s.sql has none of the database's 2 tables").contains("\nwrote ")
                .doesNotContain("rollback");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static int tablesOf(TestDatabase db) throws Exception {
        // JDBC metadata works on every engine (SQLite has no information_schema); SQLite's own tables do not count
        return (int) MigrationCommandsTest.tables(db).stream().filter(t -> !t.startsWith("sqlite_")).count();
    }
}
