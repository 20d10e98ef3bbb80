package dev.schemactl.migration;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationState.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies, rolls back and reports migrations on one database through Liquibase, under the engine's lock. */
public final class Migrator {
    /** Not a static field: a read-only status loads this class and must not start the logging. */
    private static Logger log() {
        return LoggerFactory.getLogger(Migrator.class);
    }
    private final DatabaseHandle database;
    private final List<MigrationFile> files;
    private final Duration lockTimeout;
    private final dev.schemactl.engine.OnlineAlter online;

    public Migrator(DatabaseHandle database, List<MigrationFile> files, Duration lockTimeout) {
        this(database, files, lockTimeout, null);
    }

    private Migrator(DatabaseHandle database, List<MigrationFile> files, Duration lockTimeout,
                     dev.schemactl.engine.OnlineAlter online) {
        this.database = database;
        this.files = files;
        this.lockTimeout = lockTimeout;
        this.online = online;
    }

    /**
     * This migrator, running ALTERs of big tables as the policy's online schema change ({@code change} null: as
     * usual). An engine without such a tool runs them as usual, with a warning.
     */
    public Migrator withOnlineSchemaChange(dev.schemactl.engine.OnlineSchemaChange change) {
        if (change == null) return this;
        var alter = database.engine().onlineAlter(database.url(), change);
        if (alter.isEmpty()) {
            log().warn("online_schema_change {} is for MariaDB/MySQL; ALTERs on {} run as usual", change.tool(),
                    database.engine().kind().id());
            return this;
        }
        return new Migrator(database, files, lockTimeout, alter.get());
    }

