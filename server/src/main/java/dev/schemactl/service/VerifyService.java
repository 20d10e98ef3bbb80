package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.diff.Differ;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.OutsideReferences;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationState;
import dev.schemactl.migration.Migrator;
import dev.schemactl.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rollback verification: each selected migration is applied to a shadow database brought to the state
 * before it (by replaying the migrations before it), the schema is inspected, the migration is rolled back,
 * the schema is inspected again and compared with the state before, and the migration is applied again.
 * One shadow database serves a whole run; after a failure it is replaced by a fresh one (or, for an
 * explicit {@code --shadow-url}, emptied) and the replay starts over.
 */
public final class VerifyService {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyService.class);
    private final Settings settings;

    public VerifyService(Settings settings) {
        this.settings = settings;
    }

    /**
     * `schemactl verify`: the given versions, or the migrations pending on the live database
     * ({@code pending}), or, with neither, every migration.
     *
     * @param shadowUrl an explicit (empty) shadow database, or null for a temporary one
     */
    public VerificationReport verify(List<String> versions, boolean pending, String shadowUrl) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        Set<String> targets = targets(files, versions, pending);
        if (targets.isEmpty()) return new VerificationReport(List.of());
        return new VerificationReport(run(files, targets, shadowUrl));
    }

    /**
     * `schemactl verify --locks`: the same selection of migrations, each run statement by statement on a shadow
     * database with a few rows per table, with what each statement really did (locks, rewrites, ALTER algorithm)
     * beside the rules' prediction.
     */
    public LockReport locks(List<String> versions, boolean pending, String shadowUrl) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        Set<String> targets = targets(files, versions, pending);
        if (targets.isEmpty()) return new LockReport(List.of());
        List<MigrationFile> selected = files.stream().filter(f -> targets.contains(f.version())).toList();
        return new LockReport(new LockMeasurement(settings).measure(files, selected, shadowUrl));
    }

    private Set<String> targets(List<MigrationFile> files, List<String> versions, boolean pending) {
        List<String> selected = versions == null ? List.of() : versions;
        if (!selected.isEmpty() && pending) {
            throw new SchemactlException(ErrorCode.USAGE, "give versions or --pending, not both",
                    "e.g. `schemactl verify --pending` or `schemactl verify 20260101000000`");
        }
        Set<String> targets = new TreeSet<>();
        if (pending) {
            try (LiveDatabase live = LiveDatabase.open(settings.databaseUrl(), settings.lockTimeout())) {
                new Migrator(live.handle(), files, settings.lockTimeout()).status().migrations().stream()
                        .filter(MigrationState::isPending).map(MigrationState::version).forEach(targets::add);
            }
        } else if (selected.isEmpty()) {
            files.forEach(f -> targets.add(f.version()));
        } else {
            for (String v : selected) targets.add(requireKnown(files, v));
        }
        return targets;
    }

    /** The rollback check of one migration (what `new` runs on the file it wrote). */
    public MigrationVerification verifyVersion(String version, String shadowUrl) {
        return verifyVersion(version, shadowUrl, null);
    }

    /**
     * {@link #verifyVersion(String, String)} for the migration `new` wrote towards {@code desired}: the shadow also
     * holds what {@code desired} needs outside the managed schemas, copied from the live database (see {@link #run}).
     */
    MigrationVerification verifyVersion(String version, String shadowUrl, Schema desired) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        return run(files, new TreeSet<>(List.of(requireKnown(files, version))), shadowUrl, desired).get(0);
    }

    /**
     * One line for lint and score_risk: "rollback verified" or the failure; when no shadow database can be
     * made, "rollback not verified: ..." with the reason. Never throws for a database problem.
     */
    public String rollbackVerification(String version) {
        try {
            return verifyVersion(version, null).summary();
        } catch (SchemactlException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.USAGE) throw e;
            return "rollback not verified: " + DatabaseUrl.maskText(e.getMessage());
        }
    }

    /** {@link #rollbackVerification(String)} for a migration file (versions/&lt;version&gt;_&lt;slug&gt;.sql) of the directory. */
    public String rollbackVerification(java.nio.file.Path migrationFile) {
        String name = migrationFile.getFileName().toString();
        return rollbackVerification(name.length() >= 14 ? name.substring(0, 14) : name);
    }

    private static String requireKnown(List<MigrationFile> files, String version) {
        if (!version.matches("\\d{14}")) {
            throw new SchemactlException(ErrorCode.USAGE, "'" + version + "' is not a migration version",
                    "versions are 14 digits (yyyyMMddHHmmss); see `schemactl status`");
        }
        if (files.stream().noneMatch(f -> f.version().equals(version))) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + version,
                    "see `schemactl status` for the versions there are");
        }
        return version;
    }

    private List<MigrationVerification> run(List<MigrationFile> files, Set<String> targets, String shadowUrl) {
        return run(files, targets, shadowUrl, null);
    }

    /**
     * The check of each target in turn on one shadow database. The shadow first gets what the managed schemas use
     * outside them (a sequence, function or type of a schema not in {@code schemas:}), as the live database has it:
     * what the live schema's tables use, and what {@code desired} (the schema `new` wrote towards; null for `verify`)
     * uses. A migration that needs it applies on the live database, so it must on the shadow too; what the live
     * database lacks is not invented, and the check then fails as `up` would.
     */
    private List<MigrationVerification> run(List<MigrationFile> files, Set<String> targets, String shadowUrl, Schema desired) {
        DatabaseUrl like = settings.databaseUrl();
        DatabaseUrl explicit = shadowUrl == null ? null : settings.parseUrl(shadowUrl);
        List<MigrationVerification> out = new ArrayList<>();
        boolean fromLive = files.stream().filter(f -> targets.contains(f.version())).anyMatch(f -> previousVersion(files, f) == null);
        LiveFacts facts = liveFacts(files, fromLive, desired);
        SchemaScript live = facts.predates();
        try (ShadowSession shadow = ShadowSession.open(like, explicit, settings.lockTimeout(), facts.outside())) {
            String blocked = null; // why the shadow cannot get past an earlier migration
            for (MigrationFile target : files) {
                if (!targets.contains(target.version())) continue;
                if (blocked != null) {
                    out.add(new MigrationVerification(target.version(), target.slug(), false, false, false, List.of(),
                            false, "not checked: " + blocked));
                    continue;
                }
                String previous = previousVersion(files, target);
                if (previous != null) {
                    try {
                        new Migrator(shadow.handle(), files, settings.lockTimeout()).migrate(previous);
                    } catch (SchemactlException e) {
                        blocked = "an earlier migration does not apply on a fresh database: " + message(e);
                        out.add(new MigrationVerification(target.version(), target.slug(), false, false, false, List.of(),
                                false, "not checked: " + blocked));
                        continue;
                    }
                }
                boolean seeded = previous == null && live != null && seed(shadow, live);
                Outcome o = check(shadow, files, target);
                out.add(seeded ? o.verification().startedFromLiveSchema() : o.verification());
                if (!o.verification().applies()) {
                    blocked = "migration " + target.version() + " before it does not apply";
                }
                if (o.resetNeeded()) shadow.reset();
            }
        }
        return out;
    }

    private record LiveFacts(SchemaScript predates, OutsideReferences.Copy outside) {
    }

    /**
     * What the shadow takes from the live database: its schema when it predates its migrations and {@code fromLive}
     * (see {@link #schemaOfADatabaseThatPredatesItsMigrations}), and the objects outside the managed schemas that its
     * tables or {@code desired}'s use ({@link OutsideReferences#copy}). Nothing when the live database cannot be read.
     */
    private LiveFacts liveFacts(List<MigrationFile> files, boolean fromLive, Schema desired) {
        DatabaseUrl url = settings.databaseUrl();
        if (url.filePath() != null && !dev.schemactl.engine.Engines.of(url.engine()).admin().exists(url)) {
            return new LiveFacts(null, OutsideReferences.Copy.NONE);
        }
        try (DatabaseHandle db = DatabaseHandle.open(url, settings.lockTimeout())) {
            Schema schema = db.inspect();
            OutsideReferences.Copy outside = outsideCopy(db, schema, desired);
            SchemaScript predates = fromLive ? schemaOfADatabaseThatPredatesItsMigrations(db, files, schema) : null;
            return new LiveFacts(predates, outside);
        } catch (SchemactlException e) {
            LOG.debug("the live database cannot be read: the shadow starts empty", e);
            return new LiveFacts(null, OutsideReferences.Copy.NONE);
        }
    }

    private static OutsideReferences.Copy outsideCopy(DatabaseHandle db, Schema live, Schema desired) {
        OutsideReferences references = db.engine().outsideReferences();
        List<String> managed = db.url().inspectedSchemas();
        List<OutsideReferences.OutsideReference> needed = new ArrayList<>(references.find(live, managed));
        if (desired != null) needed.addAll(references.find(desired, managed));
        if (needed.isEmpty()) return OutsideReferences.Copy.NONE;
        try (java.sql.Connection c = db.connection()) {
            return references.copy(c, needed);
        } catch (java.sql.SQLException e) {
            LOG.debug("the objects outside the managed schemas cannot be read: the shadow goes without them", e);
            return OutsideReferences.Copy.NONE;
        }
    }

    /**
     * The live database's schema as SQL when it predates its migrations: it has tables, sequences, enum types, domains or
     * unmanaged objects (a schema of the scope, a function, an extension: a migration may use them), and no
     * migration of the directory
     * (not even a baseline) was applied to it. A shadow for the first migration then starts from it, as from a baseline,
     * instead of from nothing, where the tables the migration alters do not exist. Null otherwise, or when the live
     * database cannot be read (the check then starts from nothing, as before).
     */
    private SchemaScript schemaOfADatabaseThatPredatesItsMigrations(DatabaseHandle db, List<MigrationFile> files, Schema schema) {
        if (new Migrator(db, files, settings.lockTimeout()).status().applied() > 0) return null;
        if (schema.tables().isEmpty() && schema.sequences().isEmpty() && schema.enumTypes().isEmpty() && schema.domains().isEmpty()
                && schema.compositeTypes().isEmpty() && schema.unmanaged().isEmpty()) return null;
        return SchemaScript.of(db.renderer(), db.unmanagedDdl(), schema);
    }

    /** Loads the live schema into the (empty) shadow; on failure empties it again and says so with false. */
    private static boolean seed(ShadowSession shadow, SchemaScript live) {
        try {
            ScriptRunner.run(shadow.handle(), "the live schema", live.text(), ErrorCode.MIGRATION_FAILED, "");
            return true;
        } catch (SchemactlException e) {
            LOG.debug("the live schema does not load into the shadow database: it starts empty", e);
            shadow.reset();
            return false;
        }
    }

    private record Outcome(MigrationVerification verification, boolean resetNeeded) {
    }

    /** Apply, inspect, roll back, inspect, compare, re-apply; the shadow is at the state before {@code target}. */
    private Outcome check(ShadowSession shadow, List<MigrationFile> files, MigrationFile target) {
        Engine engine = shadow.handle().engine();
        Migrator migrator = new Migrator(shadow.handle(), files, settings.lockTimeout());
        Schema before = shadow.inspect();
        try {
            migrator.migrate(target.version());
        } catch (SchemactlException e) {
            return new Outcome(new MigrationVerification(target.version(), target.slug(), false, false, false, List.of(),
                    false, message(e)), true);
        }
        Schema after = shadow.inspect();
        boolean losesData = losesData(engine, before, after, target) || target.header().containsKey("rollback-loses-data");
        try {
            migrator.rollback(1, null);
        } catch (SchemactlException e) {
            return new Outcome(new MigrationVerification(target.version(), target.slug(), true, false, false, List.of(),
                    losesData, message(e)), true);
        }
        Schema restored = shadow.inspect();
        List<String> differences = SchemaDifferences.between(before, restored, engine,
                SchemaDifferences.ROLLBACK);
        if (!differences.isEmpty()) {
            return new Outcome(new MigrationVerification(target.version(), target.slug(), true, true, false, differences,
                    losesData, null), true);
        }
        try {
            migrator.migrate(target.version());
        } catch (SchemactlException e) {
            return new Outcome(new MigrationVerification(target.version(), target.slug(), true, true, true, List.of(),
                    losesData, "applying it again after the rollback failed: " + message(e)), true);
        }
        return new Outcome(new MigrationVerification(target.version(), target.slug(), true, true, true, List.of(),
                losesData, null), false);
    }

    /** True when undoing what the migration did cannot bring back data it destroyed (what it renames it keeps). */
    private static boolean losesData(Engine engine, Schema before, Schema after, MigrationFile target) {
        try {
            List<RenderedChange> rendered = engine.renderer().render(engine.differ().diff(before, after,
                    MigrationRenames.of(engine.kind(), before, target)));
            return rendered.stream().anyMatch(RenderedChange::rollbackLosesData);
        } catch (RuntimeException e) {
            LOG.debug("cannot tell whether the rollback loses data", e);
            return false;
        }
    }

    private static String previousVersion(List<MigrationFile> files, MigrationFile target) {
        String previous = null;
        for (MigrationFile f : files) {
            if (f.version().compareTo(target.version()) < 0) previous = f.version();
        }
        return previous;
    }

    private static String message(SchemactlException e) {
        return DatabaseUrl.maskText(e.getMessage());
    }
}
