package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A primary key whose columns change while an AUTO_INCREMENT column is in it: MariaDB refuses a statement after which
 * the AUTO_INCREMENT column leads no key, so {@code DROP PRIMARY KEY} on its own fails. Through the CLI ({@code new
 * --to-url}, {@code up}, {@code rollback}), judged by SHOW CREATE TABLE, with the rows kept both ways.
 */
class MariaDbAutoIncrementPrimaryKeyChangeTest {

    @TempDir
    Path dir;

    private static final String EVENTS = "CREATE TABLE events (id int NOT NULL AUTO_INCREMENT, created_at datetime NOT NULL, "
            + "note varchar(20) %s, PRIMARY KEY (%s))";

    /** Typical before partitioning by date: the date joins the key (and the rollback takes it out again). */
    @Test
    void theKeyTakesInTheDateColumnAndGivesItBack() throws Exception {
        migrateAndRollBack(EVENTS.formatted("NOT NULL", "id"), EVENTS.formatted("NOT NULL", "id, created_at"),
                "PRIMARY KEY (`id`,`created_at`)");
        migrateAndRollBack(EVENTS.formatted("NOT NULL", "id, created_at"), EVENTS.formatted("NOT NULL", "id"),
                "PRIMARY KEY (`id`)");
    }

    /**
     * The tenant leads the new key; the AUTO_INCREMENT column gets a key of its own in the same statement (and loses it
     * in the same statement on the way back, with --drop-extra).
     */
    @Test
    void theTenantLeadsTheKeyAndTheAutoIncrementColumnGetsItsOwnKey() throws Exception {
        String a = "CREATE TABLE events (id int NOT NULL AUTO_INCREMENT, tenant_id int NOT NULL, PRIMARY KEY (id))";
        String b = "CREATE TABLE events (id int NOT NULL AUTO_INCREMENT, tenant_id int NOT NULL, PRIMARY KEY (tenant_id, id), "
                + "KEY idx_events_id (id))";
        migrateAndRollBack(a, b, "PRIMARY KEY (`tenant_id`,`id`)", "KEY `idx_events_id` (`id`)");
        migrateAndRollBack(b, a, "PRIMARY KEY (`id`)");
    }

    /** A column that leaves the key and becomes nullable is nullable after the plan (MariaDB kept it NOT NULL in the key). */
    @Test
    void aColumnLeavingTheKeyBecomesNullable() throws Exception {
        migrateAndRollBack("CREATE TABLE events (id int NOT NULL AUTO_INCREMENT, created_at datetime NOT NULL, note varchar(20) NOT NULL, "
                        + "PRIMARY KEY (id, note))", EVENTS.formatted("NULL", "id, created_at"),
                "`note` varchar(20) DEFAULT NULL", "PRIMARY KEY (`id`,`created_at`)");
    }

    private void migrateAndRollBack(String a, String b, String... bShows) throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase desired = TestDatabase.create(EngineKind.MARIADB)) {
            execute(live, a);
            execute(live, "INSERT INTO events (" + (a.contains("tenant_id") ? "tenant_id" : "created_at, note")
                    + ") VALUES " + (a.contains("tenant_id") ? "(1), (2), (1)" : "('2024-01-01', 'x'), ('2024-02-01', 'y'), ('2024-03-01', 'z')"));
            execute(desired, b);
            assertThat(showCreate(desired)).contains(bShows);
            String before = showCreate(live);
            Path project = Files.createTempDirectory(dir, "p");
            Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(project.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Cli cli = new Cli(project).env("DATABASE_URL", live.urlText());
            Cli.Run made = cli.run("new", "-m", "change", "--to-url", desired.urlText(), "--drop-extra");
            assertThat(made.exit()).as(made.all()).isZero();
            String migration;
            try (var files = Files.list(project.resolve("migrations/versions"))) {
                migration = Files.readString(files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
            }
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(migration + up.all()).isZero();
            assertThat(withoutAutoIncrementCounter(showCreate(live))).as(migration)
                    .isEqualTo(withoutAutoIncrementCounter(showCreate(desired)));
            assertThat(ids(live)).as(migration).isEqualTo("1,2,3");
            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(migration + rollback.all()).isZero();
            assertThat(showCreate(live)).as(migration).isEqualTo(before);
            assertThat(ids(live)).as(migration).isEqualTo("1,2,3");
        }
    }

    /** The table's AUTO_INCREMENT= counter is the rows', not the schema's (the desired database has none). */
    private static String withoutAutoIncrementCounter(String showCreate) {
        return showCreate.replaceAll(" AUTO_INCREMENT=\\d+", "");
    }

    private static String ids(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT GROUP_CONCAT(id ORDER BY id) FROM events")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String showCreate(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE events")) {
            rs.next();
            return rs.getString(2);
        }
    }
}
