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
 * A key's method relative to its table's engine, judged by SHOW CREATE TABLE: a MEMORY table's default is HASH, so a
 * BTREE key there (the one that serves range scans) must be created as BTREE, by CREATE TABLE, by an added key and by
 * an engine change, and each rollback must give back what was there.
 */
class MariaDbMemoryIndexMethodTest {

    @TempDir
    Path dir;

    private static final String HOT = "CREATE TABLE hot (id int NOT NULL, at int NOT NULL, tag varchar(20) NOT NULL, "
            + "PRIMARY KEY (id), %s) ENGINE=%s";

    @Test
    void createTableKeepsTheBtreeKeysOfAMemoryTable() throws Exception {
        migrateAndRollBack("CREATE TABLE other (id int NOT NULL PRIMARY KEY)",
                "CREATE TABLE other (id int NOT NULL PRIMARY KEY); "
                        + HOT.formatted("UNIQUE KEY uk_hot_tag_at (tag, at) USING BTREE, KEY idx_hot_at (at) USING BTREE, "
                        + "KEY idx_hot_tag (tag)", "MEMORY"),
                "UNIQUE KEY `uk_hot_tag_at` (`tag`,`at`) USING BTREE", "KEY `idx_hot_at` (`at`) USING BTREE", "KEY `idx_hot_tag` (`tag`)\n");
    }

    @Test
    void aKeyAddedToAMemoryTableKeepsBtree() throws Exception {
        migrateAndRollBack(HOT.formatted("KEY idx_hot_tag (tag)", "MEMORY"),
                HOT.formatted("KEY idx_hot_tag (tag), KEY idx_hot_at (at) USING BTREE", "MEMORY"),
                "KEY `idx_hot_at` (`at`) USING BTREE");
    }

    @Test
    void aMemoryKeyTurnedFromHashToBtreeAndBack() throws Exception {
        migrateAndRollBack(HOT.formatted("KEY idx_hot_at (at)", "MEMORY"),
                HOT.formatted("KEY idx_hot_at (at) USING BTREE", "MEMORY"), "KEY `idx_hot_at` (`at`) USING BTREE");
    }

    @Test
    void anEngineChangeBetweenInnoDbAndMemoryKeepsTheKeysMethods() throws Exception {
        migrateAndRollBack(HOT.formatted("KEY idx_hot_at (at), KEY idx_hot_tag (tag)", "InnoDB"),
                HOT.formatted("KEY idx_hot_at (at) USING BTREE, KEY idx_hot_tag (tag)", "MEMORY"),
                "KEY `idx_hot_at` (`at`) USING BTREE", "KEY `idx_hot_tag` (`tag`)\n");
        migrateAndRollBack(HOT.formatted("KEY idx_hot_at (at) USING BTREE, KEY idx_hot_tag (tag)", "MEMORY"),
                HOT.formatted("KEY idx_hot_at (at), KEY idx_hot_tag (tag)", "InnoDB"),
                "KEY `idx_hot_at` (`at`),");
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
