package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationProgress;
import dev.schemactl.migration.MigrationWriter;
import dev.schemactl.migration.Migrator;
import dev.schemactl.migration.StatusReport;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.RiskReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The migration use cases both faces call: create, drop, wait, up, migrate, rollback, status, new. */
public final class MigrationService {
    /** Not a static field: loading this class (every command) must not start the logging (few of them log). */
    private static Logger log() {
        return LoggerFactory.getLogger(MigrationService.class);
    }
    private final Settings settings;
    private final MigrationClock clock;
    private final Map<String, String> env;
    private Consumer<PolicyGate.Verdict> onApproval = v -> { };
    private RunGate runGate;
    private Consumer<String> onWarning = w -> { };
    private Duration maxReplicaLag;
    private Duration replicaTimeout;
    private Consumer<String> onReplicaWait = w -> { };
    private String actor = "cli:" + System.getProperty("user.name", "unknown");
    private DataSource dataSource;
    private Databases databases = Databases.PER_CALL;

    public MigrationService(Settings settings, MigrationClock clock) {
        this(settings, clock, System.getenv());
    }

    /**
     * @param env the environment the approval key is loaded from (SCHEMACTL_APPROVAL_KEY, ..., see
     *            {@link dev.schemactl.policy.ApprovalKey#load})
     */
    public MigrationService(Settings settings, MigrationClock clock, Map<String, String> env) {
        this.settings = settings;
        this.clock = clock;
        this.env = Map.copyOf(env);
    }

    /** Called when an approval token allowed a run (the faces tell the user who approved it). */
    public MigrationService onApproval(Consumer<PolicyGate.Verdict> listener) {
        this.onApproval = listener;
        return this;
    }

    /** Gates migrate and rollback with {@code gate} instead of the settings' policy and local approvals. */
    public MigrationService withGate(RunGate gate) {
        this.runGate = gate;
        return this;
    }

    /** Called with a warning the gate recorded (e.g. a policy looser than the project's); the faces print it. */
    /**
     * Before each migration file, waits while a replica lags more than {@code maxLag} (null: never waits), at most
     * {@code timeout} per file, telling {@code onWait} why it waits.
     */
    public MigrationService replicaLag(Duration maxLag, Duration timeout, Consumer<String> onWait) {
        this.maxReplicaLag = maxLag;
        this.replicaTimeout = timeout;
        this.onReplicaWait = onWait;
        return this;
    }

    public MigrationService onWarning(Consumer<String> listener) {
        this.onWarning = listener;
        return this;
    }

    /**
     * Runs the use cases on an application's own pool (the Spring Boot starter) instead of the settings' URL. The
     * database exists (the application connected to it), so {@link #up} creates nothing.
     */
    public MigrationService on(DataSource applicationDataSource) {
        this.dataSource = applicationDataSource;
        return this;
    }

    /** Opens the database through {@code databases} (a server's shared pools) instead of a pool per call. */
    public MigrationService databases(Databases databases) {
        this.databases = databases;
        return this;
    }

    /** Who asks, for the audit ledger: "cli:&lt;OS user&gt;" (the default) or "mcp:&lt;client name&gt;". */
    public MigrationService actor(String actor) {
        this.actor = actor;
        return this;
    }

    public AdminResult create() {
        DatabaseUrl url = settings.databaseUrl();
        boolean created = engine(url).admin().create(url);
        return new AdminResult("create", url.masked(), created,
                created ? "created database " + url.masked() : "database " + url.masked() + " already exists");
    }

    public AdminResult drop() {
        DatabaseUrl url = settings.databaseUrl();
        boolean dropped = engine(url).admin().drop(url);
        return new AdminResult("drop", url.masked(), dropped,
                dropped ? "dropped database " + url.masked() : "database " + url.masked() + " does not exist");
    }

