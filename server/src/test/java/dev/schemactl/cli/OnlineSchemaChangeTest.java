package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The policy's online_schema_change: an ALTER that MariaDB would copy under a lock, on a table above the row
 * threshold, runs through pt-online-schema-change while a writer inserts and updates throughout; no write is lost,
 * the writer's longest stall is measured (and compared with a plain ALTER of the same table in the same run); a
 * failure midway leaves no triggers, no copy table and no tracking row. Rows: 100,000 (system property
 * schemactl.onlineChange.rows for the bench's 1,000,000).
 */
class OnlineSchemaChangeTest {
    static final String V1 = "20260101000000";
    static final String V2 = "20260102000000";
    static final String V3 = "20260103000000";
    private static final int ROWS = Integer.getInteger("schemactl.onlineChange.rows", 100_000);
    /** The stall CI accepts for the online change (measured 0.36 s at 100,000 rows on a 2-core machine; a plain ALTER stalls for its whole copy). */
    private static final long STALL_BOUND_MS = 3_000;

    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void setUp() throws Exception {
        requirePtOsc();
        db = TestDatabase.create(EngineKind.MARIADB);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE big (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, n int NOT NULL, label varchar(40))");
            st.execute("INSERT INTO big (n, label) SELECT seq, CONCAT('r', seq) FROM seq_1_to_" + ROWS);
            st.execute("ANALYZE TABLE big");
        }
        Files.writeString(dir.resolve("schemactl.yaml"), "policy: policy.yaml\n");
        Files.writeString(dir.resolve("policy.yaml"), """
                version: 1
                rules:
                  - match: {}
                    action: allow
                    reason: test
                default: allow
                online_schema_change:
                  tool: pt-osc
                  min_rows: %d
                """.formatted(ROWS / 2));
        MigrationFiles.write(dir, V1, "start", EngineKind.MARIADB, "CREATE TABLE other (id int PRIMARY KEY);\n--rollback DROP TABLE other;");
        MigrationFiles.write(dir, V2, "widen_n", EngineKind.MARIADB,
                "ALTER TABLE big MODIFY n bigint NOT NULL;\n--rollback ALTER TABLE big MODIFY n int NOT NULL;");
    }

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    @Test
    void aBigCopyingAlterRunsOnlineWithoutLosingOrBlockingWrites() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        assertThat(cli.run("migrate", "--to", V1).exit()).isZero();

        Writer online = new Writer(db);
        long start = System.nanoTime();
        Cli.Run run;
        try (online) {
            online.start();
            Thread.sleep(300);
            run = Cli.finish(cli.start("migrate"), 600); // its own process: its stderr shows pt-osc's progress
            Thread.sleep(300);
        }
        long onlineMs = (System.nanoTime() - start) / 1_000_000 - 600;
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("running the ALTER through pt-online-schema-change", "Copying approximately",
                "Successfully altered");
        assertThat(columnType("n")).isEqualTo("bigint(20)");
        online.assertNothingLost();
        assertThat(leftovers()).isEmpty();

        // the rollback SQL goes the same way
        Cli.Run back = Cli.finish(cli.start("rollback"), 600);
        assertThat(back.exit()).as(back.all()).isZero();
        assertThat(back.err()).contains("running the ALTER through pt-online-schema-change", "Successfully altered");
        assertThat(columnType("n")).isEqualTo("int(11)");
        assertThat(leftovers()).isEmpty();

        // the same change as a plain ALTER on the same table, same writer: MariaDB copies it under LOCK=SHARED
        Writer plain = new Writer(db);
        long plainStart = System.nanoTime();
        try (plain) {
            plain.start();
            Thread.sleep(300);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE big MODIFY n bigint NOT NULL");
            }
            Thread.sleep(300);
        }
        long plainMs = (System.nanoTime() - plainStart) / 1_000_000 - 600;
        plain.assertNothingLost();
        System.out.printf("online-change: rows=%d pt-osc: duration_ms=%d max_stall_ms=%d writes=%d deadlocks_retried=%d"
                        + " | plain ALTER: duration_ms=%d max_stall_ms=%d writes=%d deadlocks_retried=%d%n", ROWS, onlineMs,
                online.maxStallMs(), online.writes(), online.deadlocks(), plainMs, plain.maxStallMs(), plain.writes(),
                plain.deadlocks());
        assertThat(online.writes()).as("the writer kept writing during the online change").isGreaterThan(10);
        assertThat(online.maxStallMs()).as("longest writer stall during pt-osc").isLessThan(STALL_BOUND_MS);
    }

    @Test
    void anAlterWhoseCopyWouldDropOrTruncateRowsIsRefusedBeforePtOscRuns() throws Exception {
        // pt-osc copies with INSERT IGNORE: labels such as 'r12345' would be cut to two characters without an error
        MigrationFiles.write(dir, V2, "widen_n", EngineKind.MARIADB,
                "ALTER TABLE big MODIFY label varchar(2);\n--rollback ALTER TABLE big MODIFY label varchar(40);");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        assertThat(cli.run("migrate", "--to", V1).exit()).isZero();
        String before = showCreate();
        Cli.Run run = cli.run("migrate");
        assertThat(run.exit()).as(run.all()).isNotZero();
        assertThat(run.err()).contains("not running the ALTER on big through pt-online-schema-change", "INSERT IGNORE",
                "CHAR_LENGTH(`label`) > 2", "ALGORITHM=COPY");
        assertThat(run.err()).doesNotContain("Copying approximately");
        assertThat(showCreate()).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
        assertThat(cli.run("status").out()).contains(V2).contains("pending");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(CHAR_LENGTH(label)) FROM big")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ROWS);
            assertThat(rs.getInt(2)).isGreaterThan(2);
        }
    }

    @Test
    void aFailureMidwayIsCleanedUpAndNotRecorded() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        assertThat(cli.run("migrate", "--to", V1).exit()).isZero();
        String before = showCreate();
        // break the copy while pt-osc runs: drop its new table once its triggers are in place
        AtomicBoolean dropped = new AtomicBoolean();
        Thread saboteur = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 60_000;
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                while (System.currentTimeMillis() < deadline && !dropped.get()) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS "
                            + "WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'big'")) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            st.execute("DROP TABLE _big_new");
                            dropped.set(true);
                        }
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                // the test asserts on `dropped`
            }
        });
        saboteur.start();
        Cli.Run run = cli.run("migrate");
        saboteur.join();
        String err = run.err();
        assertThat(dropped).as("the copy table was dropped midway").isTrue();
        assertThat(run.exit()).as(run.all()).isNotZero();
        assertThat(run.err()).contains("pt-online-schema-change failed");
        assertThat(leftovers()).as("pt-osc removed its triggers and tables").isEmpty();
        assertThat(showCreate()).isEqualTo(before);
        assertThat(cli.run("status").out()).contains(V2).contains("pending");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM big")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ROWS);
        }
    }

    private String columnType(String column) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT COLUMN_TYPE FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'big' AND COLUMN_NAME = ?")) {
            ps.setString(1, column);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String showCreate() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE big")) {
            rs.next();
            return rs.getString(2);
        }
    }

    /** pt-osc's triggers and _big_new / _big_old tables, if any are left. */
    private List<String> leftovers() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()")) {
                while (rs.next()) out.add("trigger " + rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME LIKE '%big%' AND TABLE_NAME <> 'big'")) {
                while (rs.next()) out.add("table " + rs.getString(1));
            }
        }
        return out;
    }

    static void requirePtOsc() {
        boolean present = false;
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, "pt-online-schema-change"))) present = true;
        }
        if (present) return;
        String message = "pt-online-schema-change is not installed (apt-get install percona-toolkit)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(message + " (CI=true: a missing prerequisite fails the build)");
        Assumptions.abort(message);
    }

    /**
     * Inserts a row and updates a random existing row, over and over, on its own connection; remembers what it wrote
     * and the longest time one write took.
     */
    static final class Writer implements AutoCloseable {
        private final TestDatabase db;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Map<Long, Integer> inserted = new HashMap<>();
        private final Map<Long, String> updated = new HashMap<>();
        private final List<Throwable> errors = new ArrayList<>();
        private volatile long maxStallNanos;
        private volatile int writes;
        private volatile int deadlocks;
        private Thread thread;

        Writer(TestDatabase db) {
            this.db = db;
        }

        void start() {
            thread = new Thread(this::loop, "writer");
            thread.start();
        }

        private void loop() {
            try (Connection c = db.connect();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO big (n, label) VALUES (?, 'w')", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement update = c.prepareStatement("UPDATE big SET label = ? WHERE id = ?")) {
                c.setAutoCommit(true);
                int k = 0;
                while (!stop.get()) {
                    k++;
                    int n = 1_000_000_000 + k;
                    long t0 = System.nanoTime();
                    retryingDeadlocks(() -> {
                        insert.setInt(1, n);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            inserted.put(keys.getLong(1), n);
                        }
                    });
                    note(t0);
                    long id = 1 + ThreadLocalRandom.current().nextInt(ROWS);
                    String label = "u" + k;
                    t0 = System.nanoTime();
                    retryingDeadlocks(() -> {
                        update.setString(1, label);
                        update.setLong(2, id);
                        update.executeUpdate();
                    });
                    updated.put(id, label);
                    note(t0);
                    writes += 2;
                    Thread.sleep(2);
                }
            } catch (Throwable e) {
                errors.add(e);
            }
        }

        interface Write {
            void run() throws SQLException;
        }

        /**
         * pt-osc's triggers and its chunk copy (INSERT ... SELECT ... LOCK IN SHARE MODE) can deadlock with a writer;
         * InnoDB rolls the writer's statement back, and an application retries it, as this writer does (the time
         * counts in its stall).
         */
        private void retryingDeadlocks(Write write) throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try {
                    write.run();
                    return;
                } catch (SQLException e) {
                    if (!"40001".equals(e.getSQLState()) || attempt >= 10) throw e;
                    deadlocks++;
                }
            }
        }

        int deadlocks() {
            return deadlocks;
        }

        private void note(long t0) {
            long took = System.nanoTime() - t0;
            if (took > maxStallNanos) maxStallNanos = took;
        }

        long maxStallMs() {
            return maxStallNanos / 1_000_000;
        }

        int writes() {
            return writes;
        }

        void assertNothingLost() throws SQLException {
            assertThat(errors).as("writer errors").isEmpty();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                Map<Long, Integer> foundN = new HashMap<>();
                try (ResultSet rs = st.executeQuery("SELECT id, n FROM big WHERE n > 1000000000")) {
                    while (rs.next()) foundN.put(rs.getLong(1), rs.getInt(2));
                }
                assertThat(foundN).as("every inserted row").containsAllEntriesOf(inserted);
                Map<Long, String> foundLabel = new HashMap<>();
                try (ResultSet rs = st.executeQuery("SELECT id, label FROM big WHERE label LIKE 'u%'")) {
                    while (rs.next()) foundLabel.put(rs.getLong(1), rs.getString(2));
                }
                assertThat(foundLabel).as("every update's last value").containsAllEntriesOf(updated);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            if (thread != null) thread.join();
        }
    }
}
