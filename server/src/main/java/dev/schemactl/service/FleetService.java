package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.config.Shard;
import dev.schemactl.config.TargetsFile;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code up} on many databases: the same migrations applied to every target of a targets file, {@code parallel} at a
 * time. Each target goes through {@link MigrationService#up()} with its own settings — so its own connection pool,
 * its own migration lock and the same checks (and policy) as a single `up`. A failure is recorded on its target and
 * never stops the others; a rerun continues where each target stopped, because each one resumes from its own
 * tracking table.
 */
public final class FleetService {
    private static final Logger LOG = LoggerFactory.getLogger(FleetService.class);
    public static final int DEFAULT_PARALLEL = 4;

    /** Told about progress; calls are serialized, so implementations need no locking. */
    public interface Progress {
        void started(int total, int parallel);

        void finished(TargetResult result, int done, int total);

        Progress SILENT = new Progress() {
            @Override
            public void started(int total, int parallel) {
            }

            @Override
            public void finished(TargetResult result, int done, int total) {
            }
        };
    }

    private final Settings settings;
    private final MigrationClock clock;
    private final Map<String, String> environment;

    public FleetService(Settings settings, MigrationClock clock, Map<String, String> environment) {
        this.settings = settings;
        this.clock = clock;
        this.environment = environment;
    }

    /** Reads the targets file and, for a query:, runs the query on the registry database. */
    public List<TargetsFile.Target> targets(Path targetsFile) {
        TargetsFile file = TargetsFile.load(settings.projectDir().resolve(targetsFile), settings.projectDir(), environment);
        return file.query() == null ? file.targets() : query(file);
    }

    public FleetResult up(Path targetsFile, int parallel, Progress progress) {
        checkParallel(parallel);
        return up(targets(targetsFile), parallel, progress);
    }

    /**
     * This runner's share of the fleet ({@link Shard#ALL} for the whole of it), and with {@code reportFile} a
     * {@link FleetReport} kept up to date on disk for {@code fleet report}.
     */
    public FleetResult up(Path targetsFile, Shard shard, int parallel, Progress progress, Path reportFile) {
        checkParallel(parallel);
        List<TargetsFile.Target> all = targets(targetsFile);
        List<TargetsFile.Target> mine = shard.select(all);
        String label = shard.count() == 1 && reportFile == null ? null : shard.toString();
        if (reportFile == null) return up(mine, parallel, progress).inShard(label);
        FleetReportWriter writer = new FleetReportWriter(reportPath(reportFile, shard), shard,
                all.stream().map(TargetsFile.Target::name).toList(), mine.stream().map(TargetsFile.Target::name).toList(),
                progress, java.time.Clock.systemUTC());
        writer.begin();
        FleetResult result = up(mine, parallel, writer).inShard(label);
        writer.complete(result);
        return result;
    }

    public FleetResult up(List<TargetsFile.Target> targets, int parallel, Progress progress) {
        checkParallel(parallel);
        // a broken migrations directory is one error, not one failure per target
        MigrationDirectory.load(settings.migrationsDir());
        if (targets.isEmpty()) return new FleetResult(List.of());
        int threads = Math.min(parallel, targets.size());
        Object progressLock = new Object();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        synchronized (progressLock) {
            progress.started(targets.size(), threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "schemactl-fleet-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TargetResult>> futures = new ArrayList<>();
            for (TargetsFile.Target target : targets) {
                futures.add(pool.submit(() -> {
                    TargetResult result = upOne(target);
                    synchronized (progressLock) {
                        progress.finished(result, done.incrementAndGet(), targets.size());
                    }
                    return result;
                }));
            }
            List<TargetResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(outcome(futures.get(i), targets.get(i)));
            }
            return new FleetResult(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A directory (existing, or written with a trailing slash) gets one file per shard: shard-I.json. */
    private Path reportPath(Path reportFile, Shard shard) {
        Path path = settings.projectDir().resolve(reportFile);
        boolean directory = java.nio.file.Files.isDirectory(path) || reportFile.toString().endsWith("/")
                || reportFile.toString().endsWith(java.io.File.separator);
        return directory ? path.resolve("shard-" + shard.index() + ".json") : path;
    }

    private static void checkParallel(int parallel) {
        if (parallel < 1) {
            throw new SchemactlException(ErrorCode.USAGE, "--parallel must be at least 1, not " + parallel, "e.g. --parallel 4");
        }
    }

    /** One target, through the very path of a single `up`. Never throws. */
    TargetResult upOne(TargetsFile.Target target) {
        String masked = DatabaseUrl.maskText(target.url());
        Settings one = settings.withUrl(target.url(), "targets " + target.name());
        try {
            masked = one.databaseUrl().masked();
            MigrateResult result = new MigrationService(one, clock).up();
            return new TargetResult(target.name(), masked,
                    result.versions().isEmpty() ? TargetResult.Status.UP_TO_DATE : TargetResult.Status.APPLIED,
                    result.versions(), result.status().pending(), null);
        } catch (SchemactlException e) {
            boolean refused = e.code() == ErrorCode.POLICY_REFUSED || e.code() == ErrorCode.CONFIRMATION;
            LOG.debug("target {} {}", target.name(), refused ? "refused" : "failed", e);
            return new TargetResult(target.name(), masked, refused ? TargetResult.Status.REFUSED : TargetResult.Status.FAILED,
                    refused ? List.of() : null, pendingAfter(one, e.code()), oneLine(e.oneLine(), target.url()));
        } catch (RuntimeException e) {
            LOG.debug("target {} failed", target.name(), e);
            String message = "unexpected failure: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new TargetResult(target.name(), masked, TargetResult.Status.FAILED, null,
                    pendingAfter(one, ErrorCode.INTERNAL), oneLine(message, target.url()));
        }
    }

    private TargetResult outcome(Future<TargetResult> future, TargetsFile.Target target) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.TIMEOUT, "interrupted while applying migrations to the targets",
                    "run again: every target continues where it stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new TargetResult(target.name(), DatabaseUrl.maskText(target.url()), TargetResult.Status.FAILED, null,
                    null, oneLine("unexpected failure: " + cause, target.url()));
        }
    }

    /** Pending migrations after a refusal or a failure, when the database can still be read; else null. */
    private Integer pendingAfter(Settings one, ErrorCode code) {
        if (Set.of(ErrorCode.UNREACHABLE, ErrorCode.AUTH_FAILED, ErrorCode.BAD_URL, ErrorCode.DATABASE_MISSING,
                ErrorCode.TIMEOUT, ErrorCode.CONFIG, ErrorCode.USAGE).contains(code)) {
            return null;
        }
        try {
            return new MigrationService(one, clock).status().status().pending();
        } catch (RuntimeException e) {
            LOG.debug("cannot read the status after the failure", e);
            return null;
        }
    }

    private static String oneLine(String message, String rawUrl) {
        String line = DatabaseUrl.maskText(message).replaceAll("\\s*\\R\\s*", " ").trim();
        try {
            String password = DatabaseUrl.parse(rawUrl, Path.of(".")).password();
            if (password != null && !password.isEmpty()) line = line.replace(password, "****");
        } catch (RuntimeException ignored) {
            // a URL that does not parse has no password to hide beyond what maskText did
        }
        return line;
    }

    private List<TargetsFile.Target> query(TargetsFile file) {
        TargetsFile.Query query = file.query();
        DatabaseUrl registry = DatabaseUrl.parse(query.url(), settings.projectDir());
        List<TargetsFile.Target> out = new ArrayList<>();
        try (DatabaseHandle db = DatabaseHandle.open(registry, settings.lockTimeout());
             Connection c = db.connection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query.sql())) {
            ResultSetMetaData meta = rs.getMetaData();
            int nameColumn = column(meta, "name", 1);
            int urlColumn = column(meta, "url", 2);
            if (meta.getColumnCount() < 2) {
                throw new SchemactlException(ErrorCode.CONFIG, file.fileName() + ": line " + query.line()
                        + ": the targets query must return two columns, name and url", "e.g. SELECT name, url FROM tenants");
            }
            Set<String> names = new HashSet<>();
            int row = 0;
            while (rs.next()) {
                row++;
                String name = rs.getString(nameColumn);
                String url = rs.getString(urlColumn);
                if (name == null || name.isBlank() || url == null || url.isBlank()) {
                    throw new SchemactlException(ErrorCode.CONFIG, "row " + row + " of the targets query on "
                            + registry.masked() + " has no " + (name == null || name.isBlank() ? "name" : "url"),
                            "filter such rows out in query.sql (" + file.fileName() + " line " + query.line() + ")");
                }
                if (!names.add(name)) {
                    throw new SchemactlException(ErrorCode.CONFIG, "the targets query on " + registry.masked()
                            + " returned the name '" + name + "' twice", "make the names unique (e.g. SELECT DISTINCT)");
                }
                out.add(new TargetsFile.Target(name, url.strip(), query.line()));
            }
        } catch (SQLException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "the targets query on " + registry.masked() + " failed: "
                    + DatabaseUrl.maskText(e.getMessage()).replaceAll("\\s*\\R\\s*", " "),
                    "check query.sql in " + file.fileName() + " (line " + query.line() + ")", e);
        }
        return out;
    }

    private static int column(ResultSetMetaData meta, String label, int fallback) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(label)) return i;
        }
        return Math.min(fallback, meta.getColumnCount());
    }
}
