package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.AuditLedger;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 leftover: the gate decides under the migration lock. Two applies racing with one single-use approval: one
 * consumes it and applies, the other then finds nothing pending (no refusal, no second consumption, no second run).
 * H2 runs as the MCP server runs it, both calls on one shared pool (the in-process turn of the migration lock).
 */
class ConcurrentApprovedApplyTest {
    private static final String V1 = "20260101000000";
    private static final String V2 = "20260102000000";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void twoAppliesWithOneApprovalApplyExactlyOnce(EngineKind engine) throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString());
        try (TestDatabase db = TestDatabase.create(engine);
             SharedDatabases shared = new SharedDatabases(Duration.ofMinutes(1), Duration.ofMinutes(1))) {
            Databases databases = engine == EngineKind.H2 ? shared : Databases.PER_CALL;
            Settings settings = SettingsLoader.load(dir, new SettingsLoader.Flags(db.urlText(), null, null,
                    Duration.ofSeconds(60), null), env);
            MigrationFiles.write(dir, V1, "create_widgets", engine,
                    "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), price INT);\n--rollback DROP TABLE widgets;");
            assertThat(service(settings, env, databases).up().versions()).containsExactly(V1);
            execute(db, "INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10), (2, 'b', 20)");
            MigrationFiles.write(dir, V2, "drop_price", engine,
                    "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");
            String[] digest = new String[1];
            String token = token(settings, env, databases, digest);

            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<List<String>>> runs = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        MigrationService service = service(settings, env, databases);
                        start.await(30, TimeUnit.SECONDS);
                        return service.migrate(null, token).versions();
                    }));
                }
                List<String> applied = new ArrayList<>();
                for (Future<List<String>> run : runs) applied.addAll(run.get(120, TimeUnit.SECONDS)); // neither refused
                assertThat(applied).as("applied by the two runs together").containsExactly(V2);
            } finally {
                pool.shutdownNow();
            }

            assertThat(columns(db)).containsExactlyInAnyOrder("id", "name");
            assertThat(count(db, "SELECT COUNT(*) FROM schema_migrations WHERE filename LIKE '%" + V2 + "%'")).isEqualTo(1);
            try (DatabaseHandle h = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
                List<ApprovalLedger.Entry> ledger = new ApprovalLedger(h, Clock.systemUTC()).entries();
                assertThat(ledger).hasSize(1);
                assertThat(ledger.get(0).outcome()).isEqualTo("applied");
                List<AuditLedger.Entry> audit = new AuditLedger(h, Clock.systemUTC()).entries(50).stream()
                        .filter(e -> e.planDigest().equals(digest[0])).toList();
                assertThat(audit).as("the audit rows of the approved plan").hasSize(1);
                assertThat(audit.get(0).outcome()).isEqualTo("applied");
            }
        }
    }

    private static MigrationService service(Settings settings, Map<String, String> env, Databases databases) {
        return new MigrationService(settings, MigrationClock.fromEnvironment(env), env).databases(databases);
    }

    /** A token for the pending plan, minted the way `schemactl approve` mints it. */
    private String token(Settings settings, Map<String, String> env, Databases databases, String[] digest) {
        try (DatabaseHandle h = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
            ApprovalPlan plan = ApprovalPlan.migrate(MigrationDirectory.load(settings.migrationsDir()), ApprovalPlan.applied(h), null);
            assertThat(plan.versions()).containsExactly(V2);
            digest[0] = plan.digest();
            return new ApprovalTokens(ApprovalKey.loadOrCreate(env), Clock.systemUTC())
                    .mint(plan.digest(), DatabaseFingerprint.of(h), Duration.ofMinutes(15), "alice", "terminal");
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The table's columns from information_schema (not through schemactl's inspector). */
    private static List<String> columns(TestDatabase db) throws Exception {
        String schema = switch (db.engine()) {
            case POSTGRESQL -> "table_schema = 'public'";
            case MARIADB -> "table_schema = DATABASE()";
            default -> "UPPER(table_schema) = 'PUBLIC'";
        };
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'widgets' AND "
                     + schema)) {
            while (rs.next()) out.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
