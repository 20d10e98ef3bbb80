package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index COMMENT and IGNORED, DESC parts of a primary key and the partition clause, judged by SHOW CREATE TABLE as
 * printed: created by {@code new}/{@code up} and by {@code dump}/{@code load} as the source has them, and changed in
 * place and back (ALTER INDEX ... IGNORED, ALTER TABLE ... PARTITION BY / REMOVE PARTITIONING).
 */
class MariaDbKeyAndPartitionOptionsTest {

    private static final Engine ENGINE = Engines.of(EngineKind.MARIADB);

    private static final List<String> SOURCE = List.of(
            "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT, name varchar(50) NOT NULL, email varchar(100), "
                    + "login varchar(40) NOT NULL, KEY idx_email (email) COMMENT 'login lookups', KEY idx_name (name) IGNORED, "
                    + "UNIQUE KEY uk_login (login) COMMENT 'it''s one \\\\ per person' IGNORED, PRIMARY KEY (id))",
            "CREATE TABLE feed (id int NOT NULL, at datetime NOT NULL, PRIMARY KEY (id, at DESC))",
            "CREATE TABLE hist (id int NOT NULL, clock int NOT NULL, PRIMARY KEY (id, clock)) ROW_FORMAT=DYNAMIC "
                    + "PARTITION BY RANGE (clock) (PARTITION p0 VALUES LESS THAN (1000) COMMENT 'old', PARTITION p1 VALUES LESS THAN MAXVALUE)");

    @TempDir
    Path dir;

