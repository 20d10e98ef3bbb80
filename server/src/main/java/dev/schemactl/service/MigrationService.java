package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.Engines;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationProgress;
import dev.schemactl.migration.MigrationWriter;
import dev.schemactl.migration.Migrator;
import dev.schemactl.migration.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The migration use cases both faces call: create, drop, wait, up, migrate, rollback, status, new. */
public final class MigrationService {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationService.class);
    private final Settings settings;
    private final MigrationClock clock;

    public MigrationService(Settings settings, MigrationClock clock) {
        this.settings = settings;
        this.clock = clock;
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
                LOG.info("waiting for {} ({})", url.masked(), e.getMessage());
                sleepQuietly(sleep);
                sleep = Math.min(sleep * 2, 2000);
            }
        }
    }

    public MigrateResult up() {
        DatabaseUrl url = settings.databaseUrl();
        boolean created = engine(url).admin().create(url);
        return migrate(null, created);
    }

    public MigrateResult migrate(String toVersion) {
        return migrate(toVersion, false, MigrationProgress.NONE);
    }

    /** {@link #migrate(String)}, telling {@code progress} about each file as it is applied. */
    public MigrateResult migrate(String toVersion, MigrationProgress progress) {
        return migrate(toVersion, false, progress);
    }

    private MigrateResult migrate(String toVersion, boolean created) {
        return migrate(toVersion, created, MigrationProgress.NONE);
    }

    private MigrateResult migrate(String toVersion, boolean created, MigrationProgress progress) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        try (DatabaseHandle db = open()) {
            Migrator migrator = new Migrator(db, files, settings.lockTimeout());
            List<String> applied = migrator.migrate(toVersion, progress);
            return new MigrateResult("migrate", created, applied, migrator.status());
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
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        if (toVersion != null) Migrator.requireKnown(files, toVersion);
        try (DatabaseHandle db = open()) {
            Migrator migrator = new Migrator(db, files, settings.lockTimeout());
            List<String> rolledBack = migrator.rollback(steps, toVersion);
            return new MigrateResult("rollback", false, rolledBack, migrator.status());
        }
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
        try (DatabaseHandle db = open()) {
            StatusReport report = new Migrator(db, files, settings.lockTimeout()).status();
            if (!drift) return new StatusResult(report);
            return new StatusResult(report, new DriftService(settings).check(db, files, report, shadowUrl));
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
        return DatabaseHandle.open(settings.databaseUrl(), settings.lockTimeout());
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