    /** Waits until the database server accepts connections, retrying with backoff. */
    public AdminResult waitFor(Duration timeout) {
        DatabaseUrl url = settings.databaseUrl();
        Engine engine = engine(url);
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 100;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                engine.admin().exists(url);
                return new AdminResult("wait", url.masked(), false, "database server at " + url.masked()
                        + " is accepting connections (attempt " + attempts + ")");
            } catch (SchemactlException e) {
                if (e.code() != ErrorCode.UNREACHABLE) throw e;
                if (System.nanoTime() + Duration.ofMillis(sleep).toNanos() > deadline) {
                    throw new SchemactlException(ErrorCode.TIMEOUT, "gave up waiting for " + url.masked() + " after "
                            + timeout.toSeconds() + " s (" + attempts + " attempts)",
                            "check that the server is starting, or raise --wait-timeout");
                }
                log().info("waiting for {} ({})", url.masked(), e.getMessage());
                sleepQuietly(sleep);
                sleep = Math.min(sleep * 2, 2000);
            }
        }
    }

    public MigrateResult up() {
        return up(null);
    }

    /**
     * Creates the database when missing, then {@link #migrate(String, String)} everything pending.
     *
     * @param token an approval token from `schemactl approve`, or null
     */
    public MigrateResult up(String token) {
        return up(null, token);
    }

    /** Creates the database when missing, then {@link #migrate(String, String)} up to {@code toVersion} (null: all). */
    public MigrateResult up(String toVersion, String token) {
        if (dataSource != null) return migrate(toVersion, false, token, MigrationProgress.NONE);
        DatabaseUrl url = changesUrl();
        boolean created = engine(url).admin().create(url);
        return migrate(toVersion, created, token, MigrationProgress.NONE);
    }

    public MigrateResult migrate(String toVersion) {
        return migrate(toVersion, false, null, MigrationProgress.NONE);
    }

    /**
     * Applies the pending migrations (up to {@code toVersion}) once the policy allows it: their SQL is scored first and
     * the policy (settings' policy file, else the built-in default) decides; a plan that needs confirmation runs only
     * with a valid, unused approval token for exactly this SQL on this database, otherwise nothing runs and a
     * {@link GateRefusal} (exit code 3) names the `schemactl approve` command a human must run.
     */
    public MigrateResult migrate(String toVersion, String token) {
        return migrate(toVersion, false, token, MigrationProgress.NONE);
    }

    /** {@link #migrate(String, String)}, telling {@code progress} about each file as it is applied. */
    public MigrateResult migrate(String toVersion, String token, MigrationProgress progress) {
        return migrate(toVersion, false, token, progress);
    }

    private MigrateResult migrate(String toVersion, boolean created, String token, MigrationProgress progress) {
        if (toVersion != null) requireVersion(toVersion);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        // decided under the migration lock: what the gate checks (and a single-use approval it consumes) is exactly
        // what runs; a concurrent run that got in first leaves this one nothing to gate and nothing to apply
        try (DatabaseHandle db = openForChanges(); MigrationLock lock = db.migrationLock(settings.lockTimeout())) {
            ApprovalPlan plan = ApprovalPlan.migrate(files, ApprovalPlan.applied(db), toVersion);
            boolean otherEngine = files.stream().anyMatch(f -> plan.versions().contains(f.version())
                    && f.engine() != null && f.engine() != db.engine().kind());
            // a file for another engine is refused by the migrator with its own error; there is nothing to score
            Gated gated = plan.isEmpty() || otherEngine ? Gated.NONE : gate(plan, files, db, token);
            Migrator migrator = new Migrator(db, files, settings.lockTimeout()).withOnlineSchemaChange(onlineSchemaChange());
            boolean ok = false;
            try {
                List<String> applied = migrator.migrate(toVersion, maxReplicaLag == null ? progress
                        : new ReplicaWait(db, db.engine().replicaMonitor(settings.replicas().stream().map(settings::parseUrl).toList()),
                        maxReplicaLag, replicaTimeout, onReplicaWait, progress));
                ok = true;
                return new MigrateResult("migrate", created, applied, migrator.status());
            } finally {
                gated.record(db, ok);
            }
        }
    }

    /** What {@link #migrate(String)} would apply, with each file's SQL; changes nothing. */
    public MigrateResult planMigrate(String toVersion) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        try (DatabaseHandle db = open()) {
            Migrator migrator = new Migrator(db, files, settings.lockTimeout());
            return MigrateResult.dryRun("migrate", migrator.planMigrate(toVersion), migrator.status());
        }
    }

    public MigrateResult rollback(Integer steps, String toVersion) {
        return rollback(steps, toVersion, null);
    }

    /**
     * Rolls back once the policy allows it: the rollback SQL that would run is scored (rolling back a CREATE TABLE drops
     * a table) and gated like {@link #migrate(String, String)}.
     */
    public MigrateResult rollback(Integer steps, String toVersion, String token) {
        if (toVersion != null) requireVersion(toVersion);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        try (DatabaseHandle db = openForChanges(); MigrationLock lock = db.migrationLock(settings.lockTimeout())) {
            Migrator migrator = new Migrator(db, files, settings.lockTimeout()).withOnlineSchemaChange(onlineSchemaChange());
            refuseBaselineRollback(files, migrator.planRollback(steps, toVersion));
            ApprovalPlan plan = ApprovalPlan.rollback(files, ApprovalPlan.applied(db), steps, toVersion);
            Gated gated = plan.isEmpty() ? Gated.NONE : gate(plan, files, db, token);
            boolean ok = false;
            try {
                List<String> rolledBack = migrator.rollback(steps, toVersion);
                ok = true;
                return new MigrateResult("rollback", false, rolledBack, migrator.status());
            } finally {
                gated.record(db, ok);
            }
        }
    }

    /**
     * A baseline only recorded a schema that was already there: undoing it would drop that whole schema, data and all.
     * On a shadow database (verify) the Migrator rolls it back freely; here, on the live database, never.
     */
    private static void refuseBaselineRollback(List<MigrationFile> files, List<dev.schemactl.migration.PlannedMigration> planned) {
        for (var p : planned) {
            files.stream().filter(f -> f.version().equals(p.version())).filter(BaselineService::isBaseline).findFirst()
                    .ifPresent(f -> {
                        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + f.fileName() + " is the baseline "
                                + "(the schema the database had when schemactl adopted it); rolling it back would drop that "
                                + "whole schema", "roll back to the baseline at most (`schemactl rollback --to " + f.version()
                                + "`); to start over on a scratch database use `schemactl drop --force`");
                    });
        }
    }

    /** A gate that let a run through, to record the run's outcome (approval ledger and audit ledger). */
    private record Gated(PolicyGate gate, PolicyGate.Verdict verdict, boolean rollback, RunGate.Admission admission) {
        static final Gated NONE = new Gated(null, null, false, RunGate.Admission.NONE);

        void record(DatabaseHandle db, boolean applied) {
            if (gate != null) gate.recordOutcome(db, verdict, applied, rollback);
            admission.finished(db, applied);
        }
    }

    private Gated gate(ApprovalPlan plan, List<MigrationFile> files, DatabaseHandle db, String token) {
        if (runGate != null) {
            RunGate.Admission admission = runGate.admit(plan, RiskService.score(plan, files, db), db, token);
            return new Gated(null, null, plan.kind() == ApprovalPlan.Kind.ROLLBACK, admission);
        }
        PolicyInForce inForce = policyInForce();
        RiskReport report = RiskService.score(plan, files, db);
        PolicyGate gate = new PolicyGate(inForce.policy(), () -> dev.schemactl.policy.ApprovalKey.load(env),
                java.time.Clock.systemUTC(), inForce.allowedSigners(),
                new PolicyGate.Audit(dev.schemactl.policy.ssh.ApprovalRequest.LOCAL_TARGET, inForce.source(), inForce.digest(), actor));
        String loosening = inForce.loosening(report, db.engine().kind(), settings.environment());
        if (loosening != null) {
            gate.warn(db, plan, report, loosening);
            onWarning.accept("warning: " + loosening + " (recorded in " + dev.schemactl.policy.AuditLedger.table(db) + ")");
        }
        PolicyGate.Verdict verdict = gate.check(report, plan, db, settings.environment(), token);
        try {
            verdict.orThrow();
        } catch (SchemactlException refusal) {
            throw new GateRefusal(refusal, verdict, report);
        }
        if (verdict.approved()) onApproval.accept(verdict);
        return new Gated(gate, verdict, plan.kind() == ApprovalPlan.Kind.ROLLBACK, RunGate.Admission.NONE);
    }

    /** The policy: the settings' file (--policy, SCHEMACTL_POLICY, schemactl.yaml), else the built-in default. */
    public Policy policy() {
        return settings.policy() != null ? Policy.load(settings.policy(), settings.projectDir()) : Policy.builtinDefault();
    }

    /** The policy with its source, digest and the project's policy to compare it with. */
    public PolicyInForce policyInForce() {
        return PolicyInForce.of(settings);
    }

    private static void requireVersion(String version) {
        if (!version.matches("\\d{14}")) {
            throw new SchemactlException(ErrorCode.USAGE, "'" + version + "' is not a migration version",
                    "versions are 14 digits (yyyyMMddHHmmss); see `schemactl status`");
        }
    }

    /** The policy's online schema change for big-table ALTERs (null: none). */
    private dev.schemactl.engine.OnlineSchemaChange onlineSchemaChange() {
        return PolicyInForce.of(settings).policy().onlineSchemaChange();
    }

    /** What {@link #rollback(Integer, String)} would undo, with each file's rollback SQL; changes nothing. */
    public MigrateResult planRollback(Integer steps, String toVersion) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        try (DatabaseHandle db = open()) {
            Migrator migrator = new Migrator(db, files, settings.lockTimeout());
            return MigrateResult.dryRun("rollback", migrator.planRollback(steps, toVersion), migrator.status());
        }
    }

    /** The status with drift, checked on a temporary shadow database (what migration_status returns). */
    public StatusResult status() {
        return status(true, null);
    }

    /**
     * Every migration's state and, with {@code drift}, the drift of the live schema from what the applied
     * migrations produce on a shadow database ({@code shadowUrl}, or a temporary one when null).
     */
    public StatusResult status(boolean drift, String shadowUrl) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        // without drift a status is one or two reads: a pool would cost more to start than it saves
        try (DatabaseHandle db = drift ? open() : DatabaseHandle.openDirect(settings.databaseUrl(), settings.lockTimeout())) {
            StatusReport report = UnrecordedStatements.mark(new Migrator(db, files, settings.lockTimeout()).status(), db, files);
            if (!drift) return new StatusResult(report);
            return new StatusResult(report, new DriftService(settings).check(db, files, report, shadowUrl));
        }
    }

    /** The newest {@code limit} rows of the audit ledger (read-only: an absent table is an empty ledger). */
    public AuditResult audit(int limit) {
        try (DatabaseHandle db = DatabaseHandle.openDirect(settings.databaseUrl(), settings.lockTimeout())) {
            return new AuditResult(db.url().masked(), new dev.schemactl.policy.AuditLedger(db, java.time.Clock.systemUTC()).entries(limit));
        }
    }

    /** Writes an empty migration with its up and rollback sections to fill in. */
    public NewMigrationResult newEmptyMigration(String message) {
        String slug = MigrationWriter.slug(message);
        DatabaseUrl url = settings.databaseUrl();
        List<MigrationFile> existing = MigrationDirectory.load(settings.migrationsDir()); // refuses a broken directory
        String version = clock.nextVersion(existing.stream().map(MigrationFile::version).toList());
        String content = MigrationWriter.template(url.engine(), version, "empty template (schemactl new)");
        Path file = MigrationWriter.write(settings.migrationsDir(), version, slug, content);
        return new NewMigrationResult(settings.projectDir().relativize(file).toString(), version, content,
                "wrote " + settings.projectDir().relativize(file) + " (fill in the SQL and its --rollback)");
    }

    private DatabaseHandle open() {
        if (dataSource != null) return DatabaseHandle.borrow(dataSource, settings.projectDir(), settings.schemas(), settings.migrationsTable(),
                settings.lockTimeout());
        return databases.open(settings.databaseUrl(), settings.lockTimeout());
    }

    /** The URL changes run over: the direct URL when one is configured, else the URL itself. */
    private DatabaseUrl changesUrl() {
        return settings.directUrl() == null ? settings.databaseUrl() : settings.parseUrl(settings.directUrl());
    }

    /**
     * The connection migrations and rollbacks run on, never through a connection pooler: transaction pooling hands
     * each transaction any server session, so the session migration lock and SET lock_timeout would not hold. With a
     * direct URL (as Prisma's directUrl) changes take it; without one, a pooled URL is refused. Reads keep the URL.
     */
    private DatabaseHandle openForChanges() {
        DatabaseUrl url = settings.databaseUrl();
        if (settings.directUrl() == null) {
            DatabaseHandle db = open();
            String pooled = poolerEvidence(db);
            if (pooled != null) {
                db.close();
                throw new SchemactlException(ErrorCode.POOLER, "migrations cannot run through the connection pooler at "
                        + url.masked() + ": " + pooled, "set direct_url in schemactl.yaml (or SCHEMACTL_DIRECT_URL) to the "
                        + "database server itself; reads (status, diff) may keep using the pooler");
            }
            return db;
        }
        DatabaseUrl direct = changesUrl();
        if (direct.engine() != url.engine()) {
            throw new SchemactlException(ErrorCode.CONFIG, "the direct URL " + direct.masked() + " is " + direct.engine()
                    + " but the URL " + url.masked() + " is " + url.engine(), "point direct_url at the same database, bypassing the pooler");
        }
        DatabaseHandle db = DatabaseHandle.open(direct, settings.lockTimeout());
        try {
            String pooled = poolerEvidence(db);
            if (pooled != null) {
                throw new SchemactlException(ErrorCode.POOLER, "the direct URL " + direct.masked() + " goes through a pooler as well: "
                        + pooled, "point direct_url (SCHEMACTL_DIRECT_URL) at the database server's own port, not the pooler's");
            }
            String directName = catalog(db);
            String pooledName = pooledCatalog();
            if (pooledName != null && !pooledName.equals(directName)) {
                throw new SchemactlException(ErrorCode.CONFIG, "the direct URL " + direct.masked() + " reaches database '" + directName
                        + "' but " + url.masked() + " reaches '" + pooledName + "'", "point direct_url at the same database as the URL");
            }
            log().debug("changes go over the direct URL {}", direct.masked());
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String poolerEvidence(DatabaseHandle db) {
        try (java.sql.Connection c = db.connection()) {
            return db.engine().poolerEvidence(c);
        } catch (java.sql.SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    private static String catalog(DatabaseHandle db) {
        try (java.sql.Connection c = db.connection()) {
            return c.getCatalog();
        } catch (java.sql.SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /** The database the (pooled) URL reaches; null when it cannot be reached (then the direct URL is taken on trust). */
    private String pooledCatalog() {
        try (DatabaseHandle pooled = open()) {
            return catalog(pooled);
        } catch (SchemactlException e) {
            log().debug("cannot compare the direct URL with {}: {}", settings.databaseUrl().masked(), e.getMessage());
            return null;
        }
    }

    private static Engine engine(DatabaseUrl url) {
        return Engines.of(url.engine());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.TIMEOUT, "interrupted while waiting", "try again");
        }
    }
}