    @Test
    void newAndUpCreateThemAsTheSourceHasThem() throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.MARIADB); TestDatabase fresh = TestDatabase.create(EngineKind.MARIADB)) {
            execute(source, SOURCE);
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", fresh.urlText());
            Cli.Run made = cli.run("new", "-m", "init", "--to-url", source.urlText());
            assertThat(made.exit()).as(made.all()).isZero();
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                String migration = Files.readString(files.filter(p -> p.toString().endsWith(".sql")).findFirst().orElseThrow());
                // the keys are written inside CREATE TABLE in the source's key order (MariaDbRenderer.keyClauses)
                assertThat(migration).contains("KEY idx_email (email) COMMENT 'login lookups'",
                        "KEY idx_name (name) IGNORED", "PRIMARY KEY (id, at DESC)",
                        "PARTITION BY RANGE (`clock`)");
            }
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            for (String table : List.of("users", "feed", "hist")) {
                assertThat(showCreate(fresh, table)).isEqualTo(showCreate(source, table));
            }
            assertThat(showCreate(fresh, "users")).contains("COMMENT 'login lookups'", "KEY `idx_name` (`name`) IGNORED");
            assertThat(showCreate(fresh, "feed")).contains("PRIMARY KEY (`id`,`at` DESC)");
            assertThat(showCreate(fresh, "hist")).contains("PARTITION BY RANGE (`clock`)", "COMMENT = 'old'");
        }
    }

    @Test
    void dumpThenLoadKeepsThem() throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.MARIADB); TestDatabase copy = TestDatabase.create(EngineKind.MARIADB)) {
            execute(source, SOURCE);
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", source.urlText()).run("dump", "--schema-file", "db/schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "db/schema.sql");
            assertThat(load.exit()).as(load.all()).isZero();
            for (String table : List.of("users", "feed", "hist")) {
                assertThat(showCreate(copy, table)).isEqualTo(showCreate(source, table));
            }
        }
    }

    @Test
    void ignoringAnIndexIsOneAlterIndexAndBack() throws Exception {
        String plain = "CREATE TABLE users (id int NOT NULL PRIMARY KEY, name varchar(50), KEY idx_name (name))";
        String ignored = "CREATE TABLE users (id int NOT NULL PRIMARY KEY, name varchar(50), KEY idx_name (name) IGNORED)";
        assertChangesInPlace(plain, ignored, List.of("ALTER TABLE users ALTER INDEX idx_name IGNORED"),
                List.of("ALTER TABLE users ALTER INDEX idx_name NOT IGNORED"));
    }

    @Test
    void aChangedIndexCommentRebuildsTheIndex() throws Exception {
        String before = "CREATE TABLE users (id int NOT NULL PRIMARY KEY, name varchar(50), KEY idx_name (name) COMMENT 'a')";
        String after = "CREATE TABLE users (id int NOT NULL PRIMARY KEY, name varchar(50), KEY idx_name (name) COMMENT 'b')";
        assertChangesInPlace(before, after, List.of("DROP INDEX idx_name ON users", "CREATE INDEX idx_name ON users (name) COMMENT 'b'"),
                List.of("DROP INDEX idx_name ON users", "CREATE INDEX idx_name ON users (name) COMMENT 'a'"));
    }

    @Test
    void aPrimaryKeyPartTurnedDescendingRebuildsTheKey() throws Exception {
        String before = "CREATE TABLE feed (id int NOT NULL, at datetime NOT NULL, PRIMARY KEY (id, at))";
        String after = "CREATE TABLE feed (id int NOT NULL, at datetime NOT NULL, PRIMARY KEY (id, at DESC))";
        assertChangesInPlace(before, after, List.of("ALTER TABLE feed DROP PRIMARY KEY", "ALTER TABLE feed ADD PRIMARY KEY (id, at DESC)"),
                List.of("ALTER TABLE feed DROP PRIMARY KEY", "ALTER TABLE feed ADD PRIMARY KEY (id, at)"));
    }

    @Test
    void repartitioningIsOneAlterTableAndRemovingItAnother() throws Exception {
        String plain = "CREATE TABLE hist (id int NOT NULL, clock int NOT NULL, PRIMARY KEY (id, clock))";
        String byHash = plain + " PARTITION BY HASH (id) PARTITIONS 4";
        assertChangesInPlace(plain, byHash, List.of("ALTER TABLE hist PARTITION BY HASH (`id`) PARTITIONS 4"),
                List.of("ALTER TABLE hist REMOVE PARTITIONING"));
    }

    @Test
    void theFingerprintSeesIgnoredIndexesAndPartitions() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            execute(db, List.of("CREATE TABLE t (id int NOT NULL, k int NOT NULL, PRIMARY KEY (id, k), KEY idx_k (k)) "
                    + "PARTITION BY HASH (id) PARTITIONS 2"));
            String first = ENGINE.schemaFingerprint().of(c, List.of());
            execute(db, List.of("ALTER TABLE t ALTER INDEX idx_k IGNORED"));
            String ignored = ENGINE.schemaFingerprint().of(c, List.of());
            execute(db, List.of("ALTER TABLE t PARTITION BY HASH (id) PARTITIONS 3"));
            String repartitioned = ENGINE.schemaFingerprint().of(c, List.of());
            assertThat(first).isNotNull();
            assertThat(ignored).isNotEqualTo(first);
            assertThat(repartitioned).isNotEqualTo(ignored);
        }
    }

    /** Plans {@code before} -> {@code after} on one table, checks its SQL, applies it and its rollback (SHOW CREATE TABLE). */
    private static void assertChangesInPlace(String before, String after, List<String> forward, List<String> rollback) throws Exception {
        try (TestDatabase work = TestDatabase.create(EngineKind.MARIADB); TestDatabase target = TestDatabase.create(EngineKind.MARIADB)) {
            execute(work, List.of(before));
            execute(target, List.of(after));
            String table = before.split(" ")[2];
            String original = showCreate(work, table);
            Schema from;
            Schema to;
            try (Connection w = work.connect(); Connection t = target.connect()) {
                from = ENGINE.inspector().inspect(w);
                to = ENGINE.inspector().inspect(t);
            }
            Plan plan = ENGINE.differ().diff(from, to);
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            List<RenderedChange> rendered = ENGINE.renderer().render(plan);
            for (RenderedChange r : rendered) up.addAll(r.forward());
            for (int i = rendered.size() - 1; i >= 0; i--) down.addAll(rendered.get(i).rollback());
            assertThat(up).containsExactlyElementsOf(forward);
            assertThat(down).containsExactlyElementsOf(rollback);
            execute(work, up);
            assertThat(showCreate(work, table)).isEqualTo(showCreate(target, table));
            execute(work, down);
            assertThat(showCreate(work, table)).isEqualTo(original);
        }
    }

    private static void execute(TestDatabase db, List<String> statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    private static String showCreate(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            return rs.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", "");
        }
    }
}
