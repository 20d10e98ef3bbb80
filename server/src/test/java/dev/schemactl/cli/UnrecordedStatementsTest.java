package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static dev.schemactl.cli.MigrationCommandsTest.trackingRows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, section 1b: a MariaDB changeset of several statements that stops midway leaves its first statements
 * applied (each DDL statement commits) while the tracking table records nothing for it. The failure message says so
 * instead of "stay applied and recorded", and `status` shows the partial state, read from the live schema.
 */
class UnrecordedStatementsTest {
    private static final String V1 = "20260101000000";

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    private Cli cli() {
        return new Cli(dir).env("DATABASE_URL", db.urlText()).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    @Test
    void aChangesetKilledAfterItsFirstStatementShowsAsPartialAndTheRerunSaysWhatIsTrue() throws Exception {
        db = TestDatabase.create(EngineKind.MARIADB);
        MigrationFiles.write(dir, V1, "three_tables", EngineKind.MARIADB, """
                CREATE TABLE b1 (id INT PRIMARY KEY);
                CREATE TABLE b2 (id INT PRIMARY KEY);
                CREATE TABLE b3 (id INT PRIMARY KEY);
                --rollback DROP TABLE b3; DROP TABLE b2; DROP TABLE b1;""");
        assertThat(cli().run("create").exit()).isZero();
        // what a kill -9 after the first statement leaves: b1 committed, nothing recorded
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE b1 (id INT PRIMARY KEY)");
        }

        Cli.Run status = cli().run("status", "--no-drift");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains(V1 + "  three_tables  partial")
                .contains("0/1 changesets applied; 1 of 3 statements of changeset test:" + V1 + "-1 are in the database but "
                        + "not recorded (table b1 exists): a run stopped midway");
        Cli.Run json = cli().run("status", "--no-drift", "--format", "json");
        assertThat(json.out()).containsIgnoringCase("\"partial\"").contains("table b1 exists");

        Cli.Run rerun = cli().run("up");
        assertThat(rerun.exit()).as(rerun.all()).isEqualTo(1);
        assertThat(rerun.err()).contains("Table 'b1' already exists")
                .contains("changeset " + V1 + "-1 has 3 statements").contains("NOT recorded")
                .doesNotContain("stay applied and recorded; fix the failing statement");
        assertThat(trackingRows(db)).isZero();
    }

    @Test
    void aChangesetThatFailsMidwayIsPartialToo() throws Exception {
        db = TestDatabase.create(EngineKind.MARIADB);
        MigrationFiles.write(dir, V1, "fails_midway", EngineKind.MARIADB, """
                CREATE TABLE c1 (id INT PRIMARY KEY);
                INSERT INTO no_such_table VALUES (1);
                CREATE TABLE c3 (id INT PRIMARY KEY);
                --rollback DROP TABLE c3; DROP TABLE c1;""");
        Cli.Run up = cli().run("up");
        assertThat(up.exit()).as(up.all()).isEqualTo(1);
        assertThat(up.err()).contains("no_such_table").contains("NOT recorded");
        Cli.Run status = cli().run("status", "--no-drift");
        assertThat(status.out()).contains("partial").contains("1 of 3 statements").contains("(table c1 exists)");
    }
}
