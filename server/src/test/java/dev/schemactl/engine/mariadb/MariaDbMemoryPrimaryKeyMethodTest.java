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
 * The primary key's method relative to its table's engine, judged by SHOW CREATE TABLE: a MEMORY table's primary key
 * is HASH unless it says {@code USING BTREE} (the one that serves range scans), so a BTREE primary key must be created
 * as BTREE by CREATE TABLE, by a method change and by an engine change, and each rollback must give back what was there.
 */
class MariaDbMemoryPrimaryKeyMethodTest {

    @TempDir
    Path dir;

    private static final String HOT = "CREATE TABLE hot (id int NOT NULL%s, at int NOT NULL, PRIMARY KEY (id)%s, KEY idx_hot_at (at)) "
            + "ENGINE=%s";

    @Test
    void createTableKeepsTheBtreePrimaryKeyOfAMemoryTable() throws Exception {
        migrateAndRollBack("CREATE TABLE other (id int NOT NULL PRIMARY KEY)",
                "CREATE TABLE other (id int NOT NULL PRIMARY KEY); " + HOT.formatted("", " USING BTREE", "MEMORY"),
                "PRIMARY KEY (`id`) USING BTREE");
    }

    @Test
    void aMemoryPrimaryKeyTurnedFromHashToBtreeAndBack() throws Exception {
        migrateAndRollBack(HOT.formatted("", "", "MEMORY"), HOT.formatted("", " USING BTREE", "MEMORY"),
                "PRIMARY KEY (`id`) USING BTREE");
        migrateAndRollBack(HOT.formatted("", " USING BTREE", "MEMORY"), HOT.formatted("", "", "MEMORY"),
                "PRIMARY KEY (`id`),");
    }

    @Test
    void anAutoIncrementMemoryPrimaryKeyTurnedToBtree() throws Exception {
        migrateAndRollBack(HOT.formatted(" AUTO_INCREMENT", "", "MEMORY"), HOT.formatted(" AUTO_INCREMENT", " USING BTREE", "MEMORY"),
                "PRIMARY KEY (`id`) USING BTREE");
    }

    /** The same one-statement rebuild serves a DESC part of a key an AUTO_INCREMENT column leads, on any engine. */
    @Test
    void anAutoIncrementPrimaryKeyTurnedDescending() throws Exception {
        migrateAndRollBack("CREATE TABLE hot (id int NOT NULL AUTO_INCREMENT, at int NOT NULL, PRIMARY KEY (id, at))",
                "CREATE TABLE hot (id int NOT NULL AUTO_INCREMENT, at int NOT NULL, PRIMARY KEY (id, at DESC))",
                "PRIMARY KEY (`id`,`at` DESC)");
    }

    @Test
    void anEngineChangeBetweenInnoDbAndMemoryKeepsThePrimaryKeysMethod() throws Exception {
        migrateAndRollBack(HOT.formatted("", "", "InnoDB"), HOT.formatted("", " USING BTREE", "MEMORY"),
                "PRIMARY KEY (`id`) USING BTREE");
        migrateAndRollBack(HOT.formatted("", " USING BTREE", "MEMORY"), HOT.formatted("", "", "InnoDB"),
                "PRIMARY KEY (`id`),");
    }

    /**
     * Loads {@code a} into one database and {@code b} into another, migrates the first to the second ({@code new
     * --to-url}, {@code up}) and rolls back: SHOW CREATE TABLE must equal B's after, A's after the rollback.
     */
    private void migrateAndRollBack(String a, String b, String... bShows) throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase desired = TestDatabase.create(EngineKind.MARIADB)) {
            execute(live, a);
            execute(desired, b);
            assertThat(showCreate(desired, "hot")).contains(bShows);
            String before = showCreate(live, "hot");
            Path project = Files.createTempDirectory(dir, "p");
            Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(project.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Cli cli = new Cli(project).env("DATABASE_URL", live.urlText());
            Cli.Run made = cli.run("new", "-m", "change", "--to-url", desired.urlText());
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            String migration;
            try (var files = Files.list(project.resolve("migrations/versions"))) {
                migration = Files.readString(files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
            }
            assertThat(made.err()).as(migration).doesNotContain("NOT verified");
            assertThat(keysInAnyOrder(showCreate(live, "hot"))).as(migration).isEqualTo(keysInAnyOrder(showCreate(desired, "hot")));
            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(keysInAnyOrder(showCreate(live, "hot"))).as(migration).isEqualTo(keysInAnyOrder(before));
        }
    }

    /** The statement with its lines sorted: a key dropped and created again comes last (the server keeps creation order). */
    private static String keysInAnyOrder(String showCreate) {
        return showCreate == null ? null
                : showCreate.lines().map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).sorted().toList().toString();
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql.split(";")) if (!s.isBlank()) st.execute(s);
        }
    }

    /** SHOW CREATE TABLE as printed; null when the table does not exist. */
    private static String showCreate(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW FULL TABLES LIKE '" + table + "'")) {
            if (!rs.next()) return null;
        }
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            return rs.getString(2);
        }
    }
}
