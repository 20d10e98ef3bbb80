package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that already has another tool's {@code schema_migrations} (Rails: {@code version varchar PRIMARY KEY}):
 * schemactl refuses to read or write it as its tracking table and shows it as a user table. Judged with plain SQL and
 * the driver's catalog, not schemactl's inspector.
 */
class ForeignTrackingTableTest {
    private static final String REFUSAL = "schema_migrations here belongs to another tool (columns: version)";

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase railsDatabase(EngineKind engine) throws SQLException {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_migrations (version VARCHAR(255) NOT NULL PRIMARY KEY)");
            st.execute("INSERT INTO schema_migrations (version) VALUES ('20240101000000')");
            st.execute("INSERT INTO schema_migrations (version) VALUES ('20240202000000')");
            if (!c.getAutoCommit()) c.commit();
        }
        return db;
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void statusUpAndDumpRefuseAndLeaveTheOtherToolsTableAsItWas(EngineKind engine) throws Exception {
        TestDatabase db = railsDatabase(engine);
        MigrationFiles.write(dir, "20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        String before = snapshot(db);
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());

        for (String[] command : List.of(new String[]{"status"}, new String[]{"up"}, new String[]{"dump"})) {
            Cli.Run run = cli.run(command);
            assertThat(run.exit()).as(run.all()).isEqualTo(2);
            assertThat(run.all()).as(command[0]).contains(REFUSAL).contains(" — ").doesNotContain("\tat ");
            assertThat(snapshot(db)).as("after %s", command[0]).isEqualTo(before);
        }
        assertThat(Files.exists(dir.resolve("db/schema.sql"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void diffShowsTheOtherToolsTableAsAUserTable(EngineKind engine) throws Exception {
        TestDatabase db = railsDatabase(engine);
        Files.writeString(dir.resolve("rails.sql"), "CREATE TABLE schema_migrations (version VARCHAR(255) NOT NULL PRIMARY KEY);\n");
        Files.writeString(dir.resolve("empty.sql"), "CREATE TABLE other (id INT PRIMARY KEY);\n");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());

        Cli.Run same = cli.run("diff", "--to-sql", "rails.sql");
        assertThat(same.exit()).as(same.all()).isZero();
        assertThat(same.out()).as(same.all()).startsWith("no changes");

        Cli.Run without = cli.run("diff", "--to-sql", "empty.sql");
        assertThat(without.exit()).as(without.all()).isZero();
        assertThat(without.out()).as(without.all()).contains("only in the database").contains("schema_migrations")
                .doesNotContainIgnoringCase("DROP TABLE schema_migrations");

        String before = snapshot(db);
        Cli.Run baseline = cli.run("baseline");
        assertThat(baseline.exit()).as(baseline.all()).isEqualTo(2);
        assertThat(baseline.all()).contains(REFUSAL);
        assertThat(Files.exists(dir.resolve("migrations/versions"))).as("no baseline file written").isFalse();
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void withItsOwnTableNameSchemactlMigratesDumpsAndDiffsBesideTheOtherTool(EngineKind engine) throws Exception {
        TestDatabase db = railsDatabase(engine);
        MigrationFiles.write(dir, "20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        Files.writeString(dir.resolve("schemactl.yaml"), "migrations_table: schemactl_migrations\n");
        Files.writeString(dir.resolve("widgets.sql"), "CREATE TABLE widgets (id INT PRIMARY KEY);\n");
        String rails = snapshot(db, "schema_migrations");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());

        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(up.out()).contains("applied 1 migration");
        String after = snapshot(db, null);
        assertThat(after).contains("widgets(").contains("schemactl_migrations(").contains("schemactl_migrations_lock(")
                .contains("schemactl_migrations_audit(").doesNotContain("schema_migrations_");
        assertThat(snapshot(db, "schema_migrations")).isEqualTo(rails);
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT filename FROM schemactl_migrations")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("20260101000000_create_widgets.sql");
        }

        Cli.Run status = cli.run("status");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("1 applied, 0 pending");

        Cli.Run diff = cli.run("diff", "--to-sql", "widgets.sql");
        assertThat(diff.exit()).as(diff.all()).isZero();
        assertThat(diff.out()).as(diff.all()).contains("only in the database").contains("schema_migrations")
                .doesNotContain("schemactl_migrations").doesNotContainIgnoringCase("DROP TABLE");

        Cli.Run dump = cli.run("dump");
        assertThat(dump.exit()).as(dump.all()).isZero();
        String dumped = Files.readString(dir.resolve("db/schema.sql")).toLowerCase(Locale.ROOT);
        assertThat(dumped).contains("schema_migrations").contains("widgets").doesNotContain("schemactl_migrations");
        assertThat(snapshot(db, null)).isEqualTo(after);
    }

    /**
     * A desired state holding another tool's schema_migrations (Ecto's, as a Phoenix structure.sql has it): `new` used
     * to write a migration creating it, which `up` could never apply ("relation schema_migrations already exists", the
     * tracking table being made first). Now refused before a file is written; with its own table name it goes through.
     */
    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void newRefusesADesiredStateDeclaringAnotherToolsTableOfTheTrackingTablesName(EngineKind engine) throws Exception {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        Files.writeString(dir.resolve("ecto.sql"), "CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, "
                + "inserted_at TIMESTAMP);\nCREATE TABLE widgets (id INT PRIMARY KEY);\n");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());

        Cli.Run refused = cli.run("new", "-m", "init", "--to-sql", "ecto.sql");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(2);
        assertThat(refused.all()).contains("the desired state declares schema_migrations (columns: version, inserted_at)")
                .contains("migrations_table: schemactl_migrations").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("migrations/versions"))
                && Files.list(dir.resolve("migrations/versions")).findAny().isPresent()).as("no migration written").isFalse();

        Files.writeString(dir.resolve("schemactl.yaml"), "migrations_table: schemactl_migrations\n");
        Cli.Run created = cli.run("new", "-m", "init", "--to-sql", "ecto.sql");
        assertThat(created.exit()).as(created.all()).isZero();
        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(snapshot(db, null)).contains("schema_migrations(").contains("widgets(").contains("schemactl_migrations(");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "SQLITE"})
    void theFlagAndTheEnvironmentNameTheTableToo(EngineKind engine) throws Exception {
        TestDatabase db = railsDatabase(engine);
        MigrationFiles.write(dir, "20260101000000", "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        Files.writeString(dir.resolve("schemactl.yaml"), "migrations_table: from_file\n");
        Cli.Run up = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SCHEMACTL_MIGRATIONS_TABLE", "from_env")
                .run("up", "--migrations-table", "from_flag");
        assertThat(up.exit()).as(up.all()).isZero();
        Cli.Run status = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SCHEMACTL_MIGRATIONS_TABLE", "from_flag").run("status");
        assertThat(status.out()).as(status.all()).contains("1 applied, 0 pending");
        assertThat(snapshot(db, null)).contains("from_flag(").doesNotContain("from_env").doesNotContain("from_file");

        Cli.Run bad = new Cli(dir).env("DATABASE_URL", db.urlText()).run("status", "--migrations-table", "x; DROP TABLE y");
        assertThat(bad.exit()).as(bad.all()).isEqualTo(2);
        assertThat(bad.all()).contains("invalid migrations table name").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void migrationsThatCreateTheOtherToolsTableReplayOnAShadowUnderTheConfiguredName(EngineKind engine) throws Exception {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        MigrationFiles.write(dir, "20260101000000", "rails_table", engine,
                "CREATE TABLE schema_migrations (version VARCHAR(255) NOT NULL PRIMARY KEY);\n--rollback DROP TABLE schema_migrations;");
        Files.writeString(dir.resolve("schemactl.yaml"), "migrations_table: schemactl_migrations\n");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        Cli.Run verify = cli.run("verify");
        assertThat(verify.exit()).as(verify.all()).isZero();
        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(snapshot(db, "schema_migrations").toLowerCase(Locale.ROOT)).startsWith("schema_migrations(version ");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void loadOfAFileThatCreatesTheOtherToolsTableRefusesBeforeRunningAnything(EngineKind engine) throws Exception {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        Files.writeString(dir.resolve("rails-schema.sql"), """
                CREATE TABLE widgets (id INT PRIMARY KEY);
                CREATE TABLE schema_migrations (version VARCHAR(255) NOT NULL PRIMARY KEY);
                INSERT INTO schema_migrations (version) VALUES ('20240101000000');
                """);
        Cli.Run load = new Cli(dir).env("DATABASE_URL", db.urlText()).run("load", "--schema-file", "rails-schema.sql");
        assertThat(load.exit()).as(load.all()).isEqualTo(2);
        assertThat(load.all()).contains(REFUSAL).doesNotContain("\tat ");
        assertThat(tables(db)).as("nothing of the file ran").isEmpty();
    }

    /** The tables in the database's current schema, by the driver's catalog. */
    private static TreeSet<String> tables(TestDatabase db) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = db.connect();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
            while (rs.next()) out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String snapshot(TestDatabase db) throws SQLException {
        return snapshot(db, null);
    }

    /** Every table's name and columns (by the driver's catalog) and the other tool's rows, by plain SQL. */
    private static String snapshot(TestDatabase db, String only) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
                while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
            }
            for (String table : tables) {
                if (only != null && !only.equalsIgnoreCase(table)) continue;
                out.append(table.toLowerCase(Locale.ROOT)).append('(');
                try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
                    while (rs.next()) {
                        if (!table.equals(rs.getString("TABLE_NAME"))) continue;
                        out.append(rs.getString("COLUMN_NAME")).append(' ').append(rs.getString("TYPE_NAME"))
                                .append(' ').append(rs.getInt("COLUMN_SIZE")).append(' ').append(rs.getString("IS_NULLABLE")).append(", ");
                    }
                }
                out.append(")\n");
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version FROM schema_migrations ORDER BY version")) {
                while (rs.next()) out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }
}
