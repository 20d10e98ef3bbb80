package dev.schemactl.cli;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.ReportText;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.Severity;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.service.RiskService;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.schemactl.cli.MigrationCommandsTest.trackingRows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, section 1, end to end: each hand-written migration that destroyed data without confirmation is refused by
 * the built-in default policy through `up` / `migrate` (exit 3, the finding named), and nothing of it ran — checked
 * with catalog and data queries of our own, not schemactl's inspector. Also the backlog of many harmless pending
 * MariaDB migrations that used to add up to a gate on a fresh database.
 */
class DataLossGateTest {
    private static final String V1 = "20260101000000";
    private static final String V2 = "20260102000000";

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
        return new Cli(dir).env("DATABASE_URL", db.urlText()).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private static String query(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                if (!out.isEmpty()) out.append('|');
                out.append(rs.getString(1));
            }
            return out.toString();
        }
    }

    /** The victim's rows and column types, read with our own queries. */
    private static String pgState(TestDatabase db) throws SQLException {
        return query(db, "SELECT id || ':' || coalesce(name, '<null>') || ':' || coalesce(val::text, '<null>') FROM victim ORDER BY id")
                + " / " + query(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = 'victim' ORDER BY ordinal_position")
                + " / functions: " + query(db, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = current_schema()");
    }

    @Test
    void everyEvasionIsRefusedOnPostgresAndNothingRuns() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        MigrationFiles.write(dir, V1, "create_victim", EngineKind.POSTGRESQL,
                "CREATE TABLE victim (id INT PRIMARY KEY, name TEXT, val INT);\n"
                        + "INSERT INTO victim VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\n--rollback DROP TABLE victim;");
        Cli.Run first = cli(db).run("up");
        assertThat(first.exit()).as(first.all()).isZero();
        String before = pgState(db);
        assertThat(before).startsWith("1:a:10|2:b:20|3:c:30 / id integer|name text|val integer / functions: 0");

        Map<String, String> evasions = new java.util.LinkedHashMap<>();
        evasions.put("DELETE FROM victim WHERE 1=1;", "DS-TRUNCATE");
        evasions.put("UPDATE victim SET name = NULL;", "DS-UPDATE-ROWS");
        evasions.put("DO $$ BEGIN EXECUTE 'DROP TABLE victim'; END $$;", "DS-OPAQUE-CODE");
        evasions.put("DO $body1$ BEGIN EXECUTE 'DELETE FROM ' || 'victim'; END $body1$;", "DS-OPAQUE-CODE");
        evasions.put("CREATE FUNCTION wipe() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE victim; END $$;\nSELECT wipe();",
                "DS-OPAQUE-CODE");
        evasions.put("WITH d AS (DELETE FROM victim RETURNING *) SELECT count(*) FROM d;", "DS-TRUNCATE");
        evasions.put("MERGE INTO victim v USING (SELECT 2 AS id) s ON v.id = s.id WHEN MATCHED THEN DELETE;", "DS-DELETE-ROWS");
        evasions.put("ALTER TABLE victim ALTER COLUMN val TYPE integer USING NULL;", "DD-USING-DISCARDS");
        evasions.put("ALTER TABLE victim ALTER COLUMN name TYPE text USING '';", "DD-USING-DISCARDS");
        evasions.put("ALTER TABLE victim ALTER COLUMN val TYPE bigint USING 7;", "DD-USING-DISCARDS");
        evasions.put("CREATE PROCEDURE purge() LANGUAGE sql AS $$ DELETE FROM victim $$;\nCALL purge();", "DS-OPAQUE-CODE");
        evasions.put("PREPARE p AS DELETE FROM victim;\nEXECUTE p;", "DS-OPAQUE-CODE");
        evasions.put("\\i wipe_everything.sql", "DS-OPAQUE-CODE");
        for (Map.Entry<String, String> e : evasions.entrySet()) {
            Path file = MigrationFiles.write(dir, V2, "evasion", EngineKind.POSTGRESQL, e.getKey() + "\n--rollback empty");
            Cli.Run up = cli(db).run(e.getKey().startsWith("ALTER") ? "migrate" : "up");
            assertThat(up.exit()).as(e.getKey() + "\n" + up.all()).isEqualTo(3);
            assertThat(up.err()).as(e.getKey()).contains(e.getValue() + " (D destructive)")
                    .contains("confirmation required by policy built-in default policy");
            assertThat(pgState(db)).as("nothing of " + e.getKey() + " ran").isEqualTo(before);
            assertThat(trackingRows(db)).isEqualTo(1);
            Files.delete(file);
        }
    }

    @Test
    void aDoBlockInAChangesetThatLiquibaseDoesNotSplitIsRefusedToo() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        MigrationFiles.write(dir, V1, "create_victim", EngineKind.POSTGRESQL,
                "CREATE TABLE victim (id INT PRIMARY KEY, name TEXT, val INT);\n"
                        + "INSERT INTO victim VALUES (1, 'a', 10);\n--rollback DROP TABLE victim;");
        assertThat(cli(db).run("up").exit()).isZero();
        Files.writeString(dir.resolve("migrations/versions/" + V2 + "_unsplit.sql"), """
                --liquibase formatted sql
                -- schemactl: engine=postgresql

                --changeset test:unsplit-1 splitStatements:false
                SELECT 1;
                DO $$
                BEGIN
                  EXECUTE 'DROP TABLE victim';
                END
                $$;
                --rollback empty
                """);
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).as(up.all()).isEqualTo(3);
        assertThat(up.err()).contains("DS-OPAQUE-CODE (D destructive)").contains("DO block with dynamic SQL (EXECUTE)");
        assertThat(query(db, "SELECT count(*) FROM victim")).isEqualTo("1");
    }

    @Test
    void mariaDbPreparedStatementsAreRefusedAndNothingRuns() throws Exception {
        TestDatabase db = database(EngineKind.MARIADB);
        MigrationFiles.write(dir, V1, "create_victim", EngineKind.MARIADB,
                "CREATE TABLE victim (id INT PRIMARY KEY, name VARCHAR(50), val INT);\n--rollback DROP TABLE victim;",
                "INSERT INTO victim VALUES (1, 'a', 10), (2, 'b', 20);\n--rollback DELETE FROM victim WHERE id IN (1, 2);");
        Cli.Run first = cli(db).run("up");
        assertThat(first.exit()).as(first.all()).isZero();
        String rows = "SELECT CONCAT(id, ':', COALESCE(name, '<null>'), ':', COALESCE(val, '<null>')) FROM victim ORDER BY id";
        for (Map.Entry<String, String> e : Map.of(
                "PREPARE s FROM 'DROP TABLE victim';\nEXECUTE s;", "DS-OPAQUE-CODE",
                "EXECUTE IMMEDIATE 'DROP TABLE victim';", "DS-OPAQUE-CODE",
                "UPDATE victim SET name = NULL;", "DS-UPDATE-ROWS",
                "DELETE FROM victim WHERE 1=1;", "DS-TRUNCATE").entrySet()) {
            Path file = MigrationFiles.write(dir, V2, "evasion", EngineKind.MARIADB, e.getKey() + "\n--rollback empty");
            Cli.Run up = cli(db).run("up");
            assertThat(up.exit()).as(e.getKey() + "\n" + up.all()).isEqualTo(3);
            assertThat(up.err()).contains(e.getValue() + " (D destructive)");
            assertThat(query(db, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME = 'victim'")).isEqualTo("1");
            assertThat(query(db, rows)).isEqualTo("1:a:10|2:b:20");
            assertThat(trackingRows(db)).isEqualTo(2);
            Files.delete(file);
        }
    }

    @Test
    void fiftyHarmlessPendingMariaDbMigrationsSetUpAFreshDatabaseWithoutAGate() throws Exception {
        TestDatabase db = database(EngineKind.MARIADB);
        for (int i = 1; i <= 50; i++) {
            String version = String.format("202601%02d%02d0000", 1 + (i - 1) / 24, (i - 1) % 24);
            MigrationFiles.write(dir, version, "t" + i, EngineKind.MARIADB,
                    "CREATE TABLE t" + i + " (id INT PRIMARY KEY, v INT);\n--rollback DROP TABLE t" + i + ";",
                    "CREATE INDEX t" + i + "_v ON t" + i + " (v);\n--rollback DROP INDEX t" + i + "_v ON t" + i + ";");
        }
        // exactly what the gate of `up` computes (applying 50 files through Liquibase, or `lint --pending`, which also
        // verifies each rollback on a shadow database, takes minutes on a busy machine)
        List<MigrationFile> files = MigrationDirectory.load(dir.resolve("migrations"));
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            ApprovalPlan plan = ApprovalPlan.migrate(files, ApprovalPlan.applied(h), null);
            RiskReport report = RiskService.score(plan, files, h);
            assertThat(report.findings()).hasSize(50).allMatch(f -> f.severity() == Severity.LOW);
            assertThat(report.score()).isEqualTo(5);
            assertThat(ReportText.render(report)).contains("TX-NON-TRANSACTIONAL").contains("score = the worst migration's = 5 (");
            assertThat(report.bySource()).hasSize(50);
            assertThat(Policy.builtinDefault().decide(report, EngineKind.MARIADB, null).action()).isEqualTo(Action.ALLOW);
        }
    }
}
