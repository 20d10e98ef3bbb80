package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real JVM processes racing on one database, and a lock holder killed with -9. */
class ConcurrencyAndLockTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    private void write(String version, String slug, EngineKind engine, String body) throws IOException {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve(version + "_" + slug + ".sql"),
                "--liquibase formatted sql\n-- schemactl: engine=" + engine.id() + "\n\n--changeset test:" + version + "-1\n" + body + "\n");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void fourConcurrentUpsApplyEachMigrationOnce(EngineKind engine) throws Exception {
        db = TestDatabase.create(engine);
        write("20260101000000", "create_audit", engine,
                "CREATE TABLE audit (id INT PRIMARY KEY, note VARCHAR(20));\n--rollback DROP TABLE audit;");
        for (int i = 1; i <= 3; i++) {
            // an INSERT without a key conflict: applied twice it would leave two rows
            write("2026010" + (i + 1) + "000000", "insert_" + i, engine,
                    "INSERT INTO audit (id, note) VALUES (" + i + ", 'once');\n--rollback DELETE FROM audit WHERE id = " + i + ";");
        }
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) processes.add(cli.start("up"));
        for (Process p : processes) {
            Cli.Run run = Cli.finish(p, 180);
            assertThat(run.exit()).as(run.all()).isZero();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM audit")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_migrations")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aLockHolderKilledWithSigkillDoesNotBlockTheNextUp(EngineKind engine) throws Exception {
        db = TestDatabase.create(engine);
        String sleep = switch (engine) {
            case POSTGRESQL -> "SELECT pg_sleep(6);";
            case MARIADB -> "SELECT SLEEP(6);";
            case H2 -> "CREATE ALIAS IF NOT EXISTS SC_SLEEP FOR 'java.lang.Thread.sleep';\nCALL SC_SLEEP(6000);";
            // SQLite has no sleep function: a few seconds of counting
            case SQLITE -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT count(*) FROM c;";
        };
        // as schemactl writes them: one changeset per file on PostgreSQL and SQLite, one per statement elsewhere
        String body = engine == EngineKind.POSTGRESQL || engine == EngineKind.SQLITE
                ? "CREATE TABLE slow_done (id INT PRIMARY KEY);\n" + sleep + "\n--rollback DROP TABLE slow_done;"
                : "CREATE TABLE slow_done (id INT PRIMARY KEY);\n--rollback DROP TABLE slow_done;\n\n--changeset test:20260101000000-2\n"
                + sleep + "\n--rollback empty";
        write("20260101000000", "slow", engine, body);
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        Process holder = cli.start("up");
        waitUntilLocked(engine, holder);
        holder.destroyForcibly().waitFor();
        assertThat(holder.exitValue()).isEqualTo(137);

        long start = System.nanoTime();
        Cli.Run next = Cli.finish(cli.start("up", "--lock-timeout", "30s"), 120);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(next.exit()).as(next.all()).isZero();
        assertThat(next.out()).contains("20260101000000  slow  applied");
        // the migration itself sleeps 6 s; waiting for a stale lock would add the whole lock timeout
        assertThat(seconds).isLessThan(25);
    }

    /** Waits until the first process is inside the migration (holding the lock). */
    private void waitUntilLocked(EngineKind engine, Process holder) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(holder.isAlive()).as("the lock holder exited early").isTrue();
            if (engine == EngineKind.H2) {
                // H2 holds the file lock for the whole session; give it time to reach the sleep
                Thread.sleep(3500);
                return;
            }
            if (engine == EngineKind.SQLITE) {
                // the migration lock is an OS file lock beside the database file
                if (fileLockHeld(Path.of(db.url().filePath() + ".schemactl.lock"))) {
                    Thread.sleep(1000); // let it get into the changeset
                    return;
                }
                Thread.sleep(100);
                continue;
            }
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(engine == EngineKind.POSTGRESQL
                         ? "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                         : "SELECT IS_USED_LOCK('schemactl:" + db.url().database() + "') IS NOT NULL")) {
                rs.next();
                if (rs.getInt(1) > 0 && sleeping(engine)) return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first process never took the lock");
    }

    /**
     * True once the holder runs the migration's sleep: killed then, the changeset before it is recorded. A kill a fixed
     * time after the lock could land between MariaDB's auto-committed CREATE TABLE and its record under load.
     */
    private boolean sleeping(EngineKind engine) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(engine == EngineKind.POSTGRESQL
                     ? "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg\\_sleep(6)%' AND pid <> pg_backend_pid()"
                     : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%SLEEP(6)%' AND ID <> CONNECTION_ID()")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static boolean fileLockHeld(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) return false;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        }
    }
}
