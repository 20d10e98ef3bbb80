package dev.schemactl.risk;

import dev.schemactl.config.SettingsLoader;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.service.RiskResult;
import dev.schemactl.service.RiskService;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, sections 1 and 1b, at the rule level: every way of losing data the scorer used to miss (tautological
 * WHEREs, UPDATE without a key, data-modifying CTEs, MERGE, USING that ignores the column, DO / EXECUTE / PREPARE /
 * CALL / functions created and called / psql includes) is a category-D finding scored by the rows it may reach, with
 * the safe variants left alone; and the misjudged cases (a column named public, VALIDATE before SET NOT NULL, ADD
 * COLUMN then a separate foreign key, MariaDB foreign keys and ALGORITHM/LOCK, inet → cidr, timestamp → timestamptz
 * under UTC, narrowing checked on the data). Tables: victim (3 rows), recipe (2), posts (2, with a NOT VALID
 * not-null check), users (1), nets (2), wide (150,000 rows: too big to scan).
 */
class DataLossRulesTest {
    private static final Map<EngineKind, TestDatabase> DATABASES = new EnumMap<>(EngineKind.class);
    private static Path dir;

    @AfterAll
    static void dropDatabases() {
        DATABASES.values().forEach(TestDatabase::close);
    }

    private static synchronized TestDatabase db(EngineKind engine) throws Exception {
        TestDatabase existing = DATABASES.get(engine);
        if (existing != null) return existing;
        TestDatabase db = TestDatabase.create(engine);
        DATABASES.put(engine, db);
        if (dir == null) dir = Files.createTempDirectory("schemactl-dataloss-");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE victim (id INT PRIMARY KEY, name VARCHAR(100), val INT, email VARCHAR(100) UNIQUE)");
            st.execute("INSERT INTO victim VALUES (1, 'a', 10, 'a@x'), (2, 'bb', 20, 'b@x'), (3, 'ccc', 30, 'c@x')");
            st.execute("CREATE TABLE recipe (id INT PRIMARY KEY)");
            st.execute("INSERT INTO recipe VALUES (1), (2)");
            st.execute("CREATE TABLE users (id INT PRIMARY KEY)");
            st.execute("INSERT INTO users VALUES (1)");
            st.execute("CREATE TABLE empty_t (id INT PRIMARY KEY, note VARCHAR(100))");
            if (engine == EngineKind.POSTGRESQL) {
                st.execute("CREATE TABLE posts (id INT PRIMARY KEY, title TEXT)");
                st.execute("INSERT INTO posts VALUES (1, 'x'), (2, 'y')");
                st.execute("ALTER TABLE posts ADD CONSTRAINT posts_title_nn CHECK (title IS NOT NULL) NOT VALID");
                st.execute("CREATE TABLE nets (id INT PRIMARY KEY, ip inet, seen timestamp, amount NUMERIC(10,3))");
                st.execute("INSERT INTO nets VALUES (1, '10.0.0.0/8', now(), 1.5), (2, '192.168.1.0/24', now(), 2.25)");
                st.execute("CREATE TABLE accounts (id INT PRIMARY KEY, email TEXT, deleted_at timestamp)");
                st.execute("CREATE UNIQUE INDEX accounts_email_live ON accounts (email) WHERE deleted_at IS NULL");
                st.execute("INSERT INTO accounts VALUES (1, 'a', now()), (2, 'a', NULL)");
                st.execute("CREATE TABLE wide (id INT PRIMARY KEY, note VARCHAR(100))");
                st.execute("INSERT INTO wide SELECT g, 'n' || g FROM generate_series(1, 150000) g");
                st.execute("ANALYZE wide");
            } else {
                st.execute("CREATE TABLE wide (id INT PRIMARY KEY, note VARCHAR(100))");
                st.execute("INSERT INTO wide SELECT seq, CONCAT('n', seq) FROM seq_1_to_150000");
                st.execute("ANALYZE TABLE wide");
            }
        }
        return db;
    }

    private static RiskResult lint(EngineKind engine, String sql) throws Exception {
        TestDatabase db = db(engine);
        var settings = SettingsLoader.load(dir, new SettingsLoader.Flags(db.urlText(), null, null, null, null), Map.of());
        return new RiskService(settings).lintSql(sql, "case.sql");
    }

    private static Finding fires(EngineKind engine, String rule, String sql) throws Exception {
        RiskResult r = lint(engine, sql);
        List<Finding> hits = r.report().findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(hits).as(engine + ": " + rule + " on " + sql + "\n" + r.text()).isNotEmpty();
        return hits.get(0);
    }

    private static void silent(EngineKind engine, String rule, String sql) throws Exception {
        RiskResult r = lint(engine, sql);
        assertThat(r.report().findings()).as(engine + ": " + rule + " must stay silent on " + sql + "\n" + r.text())
                .noneMatch(f -> f.ruleId().equals(rule));
    }

    /** A destructive finding on a table of 3 rows: high, one down for < 10k rows: medium, which the default policy confirms. */
    private static Finding destructive(EngineKind engine, String rule, String sql) throws Exception {
        Finding f = fires(engine, rule, sql);
        assertThat(f.category()).as(sql).isEqualTo(Category.D);
        assertThat(f.baseSeverity()).as(sql).isEqualTo(Severity.HIGH);
        assertThat(f.severity()).as(sql + " " + f.modifiers()).isEqualTo(Severity.MEDIUM);
        return f;
    }

    /** Opaque code is scored by the largest table it could reach: wide, ~150,000 rows (10k–1M): high. */
    private static void opaque(EngineKind engine, String sql) throws Exception {
        Finding f = fires(engine, "DS-OPAQUE-CODE", sql);
        assertThat(f.category()).as(sql).isEqualTo(Category.D);
        assertThat(f.message()).as(sql).contains("assumed it may drop or rewrite any table");
        assertThat(f.modifiers()).as(sql).singleElement()
                .satisfies(m -> assertThat(m.reason()).startsWith("largest table: wide has").contains("(10k–1M): unchanged"));
        assertThat(f.severity()).as(sql).isEqualTo(Severity.HIGH);
    }

    // ------------------------------------------------------------------ section 1: DML that removes or overwrites rows

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void tautologicalDeletesAreTruncates(EngineKind engine) throws Exception {
        for (String where : List.of("1=1", "1 = 1 OR id = 2", "true", "'a' = 'a'", "id = id", "(2 > 1)")) {
            Finding f = destructive(engine, "DS-TRUNCATE", "DELETE FROM victim WHERE " + where);
            assertThat(f.message()).contains("always true");
        }
        assertThat(destructive(engine, "DS-DELETE-ROWS", "DELETE FROM victim WHERE name LIKE '%'").message())
                .contains("does not select rows by primary or unique key").contains("assumed every row of victim matches");
        destructive(engine, "DS-DELETE-ROWS", "DELETE FROM victim WHERE id > 0");
        silent(engine, "DS-DELETE-ROWS", "DELETE FROM victim WHERE id = 2");
        silent(engine, "DS-DELETE-ROWS", "DELETE FROM victim WHERE id IN (1, 2) AND name = 'a'");
        silent(engine, "DS-DELETE-ROWS", "DELETE FROM victim WHERE email = 'a@x'");
        silent(engine, "DS-TRUNCATE", "DELETE FROM victim WHERE 1 = 0");
        assertThat(fires(engine, "DS-TRUNCATE", "DELETE FROM empty_t WHERE 1=1").severity()).isEqualTo(Severity.INFO);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void updatesWithoutAKeyOverwriteRows(EngineKind engine) throws Exception {
        Finding wipe = destructive(engine, "DS-UPDATE-ROWS", "UPDATE victim SET name = NULL");
        assertThat(wipe.column()).isEqualTo("name");
        assertThat(wipe.message()).contains("has no WHERE: every row");
        assertThat(wipe.modifiers()).singleElement().satisfies(m -> assertThat(m.reason()).contains("victim has 3 rows"));
        destructive(engine, "DS-UPDATE-ROWS", "UPDATE victim SET val = 0 WHERE 1 = 1");
        destructive(engine, "DS-UPDATE-ROWS", "UPDATE victim SET val = val + 1 WHERE val > 5");
        silent(engine, "DS-UPDATE-ROWS", "UPDATE victim SET name = 'z' WHERE id = 3");
        // backfills overwrite nothing that existed: a column added in the same migration, or only its NULLs
        silent(engine, "DS-UPDATE-ROWS", "ALTER TABLE victim ADD COLUMN slug VARCHAR(20); UPDATE victim SET slug = name");
        silent(engine, "DS-UPDATE-ROWS", "UPDATE victim SET name = 'n/a' WHERE name IS NULL");
        silent(engine, "DS-UPDATE-ROWS", "CREATE TABLE fresh (id INT, v INT); UPDATE fresh SET v = 1");
    }

    @Test
    void aPartialUniqueIndexIsNoKey() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        // two rows share email 'a' (one deleted): the partial unique index does not make email a key
        destructive(pg, "DS-DELETE-ROWS", "DELETE FROM accounts WHERE email = 'a'");
        silent(pg, "DS-DELETE-ROWS", "DELETE FROM accounts WHERE id = 2");
    }

    @Test
    void dataModifyingCtesAndMergeOnPostgres() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        assertThat(destructive(pg, "DS-TRUNCATE", "WITH d AS (DELETE FROM victim RETURNING *) SELECT count(*) FROM d")
                .message()).contains("DELETE without WHERE");
        destructive(pg, "DS-UPDATE-ROWS", "WITH u AS (UPDATE victim SET val = 0 RETURNING id) SELECT * FROM u");
        destructive(pg, "DS-DELETE-ROWS", "WITH d AS (DELETE FROM victim WHERE val > 1 RETURNING id) INSERT INTO users SELECT id + 100 FROM d");
        silent(pg, "DS-DELETE-ROWS", "WITH x AS (SELECT id FROM victim) SELECT * FROM x");
        destructive(pg, "DS-DELETE-ROWS", "MERGE INTO victim v USING users u ON v.id = u.id WHEN MATCHED THEN DELETE");
        destructive(pg, "DS-UPDATE-ROWS", "MERGE INTO victim v USING users u ON v.id = u.id WHEN MATCHED THEN UPDATE SET val = 0");
        silent(pg, "DS-UPDATE-ROWS", "MERGE INTO victim v USING users u ON v.id = u.id WHEN NOT MATCHED THEN INSERT (id) VALUES (u.id)");
    }

    @Test
    void usingExpressionsThatDoNotReadTheColumnDiscardIt() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        for (String sql : List.of("ALTER TABLE victim ALTER COLUMN val TYPE integer USING NULL",
                "ALTER TABLE victim ALTER COLUMN name TYPE text USING ''",
                "ALTER TABLE victim ALTER COLUMN val TYPE bigint USING 42",
                "ALTER TABLE victim ALTER COLUMN val TYPE bigint USING id * 2",
                "ALTER TABLE victim ALTER COLUMN name TYPE varchar(200) USING 'name'")) {
            assertThat(destructive(pg, "DD-USING-DISCARDS", sql).message()).contains("does not read the column");
        }
        silent(pg, "DD-USING-DISCARDS", "ALTER TABLE victim ALTER COLUMN val TYPE bigint USING val::bigint");
        silent(pg, "DD-USING-DISCARDS", "ALTER TABLE victim ALTER COLUMN name TYPE text USING upper(\"name\")");
        assertThat(lint(pg, "ALTER TABLE victim ALTER COLUMN val TYPE integer USING NULL").report().rollbackability())
                .startsWith("none").contains("replaces every value of victim.val");
    }

    // ------------------------------------------------------------------ section 1: code whose effect cannot be read

    @Test
    void opaqueCodeOnPostgres() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        for (String sql : List.of(
                "DO $$ BEGIN EXECUTE 'DROP TABLE victim'; END $$",
                "DO $do1$ BEGIN EXECUTE 'DROP ' || 'TABLE victim'; END $do1$",
                "DO LANGUAGE plpgsql $$ BEGIN DELETE FROM victim; END $$",
                "CREATE FUNCTION wipe() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE victim; END $$; SELECT wipe()",
                "CREATE OR REPLACE FUNCTION public.wipe2() RETURNS int LANGUAGE sql AS $$ DELETE FROM victim RETURNING 1 $$; "
                        + "SELECT public.wipe2()",
                "CREATE PROCEDURE purge() LANGUAGE sql AS $$ DELETE FROM victim $$; CALL purge()",
                "CALL some_existing_procedure(1)",
                "PREPARE p AS DELETE FROM victim; EXECUTE p",
                "\\i drop_everything.sql",
                "SELECT 1;\n\\ir ../other.sql\n")) {
            opaque(pg, sql);
        }
        assertThat(fires(pg, "DS-OPAQUE-CODE", "DO $$ BEGIN EXECUTE 'DROP TABLE victim'; END $$").message())
                .startsWith("DO block with dynamic SQL (EXECUTE)");
        // a function created but never called, and one whose name only appears in a string, run nothing
        silent(pg, "DS-OPAQUE-CODE", "CREATE FUNCTION harmless() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$");
        silent(pg, "DS-OPAQUE-CODE", "CREATE FUNCTION harmless() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$; "
                + "COMMENT ON TABLE victim IS 'see harmless()'");
        silent(pg, "DS-OPAQUE-CODE", "DROP FUNCTION IF EXISTS old_fn(); SELECT 1");
    }

    @Test
    void opaqueCodeOnMariaDb() throws Exception {
        EngineKind maria = EngineKind.MARIADB;
        for (String sql : List.of("PREPARE s FROM 'DROP TABLE victim'; EXECUTE s",
                "EXECUTE IMMEDIATE 'DROP TABLE victim'", "CALL purge_all()")) {
            opaque(maria, sql);
        }
        assertThat(lint(maria, "PREPARE s FROM 'DROP TABLE victim'; EXECUTE s").report().rollbackability())
                .startsWith("none").contains("runs code schemactl cannot read");
    }

    @Test
    void opaqueCodeOnADatabaseWithoutRowsIsInfo() throws Exception {
        TestDatabase empty = TestDatabase.create(EngineKind.POSTGRESQL);
        try {
            try (Connection c = empty.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            }
            var settings = SettingsLoader.load(dir == null ? Files.createTempDirectory("schemactl-dataloss-") : dir,
                    new SettingsLoader.Flags(empty.urlText(), null, null, null, null), Map.of());
            RiskResult r = new RiskService(settings).lintSql("DO $$ BEGIN EXECUTE 'DROP TABLE t'; END $$", "case.sql");
            Finding f = r.report().findings().stream().filter(x -> x.ruleId().equals("DS-OPAQUE-CODE")).findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.modifiers()).singleElement().satisfies(m -> assertThat(m.reason()).contains("tables is empty"));
        } finally {
            empty.close();
        }
    }

    @Test
    void aStatementNotUnderstoodThatNamesADestructiveVerbIsOpaque() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        RiskResult r = lint(pg, "FROBNICATE victim THEN DELETE EVERYTHING");
        assertThat(r.report().findings()).extracting(Finding::ruleId).contains("UNKNOWN-STATEMENT", "DS-OPAQUE-CODE");
        RiskResult fk = lint(pg, "FROBNICATE victim ON DELETE CASCADE");
        assertThat(fk.report().findings()).extracting(Finding::ruleId).containsExactly("UNKNOWN-STATEMENT");
    }

    // ------------------------------------------------------------------ section 1b: rules that misjudged

    @Test
    void aColumnNamedPublicKeepsItsFinding() throws Exception {
        Finding f = fires(EngineKind.POSTGRESQL, "DD-ADD-REQUIRED-COLUMN", "ALTER TABLE recipe ADD COLUMN public boolean NOT NULL");
        assertThat(f.column()).isEqualTo("public");
        silent(EngineKind.POSTGRESQL, "UNKNOWN-STATEMENT", "ALTER TABLE recipe ADD COLUMN public boolean NOT NULL");
        fires(EngineKind.MARIADB, "DD-ADD-REQUIRED-COLUMN", "ALTER TABLE recipe ADD COLUMN public INT NOT NULL");
        silent(EngineKind.POSTGRESQL, "UNKNOWN-STATEMENT", "ALTER TABLE recipe ADD COLUMN public boolean; ALTER TABLE recipe DROP COLUMN public");
    }

    @Test
    void validatingAMatchingCheckFirstMakesSetNotNullCheap() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        silent(pg, "LK-SET-NOT-NULL", "ALTER TABLE posts VALIDATE CONSTRAINT posts_title_nn; ALTER TABLE posts ALTER COLUMN title SET NOT NULL;");
        fires(pg, "LK-SET-NOT-NULL", "ALTER TABLE posts ALTER COLUMN title SET NOT NULL");
    }

    @Test
    void aForeignKeyOnAColumnAddedInAnEarlierStatementStillScans() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        fires(pg, "LK-ADD-FK", "ALTER TABLE recipe ADD COLUMN user_id INT; "
                + "ALTER TABLE recipe ADD CONSTRAINT fk_recipe_user FOREIGN KEY (user_id) REFERENCES users");
        fires(pg, "LK-ADD-FK", "ALTER TABLE recipe ADD COLUMN user_id INT DEFAULT 1 REFERENCES users (id)");
        silent(pg, "LK-ADD-FK", "ALTER TABLE recipe ADD COLUMN user_id INT REFERENCES users (id)");
    }

    @Test
    void mariaDbForeignKeysCopyTheTableUnlessChecksAreOff() throws Exception {
        EngineKind maria = EngineKind.MARIADB;
        Finding f = fires(maria, "LK-ADD-FK", "ALTER TABLE recipe ADD COLUMN user_id INT, ADD FOREIGN KEY (user_id) REFERENCES users (id)");
        assertThat(f.message()).contains("ALGORITHM=COPY");
        fires(maria, "LK-ADD-FK", "ALTER TABLE recipe ADD CONSTRAINT fk_r_u FOREIGN KEY (id) REFERENCES users (id)");
        silent(maria, "LK-ADD-FK", "SET foreign_key_checks = 0; ALTER TABLE recipe ADD CONSTRAINT fk_r_u FOREIGN KEY (id) REFERENCES users (id); "
                + "SET foreign_key_checks = 1");
        silent(maria, "LK-ADD-FK", "CREATE TABLE fresh (id INT PRIMARY KEY, u INT); ALTER TABLE fresh ADD FOREIGN KEY (u) REFERENCES users (id)");
    }

    @Test
    void mariaDbAlgorithmAndLockClausesAreRead() throws Exception {
        EngineKind maria = EngineKind.MARIADB;
        for (String sql : List.of("ALTER TABLE recipe ADD COLUMN x INT, ALGORITHM=COPY, LOCK=SHARED",
                "ALTER TABLE recipe ALGORITHM=COPY, LOCK=SHARED, ADD COLUMN x INT",
                "ALTER TABLE recipe ADD FOREIGN KEY (id) REFERENCES users (id), ALGORITHM = COPY",
                "ALTER TABLE recipe ALGORITHM=COPY")) {
            RiskResult r = lint(maria, sql);
            assertThat(r.report().findings()).as(sql + "\n" + r.text()).noneMatch(x -> x.ruleId().equals("UNKNOWN-STATEMENT"));
            assertThat(r.report().findings()).as(sql).anyMatch(x -> x.ruleId().equals("LK-TABLE-COPY"));
        }
        silent(maria, "LK-TABLE-COPY", "ALTER TABLE recipe ADD COLUMN x INT, ALGORITHM=INSTANT, LOCK=NONE");
        silent(maria, "UNKNOWN-STATEMENT", "ALTER TABLE recipe ADD COLUMN x INT, ALGORITHM=INSTANT, LOCK=NONE");
    }

    /**
     * A column's compression, storage and statistics target are catalog changes (SET COMPRESSION applies to new values
     * only): no finding but the lock_timeout practice any DDL on an existing table gets, and no UNKNOWN-STATEMENT; nor
     * for a key with INCLUDE columns.
     */
    @Test
    void postgresColumnOptionsAndKeyIncludesAreRead() throws Exception {
        String sql = "ALTER TABLE recipe ALTER COLUMN id SET STATISTICS 500;\n"
                + "CREATE TABLE covered (id integer NOT NULL, a integer, b text, CONSTRAINT covered_pk PRIMARY KEY (id) INCLUDE (b),"
                + " CONSTRAINT covered_a UNIQUE (a) INCLUDE (b));\n"
                + "ALTER TABLE covered ALTER COLUMN b SET COMPRESSION lz4, ALTER COLUMN b SET STORAGE EXTERNAL;\n"
                + "ALTER TABLE covered DROP CONSTRAINT covered_a;\n"
                + "ALTER TABLE covered ADD CONSTRAINT covered_a UNIQUE (a) INCLUDE (b, id)";
        RiskResult r = lint(EngineKind.POSTGRESQL, sql);
        assertThat(r.report().findings()).as(r.text()).isNotEmpty().allMatch(f -> f.ruleId().equals("BP-LOCK-TIMEOUT"));
    }

    /** ENGINE= always copies the table (also to the engine it has): a plan's SetTableOptions from MyISAM to InnoDB. */
    @Test
    void mariaDbEngineChangeIsATableCopy() throws Exception {
        RiskResult r = lint(EngineKind.MARIADB, "ALTER TABLE recipe ENGINE=InnoDB");
        assertThat(r.report().findings()).as(r.text()).anyMatch(x -> x.ruleId().equals("LK-TABLE-COPY")
                && x.message().contains("ENGINE") && x.message().contains("copies the table"));
        silent(EngineKind.MARIADB, "LK-TABLE-COPY", "CREATE TABLE fresh (id INT PRIMARY KEY); ALTER TABLE fresh ENGINE=InnoDB");
    }

    /**
     * What plans write for index COMMENT/IGNORED, a DESC part of a primary key and partitioning is read, not
     * UNKNOWN-STATEMENT: repartitioning a table that exists copies it, IGNORED is switched in place.
     */
    @Test
    void mariaDbPartitioningIgnoredIndexesAndDescendingKeysAreRead() throws Exception {
        EngineKind maria = EngineKind.MARIADB;
        for (String sql : List.of("ALTER TABLE recipe PARTITION BY HASH (`id`) PARTITIONS 4", "ALTER TABLE recipe REMOVE PARTITIONING")) {
            RiskResult r = lint(maria, sql);
            assertThat(r.report().findings()).as(sql + "\n" + r.text()).noneMatch(x -> x.ruleId().equals("UNKNOWN-STATEMENT"))
                    .anyMatch(x -> x.ruleId().equals("LK-TABLE-COPY") && x.message().contains("copies the table"));
        }
        for (String sql : List.of("CREATE INDEX ix_r ON recipe (id) COMMENT 'a' IGNORED; ALTER TABLE recipe ALTER INDEX ix_r NOT IGNORED",
                "CREATE TABLE feed (id int NOT NULL, at datetime NOT NULL, PRIMARY KEY (id, at DESC))",
                "CREATE TABLE hist (id int NOT NULL, PRIMARY KEY (id)) ROW_FORMAT=DYNAMIC PARTITION BY RANGE (`id`) "
                        + "(PARTITION `p0` VALUES LESS THAN (1000) COMMENT = 'old' ENGINE = InnoDB, PARTITION `p1` VALUES LESS THAN MAXVALUE ENGINE = InnoDB)")) {
            silent(maria, "UNKNOWN-STATEMENT", sql);
            silent(maria, "LK-TABLE-COPY", sql);
        }
    }

    @Test
    void inetToCidrNarrows() throws Exception {
        Finding f = fires(EngineKind.POSTGRESQL, "DD-NARROW-TYPE", "ALTER TABLE nets ALTER COLUMN ip TYPE cidr");
        assertThat(f.message()).contains("host bits");
        // both addresses are networks already: checked on the data, they fit; cidr zeroes silently, so low, not info
        assertThat(f.message()).contains("checked the data: every value fits");
        assertThat(f.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void timestampToTimestamptzRewritesNothingUnderUtc() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        Finding utc = fires(pg, "LK-CHANGE-TYPE", "ALTER TABLE nets ALTER COLUMN seen TYPE timestamptz");
        assertThat(utc.severity()).as(utc.message()).isEqualTo(Severity.INFO);
        assertThat(utc.message()).contains("no rewrite");
        Finding berlin = fires(pg, "LK-CHANGE-TYPE", "SET TimeZone = 'Europe/Berlin'; ALTER TABLE nets ALTER COLUMN seen TYPE timestamptz");
        assertThat(berlin.severity()).isNotEqualTo(Severity.INFO);
        Finding back = fires(pg, "LK-CHANGE-TYPE", "SET TIME ZONE 'Europe/Berlin'; SET TIME ZONE 'UTC'; "
                + "ALTER TABLE nets ALTER COLUMN seen TYPE timestamptz");
        assertThat(back.severity()).isEqualTo(Severity.INFO);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void narrowingIsCheckedOnTheData(EngineKind engine) throws Exception {
        boolean pg = engine == EngineKind.POSTGRESQL;
        String fitting = pg ? "ALTER TABLE victim ALTER COLUMN name TYPE varchar(5)" : "ALTER TABLE victim MODIFY name VARCHAR(5)";
        Finding fits = fires(engine, "DD-NARROW-TYPE", fitting);
        assertThat(fits.message()).contains("checked the data: every value fits (the longest value has 3 characters)");
        // PostgreSQL fails the migration on a value that stops fitting: nothing can be cut silently
        assertThat(fits.severity()).isEqualTo(pg ? Severity.INFO : Severity.LOW);
        String cutting = pg ? "ALTER TABLE victim ALTER COLUMN name TYPE varchar(2)" : "ALTER TABLE victim MODIFY name VARCHAR(2)";
        Finding cuts = fires(engine, "DD-NARROW-TYPE", cutting);
        assertThat(cuts.message()).contains("checked the data: 1 value(s) do not fit (the longest value has 3 characters)");
        assertThat(cuts.severity()).isEqualTo(Severity.MEDIUM);
        String ints = pg ? "ALTER TABLE victim ALTER COLUMN val TYPE smallint" : "ALTER TABLE victim MODIFY val SMALLINT";
        Finding small = fires(engine, "DD-NARROW-TYPE", ints);
        assertThat(small.message()).contains("every value fits (values from 10 to 30)");
        String big = pg ? "ALTER TABLE wide ALTER COLUMN note TYPE varchar(5)" : "ALTER TABLE wide MODIFY note VARCHAR(5)";
        assertThat(fires(engine, "DD-NARROW-TYPE", big).message()).contains("data not checked").contains("more than 100,000");
        if (pg) {
            Finding scale = fires(engine, "DD-NARROW-TYPE", "ALTER TABLE nets ALTER COLUMN amount TYPE numeric(10,1)");
            assertThat(scale.message()).contains("1 value(s) do not fit");
        }
    }
}