    public StatusReport status() {
        try (Connection c = database.connection()) {
            return status(c);
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** Applies pending migrations (up to and including {@code toVersion} when given). Returns the versions applied. */
    public List<String> migrate(String toVersion) {
        return migrate(toVersion, MigrationProgress.NONE);
    }

    /** {@link #migrate(String)}, one file at a time, telling {@code progress} about each. */
    public List<String> migrate(String toVersion, MigrationProgress progress) {
        if (toVersion != null) requireKnown(toVersion);
        try (MigrationLock ignored = database.migrationLock(lockTimeout);
             Connection c = database.connection()) {
            StatusReport before = status(c);
            List<MigrationFile> pending = checkedPending(before, toVersion);
            if (pending.isEmpty()) return List.of();
            Map<String, MigrationState> byFile = byFile(before);
            LiquibaseSession session = new LiquibaseSession(c, database.url().trackingTable(), files, online);
            session.releaseStaleLock();
            for (int i = 0; i < pending.size(); i++) {
                MigrationFile f = pending.get(i);
                progress.starting(f.fileName(), i, pending.size());
                try {
                    session.update(f.changesets().size() - byFile.get(f.fileName()).appliedChangesets());
                } catch (RuntimeException e) {
                    throw failure("apply", e, c, List.of(f));
                }
                progress.applied(f.fileName(), i + 1, pending.size());
            }
            return pending.stream().map(MigrationFile::version).toList();
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** What {@link #migrate(String)} would run, with the same checks, without the lock and without running it. */
    public List<PlannedMigration> planMigrate(String toVersion) {
        if (toVersion != null) requireKnown(toVersion);
        try (Connection c = database.connection()) {
            StatusReport before = status(c);
            Map<String, MigrationState> byFile = byFile(before);
            return checkedPending(before, toVersion).stream().map(f -> {
                List<MigrationFile.Changeset> toRun = f.changesets()
                        .subList(byFile.get(f.fileName()).appliedChangesets(), f.changesets().size());
                return PlannedMigration.of(f, toRun.stream()
                        .map(cs -> "-- changeset " + cs.author() + ":" + cs.id() + "\n" + cs.sql()).toList());
            }).toList();
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** Records the given versions as applied without running them (after `load` restored their schema). */
    public void markApplied(List<String> versions) {
        if (versions.isEmpty()) return;
        List<MigrationFile> selected = files.stream().filter(f -> versions.contains(f.version())).toList();
        if (selected.size() != versions.size()) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "the schema file lists applied migrations that are not in "
                    + "the migrations directory", "load it with the migrations directory it was dumped with");
        }
        try (MigrationLock ignored = database.migrationLock(lockTimeout);
             Connection c = database.connection()) {
            LiquibaseSession session = new LiquibaseSession(c, database.url().trackingTable(), selected);
            session.releaseStaleLock();
            session.markAllRan();
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** The pending files up to {@code toVersion}, refusing changed files and files for another engine. */
    private List<MigrationFile> checkedPending(StatusReport before, String toVersion) {
        refuseChanged(before);
        List<MigrationFile> pending = pendingFiles(before, toVersion);
        for (MigrationFile f : pending) {
            if (f.engine() != null && f.engine() != database.engine().kind()) {
                throw new SchemactlException(ErrorCode.WRONG_ENGINE, "migration " + f.fileName() + " was written for "
                        + f.engine().id() + ", but the database is " + database.engine().kind().id(),
                        "generate migrations against this engine (`schemactl new`) or point --url at a " + f.engine().id() + " database");
            }
        }
        return pending;
    }

    /** Rolls back the last {@code steps} applied migrations, or every one after {@code toVersion}. */
    public List<String> rollback(Integer steps, String toVersion) {
        if (toVersion != null) requireKnown(toVersion);
        try (MigrationLock ignored = database.migrationLock(lockTimeout);
             Connection c = database.connection()) {
            RollbackTargets targets = rollbackTargets(c, steps, toVersion);
            if (targets.files().isEmpty()) return List.of();
            LiquibaseSession session = new LiquibaseSession(c, database.url().trackingTable(), files, online);
            session.releaseStaleLock();
            try {
                session.rollback(targets.changesets());
            } catch (RuntimeException e) {
                throw failure("roll back", e, c, targets.files());
            }
            return targets.files().stream().map(MigrationFile::version).toList();
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** What {@link #rollback(Integer, String)} would undo (newest first, with its rollback SQL), without running it. */
    public List<PlannedMigration> planRollback(Integer steps, String toVersion) {
        if (toVersion != null) requireKnown(toVersion);
        try (Connection c = database.connection()) {
            RollbackTargets targets = rollbackTargets(c, steps, toVersion);
            Map<String, MigrationState> byFile = byFile(status(c));
            return targets.files().stream().map(f -> {
                List<MigrationFile.Changeset> applied = new ArrayList<>(
                        f.changesets().subList(0, Math.min(f.changesets().size(), byFile.get(f.fileName()).appliedChangesets())));
                java.util.Collections.reverse(applied);
                return PlannedMigration.of(f, applied.stream()
                        .map(cs -> "-- rollback of changeset " + cs.author() + ":" + cs.id() + "\n" + cs.rollbackSql()).toList());
            }).toList();
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
    }

    /** The files to roll back, newest first, and how many changesets that is. */
    private record RollbackTargets(List<MigrationFile> files, int changesets) {
    }

    private RollbackTargets rollbackTargets(Connection c, Integer steps, String toVersion) throws SQLException {
        List<AppliedChangeset> applied = TrackingTable.read(c, database.url().trackingTable());
        // files in the order their last changeset ran, newest first
        Map<String, Integer> lastOrder = new LinkedHashMap<>();
        applied.forEach(a -> lastOrder.merge(a.fileName(), a.order(), Math::max));
        List<String> newestFirst = lastOrder.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> targets;
        if (toVersion != null) {
            targets = newestFirst.stream().filter(f -> versionOf(f).compareTo(toVersion) > 0).toList();
        } else {
            int n = steps == null ? 1 : steps;
            if (n < 1) throw new SchemactlException(ErrorCode.USAGE, "--steps must be at least 1", "e.g. --steps 2");
            targets = newestFirst.subList(0, Math.min(n, newestFirst.size()));
        }
        if (targets.isEmpty()) return new RollbackTargets(List.of(), 0);
        Set<String> targetSet = Set.copyOf(targets);
        Map<String, MigrationFile> filesByPath = files.stream()
                .collect(Collectors.toMap(MigrationFile::logicalPath, f -> f));
        for (String t : targets) {
            if (!filesByPath.containsKey(t)) {
                throw new SchemactlException(ErrorCode.NOT_FOUND, "cannot roll back " + t + ": its file is missing",
                        "restore the file from version control; its --rollback SQL is needed");
            }
        }
        StatusReport before = status(c);
        List<String> changedTargets = before.migrations().stream()
                .filter(m -> m.changed() && targetSet.contains("versions/" + m.file())).map(MigrationState::file).toList();
        if (!changedTargets.isEmpty()) {
            throw changedError(changedTargets);
        }
        int count = (int) applied.stream().filter(a -> targetSet.contains(a.fileName())).count();
        List<AppliedChangeset> lastRows = applied.subList(applied.size() - count, applied.size());
        for (AppliedChangeset row : lastRows) {
            if (!targetSet.contains(row.fileName())) {
                throw new SchemactlException(ErrorCode.USAGE, "cannot roll back " + String.join(", ", targets)
                        + " alone: " + row.fileName() + " was applied after it",
                        "roll back more steps (--steps) or use --to VERSION");
            }
        }
        return new RollbackTargets(targets.stream().map(filesByPath::get).toList(), count);
    }

    private void requireKnown(String version) {
        requireKnown(files, version);
    }

    /** Refuses anything but the 14-digit version of one of {@code files}; touches no database. */
    public static void requireKnown(List<MigrationFile> files, String version) {
        if (!version.matches("\\d{14}")) {
            String shown = version.length() > 40 ? version.substring(0, 20) + "… (" + version.length() + " characters)" : version;
            throw new SchemactlException(ErrorCode.USAGE, "'" + shown + "' is not a migration version",
                    "versions are 14 digits (yyyyMMddHHmmss); see `schemactl status`");
        }
        if (files.stream().noneMatch(f -> f.version().equals(version))) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + version,
                    "see `schemactl status` for the versions there are");
        }
    }

    private static String versionOf(String logicalPath) {
        String name = logicalPath.substring(logicalPath.lastIndexOf('/') + 1);
        return name.length() >= 14 ? name.substring(0, 14) : name;
    }

    private List<MigrationFile> pendingFiles(StatusReport status, String toVersion) {
        Map<String, MigrationState> byFile = byFile(status);
        return files.stream()
                .filter(f -> byFile.get(f.fileName()).isPending())
                .filter(f -> toVersion == null || f.version().compareTo(toVersion) <= 0)
                .toList();
    }

    private static Map<String, MigrationState> byFile(StatusReport status) {
        Map<String, MigrationState> out = new HashMap<>();
        status.migrations().forEach(m -> out.put(m.file(), m));
        return out;
    }

    private static void refuseChanged(StatusReport status) {
        if (!status.changed().isEmpty()) throw changedError(status.changed());
    }

    private static SchemactlException changedError(List<String> changed) {
        return new SchemactlException(ErrorCode.CHECKSUM_MISMATCH, "applied migration " + String.join(", ", changed)
                + " changed after it was applied", "restore the file as it was applied and put the new change in a new "
                + "migration (`schemactl new`)");
    }

    private StatusReport status(Connection c) {
        List<AppliedChangeset> applied;
        try {
            applied = TrackingTable.read(c, database.url().trackingTable());
        } catch (SQLException e) {
            throw database.engine().translate(e, database.url());
        }
        Map<String, List<AppliedChangeset>> appliedByFile = applied.stream()
                .collect(Collectors.groupingBy(AppliedChangeset::fileName, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> current = Map.of();
        if (!applied.isEmpty()) {
            Map<String, Integer> storedVersions = new HashMap<>();
            for (AppliedChangeset a : applied) {
                if (a.checksum() != null && a.checksum().contains(":")) {
                    storedVersions.put(a.key(), Integer.parseInt(a.checksum().substring(0, a.checksum().indexOf(':'))));
                }
            }
            Set<String> appliedFiles = appliedByFile.keySet();
            List<MigrationFile> relevant = files.stream().filter(f -> appliedFiles.contains(f.logicalPath())).toList();
            current = relevant.isEmpty() ? Map.of() : ChecksumCache.get(database.engine().kind(), relevant, storedVersions,
                    () -> new LiquibaseSession(c, database.url().trackingTable(), relevant).checksums(storedVersions));
        }
        List<MigrationState> states = new ArrayList<>();
        for (MigrationFile f : files) {
            List<AppliedChangeset> rows = appliedByFile.getOrDefault(f.logicalPath(), List.of());
            Set<String> ids = f.changesets().stream().map(cs -> cs.id() + "::" + cs.author()).collect(Collectors.toSet());
            boolean changed = false;
            int appliedCount = 0;
            for (AppliedChangeset row : rows) {
                if (!ids.contains(row.id() + "::" + row.author())) {
                    changed = true; // a changeset that ran is no longer in the file
                    continue;
                }
                appliedCount++;
                String now = current.get(row.key());
                if (row.checksum() != null && now != null && !Objects.equals(row.checksum(), now)) {
                    log().debug("{} checksum stored {} now {}", row.key(), row.checksum(), now);
                    changed = true;
                }
            }
            State state = rows.isEmpty() ? State.PENDING
                    : appliedCount >= f.changesets().size() ? State.APPLIED : State.PARTIAL;
            Instant at = rows.stream().map(AppliedChangeset::executedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            states.add(new MigrationState(f.version(), f.slug(), f.fileName(), state, changed, at,
                    f.changesets().size(), appliedCount));
        }
        Set<String> known = files.stream().map(MigrationFile::logicalPath).collect(Collectors.toSet());
        appliedByFile.forEach((file, rows) -> {
            if (known.contains(file)) return;
            String name = file.substring(file.lastIndexOf('/') + 1);
            String version = versionOf(file);
            String slug = name.length() > 15 ? name.substring(15).replaceFirst("\\.sql$", "") : name;
            Instant at = rows.stream().map(AppliedChangeset::executedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            states.add(new MigrationState(version, slug, name, State.MISSING, false, at, rows.size(), rows.size()));
        });
        states.sort(Comparator.comparing(MigrationState::version));
        return StatusReport.of(database.url().masked(), database.engine().kind().id(), states);
    }

    private SchemactlException failure(String verb, RuntimeException e, Connection c, List<MigrationFile> targets) {
        Throwable root = e;
        String detail = null;
        while (root != null) {
            if (root instanceof SQLException sql) {
                detail = sql.getMessage();
                break;
            }
            if (root.getCause() == null || root.getCause() == root) break;
            root = root.getCause();
        }
        if (detail == null) detail = e.getMessage();
        detail = clean(detail);
        String where = targets.stream().map(MigrationFile::fileName).collect(Collectors.joining(", "));
        String changeset = changesetNamed(e.getMessage());
        List<String> outside = targets.stream().flatMap(f -> f.changesets().stream())
                .filter(cs -> !cs.runInTransaction()).map(cs -> firstStatement(cs.sql())).filter(s -> !s.isEmpty())
                .distinct().limit(2).toList();
        String hint = !database.engine().transactionalDdl()
                ? nonTransactionalHint(targets, changeset)
                : !outside.isEmpty()
                ? "the failed changeset was rolled back; steps that run outside its transaction (here: "
                + String.join("; ", outside) + ") may stay applied: see `schemactl status`, undo them with `schemactl "
                + (verb.equals("apply") ? "rollback" : "up") + "`, fix the migration and run again"
                : earlierInItsFile(targets, changeset).isEmpty()
                ? "the failed migration was rolled back as a whole; fix it and run again"
                : "the failed changeset was rolled back, but each changeset commits on its own: the earlier "
                + earlierInItsFile(targets, changeset).size() + " of its migration (" + String.join(", ", earlierInItsFile(targets, changeset))
                + ") stay applied and recorded (see `schemactl status`); fix the failed one and run again to resume from it";
        log().debug("Liquibase failure", e);
        return new SchemactlException(ErrorCode.MIGRATION_FAILED, "could not " + verb + " " + where
                + (changeset == null ? "" : " (changeset " + changeset + ")") + ": " + detail, hint, e);
    }

    /**
     * The changesets before the failed one in its own migration file: each committed with its tracking row
     * ({@link AtomicChangesets}), so a later changeset's failure leaves them applied. Empty when the failed changeset
     * is its file's first (or is not known).
     */
    private static List<String> earlierInItsFile(List<MigrationFile> targets, String changesetId) {
        if (changesetId == null) return List.of();
        for (MigrationFile f : targets) {
            List<String> ids = f.changesets().stream().map(MigrationFile.Changeset::id).toList();
            int at = ids.indexOf(changesetId);
            if (at >= 0) return ids.subList(0, at);
        }
        return List.of();
    }

    /** The first statement of a changeset, shortened, e.g. "CREATE INDEX CONCURRENTLY idx_a ON a (b)". */
    private static String firstStatement(String sql) {
        String first = sql == null ? "" : sql.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("--")).findFirst().orElse("");
        if (first.endsWith(";")) first = first.substring(0, first.length() - 1);
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    /**
     * What is true after a failure where each DDL statement commits on its own: earlier changesets stay applied and
     * recorded; the statements of the failed changeset before the failing one stay applied but are NOT recorded
     * (Liquibase records a changeset only once all of it ran), so a rerun starts that changeset from its first statement.
     */
    private String nonTransactionalHint(List<MigrationFile> targets, String changesetId) {
        MigrationFile.Changeset failed = targets.stream().flatMap(f -> f.changesets().stream())
                .filter(cs -> changesetId != null && changesetId.equals(cs.id())).findFirst().orElse(null);
        int statements = failed == null ? 0 : dev.schemactl.source.SqlScript.split(failed.sql()).size();
        if (statements < 2) {
            return "earlier changesets stay applied and recorded; the failed one ran nothing that stays (one statement); "
                    + "fix it and run again to resume from it";
        }
        return "earlier changesets stay applied and recorded; changeset " + changesetId + " has " + statements
                + " statements and the database commits each one, so those before the failing statement (here or in a run "
                + "that stopped earlier) stay applied but are NOT recorded, and the next run starts the changeset again from "
                + "its first statement: see `schemactl status`, undo what it applied (or split it into one statement per "
                + "changeset), fix it and run again";
    }

    private String clean(String message) {
        if (message == null) return "unknown error";
        String m = DatabaseUrl.maskText(message);
        if (database.url().password() != null && !database.url().password().isEmpty()) {
            m = m.replace(database.url().password(), "****");
        }
        int failedSql = m.indexOf(" [Failed SQL");
        if (failedSql > 0) m = m.substring(0, failedSql);
        m = m.replaceAll("\\s*\\R\\s*", " ").trim();
        return m.length() > 400 ? m.substring(0, 400) + "…" : m;
    }

    private static String changesetNamed(String message) {
        if (message == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("versions/[^:]+::([^:]+)::").matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
