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
 * Every rule fires on a statement that should trigger it and stays silent on its safe variant, on each engine it
 * applies to, against real databases whose tables hold rows where the count matters (big: 50,000 rows; parent: 10;
 * empty_t: none). Linting never runs the SQL, so one database per engine serves every case.
 */
class RiskRulesTest {
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
        if (dir == null) dir = Files.createTempDirectory("schemactl-risk-");
        String rows = switch (engine) {
            case POSTGRESQL -> "SELECT g, g, 'n' || g, 1 + g % 10 FROM generate_series(1, 50000) g";
            case MARIADB -> "SELECT seq, seq, CONCAT('n', seq), 1 + MOD(seq, 10) FROM seq_1_to_50000";
            case H2 -> "SELECT X, X, CONCAT('n', X), 1 + MOD(X, 10) FROM SYSTEM_RANGE(1, 50000)";
            case SQLITE -> throw new IllegalArgumentException("the rule tests cover PostgreSQL, MariaDB and H2");
        };
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE parent (id INT PRIMARY KEY)");
            st.execute("INSERT INTO parent (id) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)");
            st.execute("CREATE TABLE big (id INT PRIMARY KEY, code INT NOT NULL, note VARCHAR(100), flag INT DEFAULT 0, "
                    + "parent_id INT, a INT, b INT, c INT, d INT, CONSTRAINT ck_code CHECK (code >= 0), "
                    + "CONSTRAINT fk_big_parent FOREIGN KEY (parent_id) REFERENCES parent (id))");
            st.execute("CREATE INDEX big_note_idx ON big (note)");
            st.execute("INSERT INTO big (id, code, note, parent_id) " + rows);
            st.execute("CREATE TABLE empty_t (id INT PRIMARY KEY, code INT NOT NULL, note VARCHAR(100))");
            switch (engine) {
                case POSTGRESQL -> {
                    st.execute("CREATE TABLE nopk (id INT NOT NULL)");
                    st.execute("INSERT INTO nopk SELECT g FROM generate_series(1, 20000) g");
                    st.execute("CREATE TABLE checked (id INT PRIMARY KEY, note VARCHAR(10), CONSTRAINT checked_note_nn CHECK (note IS NOT NULL))");
                    st.execute("INSERT INTO checked VALUES (1, 'x')");
                    st.execute("CREATE TYPE mood AS ENUM ('ok', 'meh')");
                    st.execute("CREATE TABLE unanalyzed (id INT PRIMARY KEY, note VARCHAR(10)) WITH (autovacuum_enabled = false)");
                    st.execute("INSERT INTO unanalyzed SELECT g, 'x' FROM generate_series(1, 20000) g");
                    st.execute("CREATE TABLE events (id INT NOT NULL, at DATE NOT NULL, kind TEXT) PARTITION BY RANGE (at)");
                    st.execute("CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
                    st.execute("ANALYZE big");
                    st.execute("ANALYZE parent");
                    st.execute("ANALYZE nopk");
                }
                case MARIADB -> st.execute("ANALYZE TABLE big");
                case H2 -> {
                }
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

    // ------------------------------------------------------------------ D: destructive (every engine)

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void dropTableCountsTheRows(EngineKind engine) throws Exception {
        Finding big = fires(engine, "DS-DROP-TABLE", "DROP TABLE big");
        assertThat(big.baseSeverity()).isEqualTo(Severity.HIGH);
        assertThat(big.severity()).as(big.modifiers().toString()).isEqualTo(Severity.HIGH);
        assertThat(big.modifiers()).singleElement().satisfies(m -> assertThat(m.reason()).contains("big has").contains("10k–1M"));
        Finding parent = fires(engine, "DS-DROP-TABLE", "DROP TABLE parent");
        assertThat(parent.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(parent.modifiers().get(0).reason()).contains("10 rows").contains("< 10k");
        Finding empty = fires(engine, "DS-DROP-TABLE", "DROP TABLE empty_t");
        assertThat(empty.severity()).isEqualTo(Severity.INFO);
        assertThat(empty.modifiers().get(0).reason()).contains("empty_t is empty");
        silent(engine, "DS-DROP-TABLE", "CREATE TABLE scratch (id INT); DROP TABLE scratch");
        silent(engine, "DS-DROP-TABLE", engine == EngineKind.MARIADB ? "RENAME TABLE big TO big_deprecated"
                : "ALTER TABLE big RENAME TO big_deprecated");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void dropColumn(EngineKind engine) throws Exception {
        Finding f = fires(engine, "DS-DROP-COLUMN", "ALTER TABLE big DROP COLUMN note");
        assertThat(f.table()).isEqualTo("big");
        assertThat(f.column()).isEqualTo("note");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(fires(engine, "DS-DROP-COLUMN", "ALTER TABLE empty_t DROP COLUMN note").severity()).isEqualTo(Severity.INFO);
        silent(engine, "DS-DROP-COLUMN", "ALTER TABLE big ADD COLUMN scratch INT; ALTER TABLE big DROP COLUMN scratch");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void dropSchemaAndTruncate(EngineKind engine) throws Exception {
        assertThat(fires(engine, "DS-DROP-SCHEMA", "DROP SCHEMA audit CASCADE").severity()).isEqualTo(Severity.CRITICAL);
        silent(engine, "DS-DROP-SCHEMA", "DROP VIEW IF EXISTS no_such_view");
        assertThat(fires(engine, "DS-TRUNCATE", "TRUNCATE TABLE big").severity()).isEqualTo(Severity.HIGH);
        assertThat(fires(engine, "DS-TRUNCATE", "DELETE FROM big").message()).contains("DELETE without WHERE");
        silent(engine, "DS-TRUNCATE", "DELETE FROM big WHERE id < 100");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void narrowingTypes(EngineKind engine) throws Exception {
        String narrow = switch (engine) {
            case POSTGRESQL -> "ALTER TABLE big ALTER COLUMN note TYPE VARCHAR(10)";
            case MARIADB -> "ALTER TABLE big MODIFY COLUMN note VARCHAR(10) NULL";
            case H2 -> "ALTER TABLE big ALTER COLUMN note SET DATA TYPE VARCHAR(10)";
            case SQLITE -> throw new IllegalArgumentException("the rule tests cover PostgreSQL, MariaDB and H2");
        };
        assertThat(fires(engine, "DD-NARROW-TYPE", narrow).message()).contains("length 100 → 10");
        silent(engine, "DD-NARROW-TYPE", narrow.replace("VARCHAR(10)", "VARCHAR(200)"));
    }

    // ------------------------------------------------------------------ F: may fail on existing data

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void requiredColumnsNotNullAndUnique(EngineKind engine) throws Exception {
        Finding required = fires(engine, "DD-ADD-REQUIRED-COLUMN", "ALTER TABLE big ADD COLUMN req INT NOT NULL");
        assertThat(required.severity()).isEqualTo(engine == EngineKind.MARIADB ? Severity.MEDIUM : Severity.HIGH);
        assertThat(fires(engine, "DD-ADD-REQUIRED-COLUMN", "ALTER TABLE empty_t ADD COLUMN req INT NOT NULL").severity())
                .isEqualTo(Severity.INFO);
        silent(engine, "DD-ADD-REQUIRED-COLUMN", "ALTER TABLE big ADD COLUMN req INT DEFAULT 0 NOT NULL");

        String setNotNull = engine == EngineKind.MARIADB ? "ALTER TABLE big MODIFY COLUMN note VARCHAR(100) NOT NULL"
                : "ALTER TABLE big ALTER COLUMN note SET NOT NULL";
        fires(engine, "DD-NOT-NULL-EXISTING", setNotNull);
        silent(engine, "DD-NOT-NULL-EXISTING", "ALTER TABLE big ADD COLUMN fresh INT; " + (engine == EngineKind.MARIADB
                ? "ALTER TABLE big MODIFY COLUMN fresh INT NOT NULL" : "ALTER TABLE big ALTER COLUMN fresh SET NOT NULL"));

        // big.flag has a default: only an UPDATE of its NULLs before the NOT NULL fills them, not the default alone
        String flagNotNull = engine == EngineKind.MARIADB ? "ALTER TABLE big MODIFY COLUMN flag INT DEFAULT 0 NOT NULL"
                : "ALTER TABLE big ALTER COLUMN flag SET NOT NULL";
        assertThat(fires(engine, "DD-NOT-NULL-EXISTING", flagNotNull).message()).endsWith("fails if a row holds NULL there");
        assertThat(fires(engine, "DD-NOT-NULL-EXISTING", "UPDATE big SET flag = DEFAULT WHERE flag IS NULL; " + flagNotNull).message())
                .contains("the UPDATE ... WHERE flag IS NULL before it fills its NULLs").contains("cannot bring the NULLs back");

        fires(engine, "DD-UNIQUE-EXISTING", "CREATE UNIQUE INDEX ux_big_code ON big (code)");
        fires(engine, "DD-UNIQUE-EXISTING", "ALTER TABLE big ADD CONSTRAINT uq_big_code UNIQUE (code)");
        silent(engine, "DD-UNIQUE-EXISTING", "CREATE TABLE fresh (id INT, code INT); CREATE UNIQUE INDEX ux_fresh ON fresh (code)");
    }

    // ------------------------------------------------------------------ B: breaks running code

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void renamesAndRelaxations(EngineKind engine) throws Exception {
        String renameColumn = engine == EngineKind.H2 ? "ALTER TABLE big ALTER COLUMN note RENAME TO remark"
                : "ALTER TABLE big RENAME COLUMN note TO remark";
        Finding rc = fires(engine, "BC-RENAME-COLUMN", renameColumn);
        assertThat(rc.severity()).as("rows do not matter").isEqualTo(Severity.HIGH);
        assertThat(rc.modifiers()).isEmpty();
        silent(engine, "BC-RENAME-COLUMN", "ALTER TABLE big ADD COLUMN remark VARCHAR(100)");

        String renameTable = engine == EngineKind.MARIADB ? "RENAME TABLE big TO huge" : "ALTER TABLE big RENAME TO huge";
        fires(engine, "BC-RENAME-TABLE", renameTable);
        silent(engine, "BC-RENAME-TABLE", "CREATE TABLE draft (id INT); " + renameTable.replace("big", "draft"));

        String dropNotNull = engine == EngineKind.MARIADB ? "ALTER TABLE big MODIFY COLUMN code INT NULL"
                : "ALTER TABLE big ALTER COLUMN code DROP NOT NULL";
        fires(engine, "BC-DROP-NOT-NULL", dropNotNull);
        silent(engine, "BC-DROP-NOT-NULL", engine == EngineKind.MARIADB ? "ALTER TABLE big MODIFY COLUMN code INT NOT NULL COMMENT 'the code'"
                : "ALTER TABLE big ALTER COLUMN code SET DEFAULT 1");

        fires(engine, "BC-DROP-DEFAULT", "ALTER TABLE big ALTER COLUMN flag DROP DEFAULT");
        silent(engine, "BC-DROP-DEFAULT", "ALTER TABLE big ALTER COLUMN flag SET DEFAULT 1");
    }

    @Test
    void jsonInsteadOfJsonb() throws Exception {
        fires(EngineKind.POSTGRESQL, "BC-ADD-JSON-PG", "ALTER TABLE big ADD COLUMN doc json");
        fires(EngineKind.POSTGRESQL, "BC-ADD-JSON-PG", "CREATE TABLE docs (id int PRIMARY KEY, body json)");
        silent(EngineKind.POSTGRESQL, "BC-ADD-JSON-PG", "ALTER TABLE big ADD COLUMN doc jsonb");
    }

    // ------------------------------------------------------------------ L: rewrites (PostgreSQL, MariaDB)

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void rewritingColumns(EngineKind engine) throws Exception {
        boolean pg = engine == EngineKind.POSTGRESQL;
        fires(engine, "LK-ADD-DEFAULT-REWRITE", pg ? "ALTER TABLE big ADD COLUMN r double precision DEFAULT random()"
                : "ALTER TABLE big ADD COLUMN created TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP");
        silent(engine, "LK-ADD-DEFAULT-REWRITE", "ALTER TABLE big ADD COLUMN r INT DEFAULT 0");
        if (pg) silent(engine, "LK-ADD-DEFAULT-REWRITE", "ALTER TABLE big ADD COLUMN at timestamptz DEFAULT now()");

        fires(engine, "LK-ADD-STORED-GENERATED", pg ? "ALTER TABLE big ADD COLUMN g INT GENERATED ALWAYS AS (code * 2) STORED"
                : "ALTER TABLE big ADD COLUMN g INT AS (code * 2) STORED");
        silent(engine, "LK-ADD-STORED-GENERATED", pg ? "ALTER TABLE big ADD COLUMN g INT"
                : "ALTER TABLE big ADD COLUMN g INT AS (code * 2) VIRTUAL");

        fires(engine, "LK-ADD-IDENTITY", pg ? "ALTER TABLE big ADD COLUMN seq BIGINT GENERATED BY DEFAULT AS IDENTITY"
                : "ALTER TABLE big ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE");
        silent(engine, "LK-ADD-IDENTITY", "ALTER TABLE big ADD COLUMN seq BIGINT");

        Finding rewrite = fires(engine, "LK-CHANGE-TYPE", pg ? "ALTER TABLE big ALTER COLUMN code TYPE BIGINT"
                : "ALTER TABLE big MODIFY COLUMN code BIGINT NOT NULL");
        assertThat(rewrite.severity()).isEqualTo(Severity.HIGH);
        Finding inPlace = fires(engine, "LK-CHANGE-TYPE", pg ? "ALTER TABLE big ALTER COLUMN note TYPE VARCHAR(200)"
                : "ALTER TABLE big MODIFY COLUMN note VARCHAR(200) NULL");
        assertThat(inPlace.severity()).as("no rewrite: info").isEqualTo(Severity.INFO);
        if (pg) assertThat(fires(engine, "LK-CHANGE-TYPE", "ALTER TABLE big ALTER COLUMN note TYPE text").severity()).isEqualTo(Severity.INFO);
        silent(engine, "LK-CHANGE-TYPE", "CREATE TABLE fresh (v VARCHAR(5)); " + (pg ? "ALTER TABLE fresh ALTER COLUMN v TYPE INT USING v::int"
                : "ALTER TABLE fresh MODIFY COLUMN v INT"));
    }

    @Test
    void movingAColumnIsReportedAsInfoWhereInnoDbReordersInPlace() throws Exception {
        Finding instant = fires(EngineKind.MARIADB, "LK-MOVE-COLUMN", "ALTER TABLE big MODIFY COLUMN note VARCHAR(100) NULL AFTER d");
        assertThat(instant.severity()).as("MariaDB 10.4+ moves an InnoDB column in place").isEqualTo(Severity.INFO);
        assertThat(fires(EngineKind.MARIADB, "LK-MOVE-COLUMN", "ALTER TABLE big MODIFY COLUMN d INT NULL FIRST").message())
                .contains("big.d first");
        silent(EngineKind.MARIADB, "LK-MOVE-COLUMN", "ALTER TABLE big MODIFY COLUMN note VARCHAR(100) NULL");
        silent(EngineKind.MARIADB, "LK-MOVE-COLUMN", "CREATE TABLE fresh (a INT, b INT); ALTER TABLE fresh MODIFY COLUMN b INT FIRST");
    }

    @Test
    void movingAColumnRebuildsTheTableOnOldServersAndForGeneratedColumnsFulltextAndOtherEngines() {
        dev.schemactl.schema.Table t = dev.schemactl.diff.Fixtures.table("t").col(dev.schemactl.diff.Fixtures.notNull("id", dev.schemactl.diff.Fixtures.INT),
                dev.schemactl.diff.Fixtures.col("a", dev.schemactl.diff.Fixtures.INT),
                dev.schemactl.diff.Fixtures.col("g", dev.schemactl.diff.Fixtures.INT).withGenerated("a + 1", dev.schemactl.schema.GeneratedKind.VIRTUAL))
                .pk("id").build();
        String move = "ALTER TABLE t MODIFY COLUMN a INT NULL FIRST";
        String moveGenerated = "ALTER TABLE t MODIFY COLUMN g INT AS (a + 1) VIRTUAL FIRST";
        assertThat(moveSeverity(t, 10, 11, move)).isEqualTo(Severity.INFO);
        assertThat(moveSeverity(t, 10, 3, move)).as("before 10.4: rebuilt").isGreaterThan(Severity.INFO);
        assertThat(moveSeverity(t, 10, 11, moveGenerated)).as("a generated column: copied").isGreaterThan(Severity.INFO);
        assertThat(moveSeverity(t.withOptions("ENGINE=Aria"), 10, 11, move)).as("another engine: copied").isGreaterThan(Severity.INFO);
        assertThat(moveSeverity(t.withOptions("ROW_FORMAT=COMPRESSED"), 10, 11, move)).isGreaterThan(Severity.INFO);
        assertThat(moveSeverity(t.withIndexes(List.of(new dev.schemactl.schema.Index("ft_a", List.of(dev.schemactl.schema.IndexColumn.asc("a")),
                false, "fulltext", null, List.of()))), 10, 11, move)).as("a FULLTEXT index: rebuilt").isGreaterThan(Severity.INFO);
    }

    private static Severity moveSeverity(dev.schemactl.schema.Table table, int major, int minor, String sql) {
        dev.schemactl.schema.Schema live = new dev.schemactl.schema.Schema(List.of(table), List.of());
        List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.text("t.sql", sql)), new SqlChangeParser(EngineKind.MARIADB, live));
        RiskFacts facts = new RiskFacts(EngineKind.MARIADB, major + "." + minor, major, minor, false, live, Map.of(), java.util.Set.of());
        List<Finding> hits = new RiskScorer().score(steps, facts).findings().stream().filter(f -> f.ruleId().equals("LK-MOVE-COLUMN")).toList();
        assertThat(hits).as(sql).hasSize(1);
        return hits.get(0).severity();
    }

    @Test
    void oldPostgresRewritesForAnyDefault() {
        RiskFacts v10 = RiskFacts.offline(EngineKind.POSTGRESQL).withVersion(10, 0);
        List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.text("t.sql", "ALTER TABLE big ADD COLUMN n INT DEFAULT 0")),
                new SqlChangeParser(EngineKind.POSTGRESQL, dev.schemactl.schema.Schema.EMPTY));
        RiskReport old = new RiskScorer().score(steps, v10);
        assertThat(old.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("LK-ADD-DEFAULT-REWRITE");
            assertThat(f.message()).contains("PostgreSQL 10 rewrites the table for any default");
            assertThat(f.modifiers().get(0).reason()).contains("unknown, counted as 1M");
        });
        assertThat(new RiskScorer().score(steps, v10.withVersion(11, 0)).findings()).noneMatch(f -> f.ruleId().equals("LK-ADD-DEFAULT-REWRITE"));
    }

    // ------------------------------------------------------------------ L: PostgreSQL constraints and indexes

    @Test
    void postgresStatementsOfNotValidMatchFullCommentsAndPersistence() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String fk = "ALTER TABLE big ADD CONSTRAINT fk_big_parent2 FOREIGN KEY (parent_id) REFERENCES parent (id) MATCH FULL"
                + " ON DELETE SET NULL (parent_id)";
        fires(pg, "LK-ADD-FK", fk);
        silent(pg, "LK-ADD-FK", fk + " NOT VALID");
        silent(pg, "UNKNOWN-STATEMENT", fk + " NOT VALID");
        silent(pg, "UNKNOWN-STATEMENT", "COMMENT ON INDEX big_note_idx IS 'by note'");
        silent(pg, "UNKNOWN-STATEMENT", "COMMENT ON CONSTRAINT ck_code ON big IS 'legacy'");
        silent(pg, "UNKNOWN-STATEMENT", "COMMENT ON SEQUENCE billing.ticket IS 'numbers'");
        silent(pg, "UNKNOWN-STATEMENT", "COMMENT ON TYPE \"Mood\" IS NULL");
        // an expression index key's statistics target, as plans write it: a catalog change, no statement of unknown effect
        silent(pg, "UNKNOWN-STATEMENT", "ALTER INDEX public.big_note_idx ALTER COLUMN 1 SET STATISTICS 3000");
        Finding logged = fires(pg, "LK-TABLE-COPY", "ALTER TABLE big SET LOGGED");
        assertThat(logged.message()).contains("SET LOGGED on big").contains("ACCESS EXCLUSIVE");
        fires(pg, "LK-TABLE-COPY", "ALTER TABLE big SET UNLOGGED");
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big SET UNLOGGED");
        silent(pg, "LK-TABLE-COPY", "CREATE TABLE fresh (id INT PRIMARY KEY);\nALTER TABLE fresh SET UNLOGGED;");
        // another table access method writes every row anew too (pair 1461 writes it)
        Finding method = fires(pg, "LK-TABLE-COPY", "ALTER TABLE big SET ACCESS METHOD heap2");
        assertThat(method.message()).contains("SET ACCESS METHOD heap2 on big").contains("ACCESS EXCLUSIVE");
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big SET ACCESS METHOD \"Heap 2\"");
        // the other table options schemactl writes are read, and do not copy the table
        String options = "ALTER TABLE big RESET (autovacuum_enabled), SET (fillfactor=70, toast.autovacuum_enabled=false),"
                + " ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY, REPLICA IDENTITY FULL";
        silent(pg, "UNKNOWN-STATEMENT", options);
        silent(pg, "LK-TABLE-COPY", options);
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY, REPLICA IDENTITY USING INDEX big_pkey");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE TABLE fresh (id INT PRIMARY KEY) WITH (fillfactor=70)");
        // a typed table made one, or plain again: a catalog change
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big NOT OF, SET LOGGED, OF \"my type\"");
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big OF billing.person");
    }

    @Test
    void postgresConstraintLocks() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        fires(pg, "LK-SET-NOT-NULL", "ALTER TABLE big ALTER COLUMN note SET NOT NULL");
        silent(pg, "LK-SET-NOT-NULL", "ALTER TABLE checked ALTER COLUMN note SET NOT NULL");
        silent(pg, "LK-SET-NOT-NULL", """
                ALTER TABLE big ADD CONSTRAINT note_nn CHECK (note IS NOT NULL) NOT VALID;
                ALTER TABLE big VALIDATE CONSTRAINT note_nn;
                ALTER TABLE big ALTER COLUMN note SET NOT NULL;
                """);

        fires(pg, "LK-ADD-CHECK", "ALTER TABLE big ADD CONSTRAINT ck_small CHECK (code < 1000000)");
        silent(pg, "LK-ADD-CHECK", "ALTER TABLE big ADD CONSTRAINT ck_small CHECK (code < 1000000) NOT VALID");
        fires(pg, "LK-ADD-FK", "ALTER TABLE big ADD CONSTRAINT fk_big_parent2 FOREIGN KEY (parent_id) REFERENCES parent (id)");
        silent(pg, "LK-ADD-FK", "ALTER TABLE big ADD CONSTRAINT fk_big_parent2 FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID");

        fires(pg, "LK-VALIDATE-SAME-TX", """
                BEGIN;
                ALTER TABLE big ADD CONSTRAINT ck_small CHECK (code < 1000000) NOT VALID;
                ALTER TABLE big VALIDATE CONSTRAINT ck_small;
                COMMIT;
                """);
        silent(pg, "LK-VALIDATE-SAME-TX", """
                ALTER TABLE big ADD CONSTRAINT ck_small CHECK (code < 1000000) NOT VALID;
                ALTER TABLE big VALIDATE CONSTRAINT ck_small;
                """);

        fires(pg, "LK-ADD-UNIQUE", "ALTER TABLE big ADD CONSTRAINT uq_big_code UNIQUE (code)");
        silent(pg, "LK-ADD-UNIQUE", "CREATE UNIQUE INDEX CONCURRENTLY ux_big_code ON big (code); "
                + "ALTER TABLE big ADD CONSTRAINT uq_big_code UNIQUE USING INDEX ux_big_code");
        Finding pk = fires(pg, "LK-ADD-PK", "ALTER TABLE nopk ADD PRIMARY KEY (id)");
        assertThat(pk.severity()).isEqualTo(Severity.HIGH);
        silent(pg, "LK-ADD-PK", "CREATE UNIQUE INDEX CONCURRENTLY nopk_id ON nopk (id); "
                + "ALTER TABLE nopk ADD CONSTRAINT nopk_pkey PRIMARY KEY USING INDEX nopk_id");
        assertThat(fires(pg, "LK-DROP-PK", "ALTER TABLE big DROP CONSTRAINT big_pkey").severity()).isEqualTo(Severity.LOW);
        silent(pg, "LK-DROP-PK", "CREATE TABLE fresh (id INT PRIMARY KEY); ALTER TABLE fresh DROP CONSTRAINT fresh_pkey");

        fires(pg, "LK-CREATE-INDEX", "CREATE INDEX ix_big_code ON big (code)");
        silent(pg, "LK-CREATE-INDEX", "CREATE INDEX CONCURRENTLY ix_big_code ON big (code)");
        fires(pg, "LK-DROP-INDEX", "DROP INDEX big_note_idx");
        silent(pg, "LK-DROP-INDEX", "DROP INDEX CONCURRENTLY big_note_idx");
        // PostgreSQL refuses CONCURRENTLY on a partitioned table: the finding says how to avoid the lock instead
        assertThat(fires(pg, "LK-CREATE-INDEX", "CREATE INDEX ix_events_kind ON events (kind)").message())
                .contains("partitioned table takes no CONCURRENTLY").contains("ON ONLY events");
        assertThat(fires(pg, "LK-CREATE-INDEX", "CREATE INDEX ix_big_code ON big (code)").message()).doesNotContain("partitioned");
    }

    @Test
    void mariaDbDropPrimaryKeyRebuilds() throws Exception {
        assertThat(fires(EngineKind.MARIADB, "LK-DROP-PK", "ALTER TABLE big DROP PRIMARY KEY").severity()).isEqualTo(Severity.HIGH);
        silent(EngineKind.MARIADB, "LK-DROP-PK", "CREATE TABLE fresh (id INT PRIMARY KEY); ALTER TABLE fresh DROP PRIMARY KEY");
    }

    @Test
    void anUnanalyzedTableCountsAsAMillionRows() throws Exception {
        Finding f = fires(EngineKind.POSTGRESQL, "DS-DROP-COLUMN", "ALTER TABLE unanalyzed DROP COLUMN note");
        assertThat(f.modifiers()).singleElement().satisfies(m -> {
            assertThat(m.reason()).contains("unknown, counted as 1M rows");
            assertThat(m.steps()).isEqualTo(1);
        });
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    }

    // ------------------------------------------------------------------ T: transactions

    @Test
    void postgresTransactions() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        assertThat(fires(pg, "TX-CONCURRENTLY-IN-TX", "BEGIN; CREATE INDEX CONCURRENTLY ix_big_code ON big (code); COMMIT;")
                .severity()).isEqualTo(Severity.CRITICAL);
        silent(pg, "TX-CONCURRENTLY-IN-TX", "CREATE INDEX CONCURRENTLY ix_big_code ON big (code)");
        fires(pg, "TX-MIXED-NONTX", "CREATE INDEX CONCURRENTLY ix_big_code ON big (code); ALTER TABLE big ADD COLUMN x INT");
        silent(pg, "TX-MIXED-NONTX", "SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY ix_big_code ON big (code)");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"MARIADB", "H2"})
    void implicitCommits(EngineKind engine) throws Exception {
        Finding f = fires(engine, "TX-NON-TRANSACTIONAL", "ALTER TABLE big ADD COLUMN x INT; ALTER TABLE big ADD COLUMN y INT");
        assertThat(f.statement()).isEqualTo(2);
        fires(engine, "TX-NON-TRANSACTIONAL", "ALTER TABLE big ADD COLUMN x INT; UPDATE big SET x = 1 WHERE id = 1");
        silent(engine, "TX-NON-TRANSACTIONAL", "ALTER TABLE big ADD COLUMN x INT");
        silent(engine, "TX-NON-TRANSACTIONAL", "INSERT INTO parent (id) VALUES (11); INSERT INTO parent (id) VALUES (12)");
    }

    // ------------------------------------------------------------------ constraint drops, practices, unknowns

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void constraintDrops(EngineKind engine) throws Exception {
        String dropFk = engine == EngineKind.MARIADB ? "ALTER TABLE big DROP FOREIGN KEY fk_big_parent"
                : "ALTER TABLE big DROP CONSTRAINT fk_big_parent";
        Finding fk = fires(engine, "CD-DROP-FK", dropFk);
        assertThat(fk.column()).isEqualTo("parent_id");
        silent(engine, "CD-DROP-FK", dropFk + "; ALTER TABLE big DROP COLUMN parent_id");
        String dropCheck = engine == EngineKind.MARIADB ? "ALTER TABLE big DROP CONSTRAINT ck_code"
                : "ALTER TABLE big DROP CONSTRAINT ck_code";
        fires(engine, "CD-DROP-CONSTRAINT", dropCheck);
        silent(engine, "CD-DROP-CONSTRAINT", dropCheck + "; ALTER TABLE big ADD CONSTRAINT ck_code CHECK (code >= -1)");
    }

    /** MariaDB builds other indexes online, FULLTEXT and SPATIAL ones only with LOCK=SHARED: writes wait. */
    @Test
    void mariaDbFulltextIndexBlocksWrites() throws Exception {
        EngineKind m = EngineKind.MARIADB;
        Finding fulltext = fires(m, "LK-CREATE-INDEX", "CREATE FULLTEXT INDEX ft_big_note ON big (note)");
        assertThat(fulltext.message()).contains("FULLTEXT").contains("LOCK=NONE");
        silent(m, "LK-CREATE-INDEX", "CREATE INDEX ix_big_note2 ON big (note)");
    }

    /**
     * An index renamed in place (what plans write on MariaDB) was an UNKNOWN-STATEMENT, and an index named like a word
     * JSqlParser keeps for itself ({@code ur}, an isolation level) made its DROP INDEX one too; the rename is followed,
     * so a later DROP INDEX of the new name finds it.
     */
    @Test
    void mariaDbIndexRenamedInPlaceOrNamedLikeAParserKeyword() throws Exception {
        EngineKind m = EngineKind.MARIADB;
        silent(m, "UNKNOWN-STATEMENT", "ALTER TABLE big RENAME INDEX big_note_idx TO big_note_by_text");
        silent(m, "UNKNOWN-STATEMENT", "ALTER TABLE big ADD KEY ur (code);\nALTER TABLE big DROP INDEX ur;");
        silent(m, "UNKNOWN-STATEMENT", "ALTER TABLE big RENAME INDEX big_note_idx TO ur;\nDROP INDEX ur ON big;");
        fires(m, "UNKNOWN-STATEMENT", "ALTER TABLE big RENAME INDEX big_note_idx TO ur;\nDROP INDEX big_note_idx ON big;");
    }

    /** MariaDB compares column names ignoring case: the foreign key put back on Parent_ID is the one dropped on parent_id. */
    @Test
    void mariaDbConstraintPutBackOnTheSameColumnsSpelledOtherwise() throws Exception {
        EngineKind m = EngineKind.MARIADB;
        String drop = "ALTER TABLE big DROP FOREIGN KEY fk_big_parent";
        silent(m, "CD-DROP-FK", drop + "; ALTER TABLE big ADD CONSTRAINT fk_big_parent FOREIGN KEY (Parent_ID) REFERENCES parent (id)");
        fires(m, "CD-DROP-FK", drop + "; ALTER TABLE big ADD CONSTRAINT fk_big_parent2 FOREIGN KEY (A) REFERENCES parent (id)");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void wideIndexes(EngineKind engine) throws Exception {
        fires(engine, "BP-WIDE-INDEX", "CREATE INDEX ix_wide ON big (a, b, c, d)");
        silent(engine, "BP-WIDE-INDEX", "CREATE INDEX ix_narrow ON big (a, b, c)");
        silent(engine, "BP-WIDE-INDEX", "CREATE UNIQUE INDEX ux_wide ON big (id, a, b, c)");
    }

    @Test
    void postgresPractices() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        fires(pg, "BP-ENUM-ORDER", "ALTER TYPE mood ADD VALUE 'great'");
        silent(pg, "BP-ENUM-ORDER", "ALTER TYPE mood ADD VALUE 'great' AFTER 'ok'");
        Finding timeout = fires(pg, "BP-LOCK-TIMEOUT", "ALTER TABLE big ADD COLUMN x INT; ALTER TABLE big ADD COLUMN y INT");
        assertThat(timeout.statement()).isEqualTo(1);
        assertThat(lint(pg, "ALTER TABLE big ADD COLUMN x INT; ALTER TABLE big ADD COLUMN y INT").report().findings())
                .filteredOn(f -> f.ruleId().equals("BP-LOCK-TIMEOUT")).as("once per file").hasSize(1);
        silent(pg, "BP-LOCK-TIMEOUT", "SET lock_timeout = '5s'; ALTER TABLE big ADD COLUMN x INT");
        silent(pg, "BP-LOCK-TIMEOUT", "CREATE TABLE fresh (id INT); ALTER TABLE fresh ADD COLUMN x INT");
    }

    @Test
    void sequenceOwnedByIsAStructuralStepThatLocksTheSequence() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String owned = "ALTER SEQUENCE big_seq OWNED BY big.code";
        silent(pg, "UNKNOWN-STATEMENT", owned);
        fires(pg, "BP-LOCK-TIMEOUT", owned);
        silent(pg, "BP-LOCK-TIMEOUT", "SET lock_timeout = '5s'; " + owned);
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big ADD CONSTRAINT code_pos CHECK (code > 0) NO INHERIT NOT VALID");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void unknownStatements(EngineKind engine) throws Exception {
        Finding f = fires(engine, "UNKNOWN-STATEMENT", "FROBNICATE ALL THE TABLES");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).contains("FROBNICATE ALL THE TABLES");
        silent(engine, "UNKNOWN-STATEMENT", "INSERT INTO parent (id) VALUES (11)");
    }

    /**
     * A baseline of a database spread over several schemas (AdventureWorks) starts with CREATE SCHEMA IF NOT EXISTS:
     * the default policy stopped `up` on a fresh database at these "not understood" statements.
     */
    @Test
    void anEmptyCreateSchemaIsUnderstoodButOneWithElementsIsNot() throws Exception {
        silent(EngineKind.POSTGRESQL, "UNKNOWN-STATEMENT", "CREATE SCHEMA IF NOT EXISTS hr");
        silent(EngineKind.POSTGRESQL, "UNKNOWN-STATEMENT", "CREATE SCHEMA \"Billing Dept\" AUTHORIZATION postgres");
        silent(EngineKind.H2, "UNKNOWN-STATEMENT", "CREATE SCHEMA IF NOT EXISTS \"APP\"");
        fires(EngineKind.POSTGRESQL, "UNKNOWN-STATEMENT", "CREATE SCHEMA hr CREATE TABLE staff (id int)");
    }

    /**
     * What a baseline writes and JSqlParser could not read (icinga2's IDO schema has a column named output, davical a
     * unique index on (lower(username))): each was "not understood", and an index on the unread new table was scored as
     * one on a table of a million rows; together they made `up` of the baseline on a fresh database score critical.
     */
    @Test
    void aColumnNamedLikeAKeywordAndAParenthesizedIndexExpressionAreRead() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String events = "CREATE TABLE events (id bigserial NOT NULL, output text, CONSTRAINT events_pk PRIMARY KEY (id));\n";
        silent(pg, "UNKNOWN-STATEMENT", events);
        silent(pg, "LK-CREATE-INDEX", events + "CREATE INDEX events_output ON events (output);");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE TABLE events2 (id int, output text);\nCREATE INDEX events2_output ON events2 (output DESC);");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE UNIQUE INDEX big_lower_note ON big ((lower(note)))");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE INDEX big_sum ON big (id, ((id + 1)) DESC)");
        silent(pg, "LK-CREATE-INDEX", events + "CREATE UNIQUE INDEX events_lower ON events ((lower(output)));");
        fires(pg, "LK-CREATE-INDEX", "CREATE UNIQUE INDEX big_lower_note ON big ((lower(note)))");
        silent(EngineKind.MARIADB, "UNKNOWN-STATEMENT", "CREATE TABLE events (id INT PRIMARY KEY, output TEXT)");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE TABLE relationship_type (rt_id serial NOT NULL, n integer DEFAULT array_length(array['a', 'b'], 1))");
    }

    /**
     * A baseline's table whose CHECK calls a function made earlier in the file (musicbrainz): nothing is called when an
     * empty table is created, but the statement was scored as opaque code, so the table stayed unknown and its unique
     * index was scored as on a million rows that may hold duplicates. ledgersmb's COMMENT ON FUNCTION was not understood.
     */
    @Test
    void aNewTableWhoseCheckCallsARoutineOfTheSameFileIsReadAsATable() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String fn = "CREATE FUNCTION positive(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT v > 0';\n";
        String area = "CREATE TABLE area (id int PRIMARY KEY, gid int CHECK (positive(gid)));\n";
        silent(pg, "DS-OPAQUE-CODE", fn + area);
        silent(pg, "DD-UNIQUE-EXISTING", fn + area + "CREATE UNIQUE INDEX area_gid ON area (gid);");
        silent(pg, "LK-CREATE-INDEX", fn + area + "CREATE UNIQUE INDEX area_gid ON area (gid);");
        fires(pg, "DS-OPAQUE-CODE", fn + "CREATE TABLE copied AS SELECT positive(code) AS p FROM big;");
        fires(pg, "DS-OPAQUE-CODE", fn + "CREATE TABLE copied (p) AS SELECT positive(code) FROM big;");
        silent(pg, "UNKNOWN-STATEMENT", "COMMENT ON FUNCTION public.positive(integer) IS ' Returns it'");
    }

    /**
     * A baseline's index whose key or predicate calls a function made earlier in the file (musicbrainz's
     * mb_simple_tsvector(name)): an index may call only IMMUTABLE functions, so it is an index build, scored as one, not
     * opaque code (which the default policy refused on a fresh database).
     */
    @Test
    void anIndexWhoseExpressionCallsARoutineOfTheSameFileIsAnIndexBuild() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String fn = "CREATE FUNCTION simple(v text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(v)';\n";
        String area = "CREATE TABLE area (id int PRIMARY KEY, name text);\n";
        silent(pg, "DS-OPAQUE-CODE", fn + area + "CREATE INDEX area_name ON area (simple(name));");
        silent(pg, "LK-CREATE-INDEX", fn + area + "CREATE INDEX area_name ON area (simple(name));");
        silent(pg, "UNKNOWN-STATEMENT", fn + area + "CREATE INDEX area_name ON area (simple(name));");
        silent(pg, "DS-OPAQUE-CODE", fn + area + "CREATE UNIQUE INDEX area_id ON area (id) WHERE simple(name) <> '';");
        silent(pg, "LK-CREATE-INDEX", fn + area + "CREATE UNIQUE INDEX area_id ON area (id) WHERE simple(name) <> '';");
        silent(pg, "DS-OPAQUE-CODE", fn + "CREATE INDEX big_simple_note ON big ((simple(note)));");
        fires(pg, "LK-CREATE-INDEX", fn + "CREATE INDEX big_simple_note ON big ((simple(note)));");
        fires(pg, "DS-OPAQUE-CODE", fn + "SELECT simple(note) FROM big;");
    }

    /**
     * musicbrainz's baseline: an index key with a quoted, schema-qualified collation ({@code name COLLATE
     * "musicbrainz"."musicbrainz"}) was not understood (UNKNOWN-STATEMENT) and the default policy refused up on a fresh
     * database. It is an index build: silent on a table the file creates, scored as one on a big table.
     */
    @Test
    void anIndexKeyWithACollationIsAnIndexBuild() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String area = "CREATE TABLE area (id int PRIMARY KEY, name varchar COLLATE \"C\" NOT NULL);\n";
        silent(pg, "UNKNOWN-STATEMENT", area + "CREATE INDEX area_name_c ON area (name COLLATE \"musicbrainz\".\"musicbrainz\");");
        silent(pg, "LK-CREATE-INDEX", area + "CREATE INDEX area_name_c ON area (name COLLATE \"musicbrainz\".\"musicbrainz\");");
        silent(pg, "UNKNOWN-STATEMENT", area + "CREATE UNIQUE INDEX area_name_u ON public.area (name COLLATE \"C\" DESC) WHERE id > 0;");
        silent(pg, "UNKNOWN-STATEMENT", "CREATE INDEX big_note_c ON big (note COLLATE \"C\");");
        fires(pg, "LK-CREATE-INDEX", "CREATE INDEX big_note_c ON big (note COLLATE \"C\");");
        fires(pg, "LK-ADD-CHECK", "ALTER TABLE big ADD CONSTRAINT ck_note CHECK (note COLLATE \"C\" <> '')");
        silent(pg, "UNKNOWN-STATEMENT", "ALTER TABLE big ADD CONSTRAINT ck_note CHECK (note COLLATE \"C\" <> '')");
        // musicbrainz's medium: a deferrable unique key of a new table; its table is new and its later index is on it
        String medium = "CREATE TABLE medium (id integer NOT NULL, release integer NOT NULL, gid uuid NOT NULL, "
                + "CONSTRAINT medium_uniq UNIQUE (release, id) DEFERRABLE INITIALLY DEFERRED);\n";
        silent(pg, "UNKNOWN-STATEMENT", medium + "CREATE UNIQUE INDEX medium_idx_gid ON medium (gid);");
        silent(pg, "LK-CREATE-INDEX", medium + "CREATE UNIQUE INDEX medium_idx_gid ON medium (gid);");
    }

    /**
     * Baselines of older pg_dump schemas: roundcube's DEFAULT nextval(('users_seq'::text)::regclass) and sakila's child
     * tables with only a CHECK of their own (INHERITS) were not understood, and their indexes scored as on big tables.
     */
    @Test
    void anOldNextvalSpellingAndAChildTableWithoutColumnsOfItsOwnAreRead() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        silent(pg, "UNKNOWN-STATEMENT", "CREATE TABLE users_old (user_id integer DEFAULT nextval(('users_seq'::text)::regclass) NOT NULL)");
        String child = "CREATE TABLE public.big_2007 (CONSTRAINT big_2007_code CHECK (((code >= 0) AND (code < 10)))) INHERITS (public.big);\n";
        silent(pg, "UNKNOWN-STATEMENT", child);
        silent(pg, "LK-CREATE-INDEX", child + "CREATE INDEX big_2007_code_idx ON public.big_2007 USING btree (code);");
    }

    /** listmonk's baseline: a materialized view made WITH NO DATA is empty, its unique index meets no duplicates. */
    @Test
    void anIndexOnAMaterializedViewMadeWithNoDataIsOnANewEmptyRelation() throws Exception {
        EngineKind pg = EngineKind.POSTGRESQL;
        String index = "CREATE UNIQUE INDEX mv_code ON mv (code);";
        String empty = "CREATE MATERIALIZED VIEW public.mv AS\n SELECT code, count(*) AS n FROM big GROUP BY code\n  WITH NO DATA;\n";
        silent(pg, "DD-UNIQUE-EXISTING", empty + index);
        silent(pg, "LK-CREATE-INDEX", empty + index);
        silent(pg, "UNKNOWN-STATEMENT", empty + index);
        // made with its rows: they may hold duplicates
        fires(pg, "DD-UNIQUE-EXISTING", "CREATE MATERIALIZED VIEW mv AS SELECT code, count(*) AS n FROM big GROUP BY code;\n" + index);
    }

    @Test
    void h2AliasesAreUnknown() throws Exception {
        fires(EngineKind.H2, "UNKNOWN-STATEMENT", "CREATE ALIAS IF NOT EXISTS SLEEPY FOR 'java.lang.Thread.sleep'");
    }

    // ------------------------------------------------------------------ scores of multi-finding reports

    @Test
    void aMultiFindingReportScoresTheWorstFullyAndAQuarterOfTheRest() throws Exception {
        RiskResult r = lint(EngineKind.POSTGRESQL, """
                ALTER TABLE big DROP COLUMN note;
                CREATE INDEX ix_big_code ON big (code);
                ALTER TABLE big ADD COLUMN r double precision DEFAULT random();
                """);
        assertThat(r.report().findings()).extracting(Finding::ruleId, Finding::statement, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BP-LOCK-TIMEOUT", 1, Severity.LOW),
                        org.assertj.core.groups.Tuple.tuple("DS-DROP-COLUMN", 1, Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("LK-CREATE-INDEX", 2, Severity.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple("LK-ADD-DEFAULT-REWRITE", 3, Severity.HIGH));
        // 35 + floor((35 + 35 + 15 + 5 - 35) / 4) = 35 + 13
        assertThat(r.report().score()).isEqualTo(48);
        assertThat(r.report().band()).isEqualTo("high");
        assertThat(r.report().formula()).isEqualTo("score = min(100, 35 + floor((35+35+15+5 - 35) / 4)) = 48");
        assertThat(r.report().rollbackability()).startsWith("none: statement 1 drops column big.note");
        assertThat(r.text()).contains("2. DS-DROP-COLUMN (D destructive) at statement 1 on big.note")
                .contains("   base: high").contains("   modifier: big has ~50,000 rows (estimate) (10k–1M): unchanged (±0)")
                .contains("   final: high, 35 points").contains("   safer: expand/contract")
                .contains("score = min(100, 35 + floor((35+35+15+5 - 35) / 4)) = 48 (high)")
                .contains("rollback on failure: none:");

        RiskResult mixed = lint(EngineKind.POSTGRESQL, "DROP SCHEMA audit CASCADE; DROP TABLE big; TRUNCATE parent; DROP TABLE nopk");
        // critical 60, high 35 (50k rows), high 35 (20k rows), medium 15 (10 rows: one down), low 5 (no lock_timeout)
        assertThat(mixed.report().formula()).isEqualTo("score = min(100, 60 + floor((60+35+35+15+5 - 60) / 4)) = 82");
        assertThat(mixed.report().band()).isEqualTo("critical");
        RiskResult capped = lint(EngineKind.POSTGRESQL, "DROP SCHEMA a CASCADE; DROP SCHEMA b CASCADE; DROP SCHEMA c CASCADE; "
                + "DROP SCHEMA d CASCADE");
        assertThat(capped.report().formula()).isEqualTo("score = min(100, 60 + floor((60+60+60+60 - 60) / 4)) = 100");

        RiskResult clean = lint(EngineKind.POSTGRESQL, "SET lock_timeout = '5s'; CREATE TABLE fresh (id INT PRIMARY KEY)");
        assertThat(clean.report().findings()).isEmpty();
        assertThat(clean.report().score()).isZero();
        assertThat(clean.report().rollbackability()).startsWith("full");
    }

    @Test
    void rollbackabilityFollowsTheEngine() throws Exception {
        String two = "ALTER TABLE big ADD COLUMN x INT; ALTER TABLE big ADD COLUMN y INT";
        assertThat(lint(EngineKind.MARIADB, two).report().rollbackability()).startsWith("partial: MariaDB/MySQL commits every DDL statement");
        assertThat(lint(EngineKind.POSTGRESQL, "BEGIN; " + two + "; COMMIT;").report().rollbackability()).startsWith("full");
        assertThat(lint(EngineKind.POSTGRESQL, "ALTER TABLE big ADD COLUMN x INT").report().rollbackability()).startsWith("full");
        assertThat(lint(EngineKind.H2, "DROP TABLE empty_t").report().rollbackability()).as("an empty table loses nothing")
                .startsWith("full");
    }
}
