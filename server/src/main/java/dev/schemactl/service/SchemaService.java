package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.diff.DatabaseOnly;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.ExcludePatterns;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SafeSql;
import dev.schemactl.engine.ShadowDatabase;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationStep;
import dev.schemactl.migration.MigrationWriter;
import dev.schemactl.migration.Migrator;
import dev.schemactl.migration.StatusReport;
import dev.schemactl.schema.Schema;
import dev.schemactl.source.EntityBlindSpots;
import dev.schemactl.source.SqlScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The schema use cases both faces call: diff, generate a migration, dump, load. */
public final class SchemaService {
    private final Settings settings;
    private final MigrationClock clock;
    private Databases databases = Databases.PER_CALL;

    public SchemaService(Settings settings, MigrationClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens databases through {@code databases} (a server's shared pools) instead of a pool per call. */
    public SchemaService databases(Databases databases) {
        this.databases = databases;
        return this;
    }

    /** The plan from the live database (or {@code fromUrl}) to the desired state. */
    public DiffResult diff(String fromUrl, DesiredSpec desired, Renames renames) {
        return diff(fromUrl, desired, renames, false);
    }

    /**
     * The plan from the live database (or {@code fromUrl}) to the desired state. Objects only the database has are
     * listed in the result and kept, unless {@code dropExtra}: then the plan drops them.
     */
    public DiffResult diff(String fromUrl, DesiredSpec desired, Renames renames, boolean dropExtra) {
        return diff(fromUrl, desired, renames, dropExtra, null);
    }

    /**
     * As above; with a {@code diagram} format the result also carries the schema the plan leads to as a diagram, what
     * it adds, changes and drops coloured (and what only the database has, kept, in grey).
     */
    public DiffResult diff(String fromUrl, DesiredSpec desired, Renames renames, boolean dropExtra, DiagramFormat diagram) {
        DatabaseUrl from = fromUrl == null ? settings.databaseUrl() : settings.parseUrl(fromUrl);
        try (LiveDatabase live = LiveDatabase.open(from, settings.lockTimeout(), databases)) {
            DatabaseHandle db = live.handle();
            Computed computed = diff(db, live.name(), desired, renames, dropExtra);
            DiffResult result = computed.result();
            if (diagram == null) return result;
            DiagramMarks.Drawing drawing = DiagramMarks.of(computed.plan(), computed.target(), computed.extras(), computed.extraDropped());
            return result.withDiagram(ErdService.render(drawing.schema(), drawing.marks(), db.engine().kind(), computed.to(), diagram)
                    .diagram());
        }
    }

    /**
     * `new`: generates from the desired state when one is known (flags or schemactl.yaml models), else
     * writes the empty template to fill in by hand.
     */
    public NewMigrationResult newMigration(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean empty) {
        return newMigration(message, desired, renames, dryRun, empty, true, true);
    }

    /**
     * Like {@link #newMigration(String, DesiredSpec, Renames, boolean, boolean)}; {@code safeSql} false writes the
     * renderer's plain SQL instead of the engine's low-lock forms (see {@link dev.schemactl.engine.SafeSql}); with
     * {@code verify}, a generated file is then checked on a shadow database (see {@link VerifyService}). A failing
     * check keeps the file and says so in the result's {@code verificationNote} ("warning: rollback NOT verified:
     * ..."); when no shadow database can be made the note says the check did not run.
     */
    public NewMigrationResult newMigration(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean empty,
                                           boolean safeSql, boolean verify) {
        return newMigration(message, desired, renames, dryRun, empty, safeSql, verify, false);
    }

    /** As above; with {@code dropExtra} the migration also drops what only the database has. */
    public NewMigrationResult newMigration(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean empty,
                                           boolean safeSql, boolean verify, boolean dropExtra) {
        boolean hasDesired = desired.toUrl() != null || desired.toSql() != null || !desired.models().isEmpty()
                || !settings.models().classpath().isEmpty();
        if (empty || !hasDesired) {
            return new MigrationService(settings, clock).newEmptyMigration(message);
        }
        return verify ? generateVerified(message, desired, renames, dryRun, safeSql, dropExtra)
                : generate(message, desired, renames, dryRun, safeSql, dropExtra);
    }

    /** generate_migration: the migration for the current diff, its rollback then checked on a shadow database. */
    public NewMigrationResult generateVerified(String message, DesiredSpec desired, Renames renames, boolean dryRun,
                                               boolean safeSql) {
        return generateVerified(message, desired, renames, dryRun, safeSql, false);
    }

    /** generate_migration; with {@code dropExtra} the migration also drops what only the database has. */
    public NewMigrationResult generateVerified(String message, DesiredSpec desired, Renames renames, boolean dryRun,
                                               boolean safeSql, boolean dropExtra) {
        Schema[] reached = new Schema[1];
        NewMigrationResult result = generate(message, desired, renames, dryRun, safeSql, dropExtra, reached);
        if (result.path() == null) return result;
        return verifyWritten(result, desired.shadowUrl(), reached[0]);
    }

    /** {@code reached}: the schema the written migration brings the database to, whose outside needs the shadow holds. */
    private NewMigrationResult verifyWritten(NewMigrationResult result, String shadowUrl, Schema reached) {
        MigrationVerification v;
        try {
            v = new VerifyService(settings).verifyVersion(result.version(), shadowUrl, reached);
        } catch (SchemactlException e) {
            return result.withVerification(null, "rollback not verified: no shadow database ("
                    + DatabaseUrl.maskText(e.getMessage()) + "); check it later with `schemactl verify " + result.version() + "`");
        }
        String note = v.verified() ? v.summary("a shadow database")
                : "warning: " + v.summary() + "; the file was written anyway: fix it, or check again with `schemactl verify "
                + result.version() + "`";
        return result.withVerification(v, note);
    }

    /** Writes the migration for the current diff; with nothing to do writes nothing. */
    public NewMigrationResult generate(String message, DesiredSpec desired, Renames renames, boolean dryRun) {
        return generate(message, desired, renames, dryRun, true);
    }

    /**
     * Writes the migration for the current diff; with nothing to do writes nothing. With {@code safeSql} (the default)
     * the engine's low-lock forms are used: on PostgreSQL CREATE INDEX CONCURRENTLY in its own non-transactional
     * changeset, foreign keys and checks NOT VALID plus VALIDATE in a later changeset, SET lock_timeout on top.
     */
    public NewMigrationResult generate(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean safeSql) {
        return generate(message, desired, renames, dryRun, safeSql, false);
    }

    /** As above; objects only the database has are kept (and named in the result) unless {@code dropExtra}. */
    public NewMigrationResult generate(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean safeSql,
                                       boolean dropExtra) {
        return generate(message, desired, renames, dryRun, safeSql, dropExtra, new Schema[1]);
    }

    /** As above; {@code reached[0]} is set to the schema the plan brings the database to (when there is a plan). */
    private NewMigrationResult generate(String message, DesiredSpec desired, Renames renames, boolean dryRun, boolean safeSql,
                                        boolean dropExtra, Schema[] reached) {
        String slug = MigrationWriter.slug(message);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        try (LiveDatabase live = LiveDatabase.open(settings.databaseUrl(), settings.lockTimeout(), databases)) {
            DatabaseHandle db = live.handle();
            StatusReport status = new Migrator(db, files, settings.lockTimeout()).status();
            if (status.pending() > 0) {
                throw new SchemactlException(ErrorCode.USAGE, status.pending() + " migration(s) are not applied yet, so the "
                        + "live database is behind the migrations directory", "run `schemactl up` first, then `schemactl new`");
            }
            Computed computed = diff(db, live.name(), desired, renames, dropExtra);
            reached[0] = computed.target();
            dev.schemactl.migration.TrackingTable.refuseDesired(computed.wanted(), db.url().trackingTable());
            String kept = computed.keptNote();
            if (!desired.allowDropAll()) {
                PlanGuards.refuseDropAll(computed.current(), computed.plan(), computed.to(), live.name());
            }
            UnmanagedObjects.refuseTouching(computed.current(), computed.plan(), db.engine(), computed.replaced().labels());
            UnmanagedObjects.refusePinned(computed.current(), computed.wanted(), computed.plan());
            KeptForeignKeys.refuse(computed.brokenForeignKeys());
            KeptKeyNames.refuse(KeptKeyNames.clashing(computed.extras(), computed.extraDropped(), computed.plan()));
            UnmanagedObjects.refuseReferencingUncreated(computed.current(), computed.wanted(), computed.plan(), computed.children());
            if (computed.isEmpty()) {
                return new NewMigrationResult(null, null, null, warningLines(computed.warnings())
                        + (computed.differingUnmanaged().isEmpty() ? "no changes: the database matches " + computed.to()
                        : "no changes schemactl can write: the database matches " + computed.to() + " but for the unmanaged objects that differ")
                        + kept + unmanagedLines(computed.unmanaged()));
            }
            Engine engine = db.engine();
            String version = clock.nextVersion(files.stream().map(MigrationFile::version).toList());
            Map<String, String> header = new LinkedHashMap<>();
            header.put("generated-from", computed.to());
            if (!computed.plan().renameHints().isEmpty()) {
                header.put("possible-renames", computed.plan().renameHints().stream()
                        .map(h -> h.argument() + " (pass " + h.hint() + " to keep the data)").collect(Collectors.joining("; ")));
            }
            if (!computed.extraDropped() && !computed.extras().isEmpty()) {
                header.put("kept-database-only", computed.extras().stream().map(DatabaseOnly.Extra::description)
                        .collect(Collectors.joining("; ")) + " (not declared by the desired state; --drop-extra drops them)");
            }
            if (!computed.inUse().isEmpty()) {
                header.put("kept-in-use", computed.inUse().stream().map(dev.schemactl.diff.KeptInUse.Kept::description)
                        .collect(Collectors.joining("; ")) + " (not declared by the desired state; a column still uses them)");
            }
            String lossy = computed.rendered().stream().filter(RenderedChange::rollbackLosesData)
                    .map(r -> ChangeDescriptions.describe(r.change(), engine.typeNames())).collect(Collectors.joining("; "));
            if (!lossy.isEmpty()) {
                header.put("rollback-loses-data", lossy + " (the rollback recreates the structure, not the data)");
            }
            String rewrites = computed.rendered().stream().map(r -> db.renderer().valueRewrite(r.change()))
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
            if (!rewrites.isEmpty()) header.put("converts-values", rewrites);
            SafeSql safe = safeSql ? engine.safeSql() : SafeSql.NONE;
            List<MigrationStep> body = new ArrayList<>();
            if (!computed.prerequisites().isEmpty()) {
                body.add(new MigrationStep(computed.prerequisites().forward(), computed.prerequisites().rollback(), true));
            }
            computed.replaced().before().views().forEach(v -> body.add(new MigrationStep(v.forward(), v.rollback(), true)));
            safe.rewrite(computed.typeChanges(), computed.current()).stream()
                    .filter(st -> !st.forward().isEmpty() || !st.rollback().isEmpty())
                    .map(st -> new MigrationStep(st.forward(), st.rollback(), st.runInTransaction(), st.newChangeset()))
                    .forEach(body::add);
            if (!computed.afterTypes().isEmpty()) {
                body.add(new MigrationStep(computed.afterTypes().forward(), computed.afterTypes().rollback(), true));
            }
            safe.rewrite(computed.afterRoutines(), computed.current()).stream()
                    .filter(st -> !st.forward().isEmpty() || !st.rollback().isEmpty())
                    .map(st -> new MigrationStep(st.forward(), st.rollback(), st.runInTransaction(), st.newChangeset()))
                    .forEach(body::add);
            if (!computed.children().isEmpty()) {
                body.add(new MigrationStep(computed.children().forward(), computed.children().rollback(), true));
            }
            safe.rewrite(computed.late(), computed.current()).stream()
                    .filter(st -> !st.forward().isEmpty() || !st.rollback().isEmpty())
                    .map(st -> new MigrationStep(st.forward(), st.rollback(), st.runInTransaction(), st.newChangeset()))
                    .forEach(body::add);
            computed.created().views().forEach(v -> body.add(new MigrationStep(v.forward(), v.rollback(), true)));
            computed.replaced().after().views().forEach(v -> body.add(new MigrationStep(v.forward(), v.rollback(), true)));
            List<MigrationStep> steps = MigrationWriter.withEnvelope(body, computed.envelope());
            int changes = computed.rendered().size() + computed.prerequisites().views().size()
                    + computed.afterTypes().views().size() + computed.children().views().size()
                    + computed.replaced().before().views().size() + computed.replaced().after().views().size()
                    + computed.created().views().size();
            String content = MigrationWriter.render(engine.kind(), engine.transactionalDdl(), version, header, steps,
                    safe.preamble());
            if (dryRun) {
                return new NewMigrationResult(null, version, content, content);
            }
            Path file = MigrationWriter.write(settings.migrationsDir(), version, slug, content);
            String relative = settings.projectDir().relativize(file).toString();
            return new NewMigrationResult(relative, version, content, warningLines(computed.warnings()) + "wrote " + relative + " (" + changes
                    + (changes == 1 ? " change" : " changes") + ")"
                    + (computed.plan().renameHints().isEmpty() ? "" : "; possible renames: "
                    + computed.plan().renameHints().stream().map(h -> h.hint()).collect(Collectors.joining(", "))) + kept
                    + unmanagedLines(computed.unmanaged()));
        }
    }

    /** The desired schema (models, --to-url or --to-sql) as this database's CREATE statements. */
    public String desiredSchemaSql(DesiredSpec desired) {
        try (DatabaseHandle db = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
            Described target = desired(db, desired);
            StringBuilder out = new StringBuilder("-- desired schema: " + target.description() + " (" + db.engine().kind().id() + ")\n\n");
            for (String statement : db.renderer().createSchema(db.engine().normalizeDesired(target.schema()))) out.append(statement).append(";\n\n");
            return out.toString();
        }
    }

    /** Writes a deterministic schema file: CREATE statements plus the applied migration versions. */
    public DumpResult dump(Path schemaFile) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        try (DatabaseHandle db = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
            Schema schema = inspect(db);
            StatusReport status = new Migrator(db, files, settings.lockTimeout()).status();
            List<String> applied = status.migrations().stream()
                    .filter(m -> m.state() == dev.schemactl.migration.MigrationState.State.APPLIED)
                    .map(m -> m.version()).toList();
            StringBuilder out = new StringBuilder();
            out.append("-- schemactl schema dump\n");
            out.append("-- schemactl: engine=").append(db.engine().kind().id()).append('\n');
            out.append("-- schemactl: applied=").append(String.join(",", applied)).append('\n');
            if (db.engine().kind() != EngineKind.SQLITE) {
                // as dbmate's pg_dump --no-owner --no-privileges: a schema file loads into any server, whoever its roles
                out.append("-- not written: owners, roles and privileges (GRANT/REVOKE); they belong to the server, not the schema\n");
            }
            List<String> outside = OutsideObjects.labels(db.engine().outsideReferences().find(schema, db.url().inspectedSchemas()));
            if (!outside.isEmpty()) {
                out.append("-- needs, outside the managed schemas (create them before loading this file): ")
                        .append(String.join("; ", outside)).append('\n');
            }
            out.append('\n');
            out.append(SchemaScript.of(db.renderer(), db.unmanagedDdl(), schema).text());
            String content = out.toString();
            if (schemaFile == null) return new DumpResult(null, schema.tables().size(), applied.size(), content, outside);
            Path target = settings.projectDir().resolve(schemaFile);
            try {
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                Files.writeString(target, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemactlException(ErrorCode.INTERNAL, "cannot write " + target + ": " + e.getMessage(), "check permissions");
            }
            return new DumpResult(settings.projectDir().relativize(target).toString(), schema.tables().size(), applied.size(), content, outside);
        }
    }

    /** Restores a schema file into an empty database and records its applied migrations as applied. */
    public AdminResult load(Path schemaFile) {
        Path source = settings.projectDir().resolve(schemaFile);
        String content;
        try {
            content = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "cannot read schema file " + schemaFile, "run `schemactl dump` first");
        }
        DatabaseUrl url = settings.databaseUrl();
        Map<String, String> header = header(content);
        EngineKind engine = EngineKind.fromId(header.getOrDefault("engine", url.engine().id()));
        if (engine != url.engine()) {
            throw new SchemactlException(ErrorCode.WRONG_ENGINE, "schema file " + schemaFile + " was dumped from " + header.get("engine")
                    + ", but the database is " + url.engine().id(), "load it into a " + header.get("engine") + " database");
        }
        CreatedTables creates = CreatedTables.of(ScriptRunner.statements(dev.schemactl.engine.Engines.of(url.engine()), content),
                false, schemaFile.toString());
        creates.requireNoForeignTrackingTable(url.trackingTable());
        boolean created = dev.schemactl.engine.Engines.of(url.engine()).admin().create(url);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        List<String> applied = header.getOrDefault("applied", "").isBlank() ? List.of()
                : List.of(header.get("applied").split(","));
        try (DatabaseHandle db = DatabaseHandle.open(url, settings.lockTimeout())) {
            if (!inspect(db).tables().isEmpty()) {
                throw new SchemactlException(ErrorCode.USAGE, "database " + url.masked() + " is not empty",
                        "load restores into an empty database: `schemactl drop --force && schemactl create` first");
            }
            ScriptRunner.run(db, schemaFile.toString(), content, ErrorCode.MIGRATION_FAILED,
                    "check the file matches this engine; the database now holds what ran before the failing statement");
            creates.requireAllIn(inspect(db), url.inspectedSchemas(), schemaFile.toString());
            new Migrator(db, files, settings.lockTimeout()).markApplied(applied);
        }
        return new AdminResult("load", url.masked(), true, (created ? "created database and loaded " : "loaded ")
                + schemaFile + " into " + url.masked() + " (" + applied.size() + " migrations marked applied)");
    }

    private static String unmanagedLines(List<String> unmanaged) {
        return unmanaged.stream().map(u -> "\n= " + u).collect(Collectors.joining());
    }

    private static String warningLines(List<String> warnings) {
        return warnings.stream().map(w -> "warning: " + w + "\n").collect(Collectors.joining());
    }

    private static Map<String, String> header(String content) {
        Map<String, String> out = new LinkedHashMap<>();
        content.lines().map(String::trim).filter(l -> l.startsWith("-- schemactl:")).forEach(l -> {
            String kv = l.substring("-- schemactl:".length()).trim();
            int eq = kv.indexOf('=');
            if (eq > 0) out.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        });
        return out;
    }

    Schema inspect(DatabaseHandle db) {
        return SchemaCache.SHARED.live(db, db::inspect);
    }

    private record Computed(Schema current, Plan plan, List<RenderedChange> rendered, TransactionEnvelope envelope,
                            String from, String to, String engine, List<String> warnings, dev.schemactl.engine.TypeNames types,
                            List<DatabaseOnly.Extra> extras, boolean extraDropped, Schema target,
                            List<String> unmanaged, UnmanagedObjects.Prerequisites prerequisites, Schema wanted,
                            UnmanagedObjects.Prerequisites children, List<dev.schemactl.diff.KeptInUse.Kept> inUse,
                            List<String> brokenForeignKeys, UnmanagedObjects.Prerequisites afterTypes, int typesEnd,
                            List<String> differingUnmanaged, ReplacedUnmanaged replaced,
                            UnmanagedObjects.Prerequisites created) {
        /** "; kept N objects only in the database: ..." when the plan keeps some, else empty. */
        String keptNote() {
            if (extras.isEmpty() || extraDropped) return "";
            return "\nkept " + extras.size() + (extras.size() == 1 ? " object" : " objects") + " only in the database (pass "
                    + "--drop-extra to drop them): " + extras.stream().map(DatabaseOnly.Extra::description).collect(Collectors.joining("; "));
        }

        boolean isEmpty() {
            return plan.isEmpty() && prerequisites.isEmpty() && afterTypes.isEmpty() && children.isEmpty() && created.isEmpty();
        }

        /** The rendered changes but the foreign keys to child tables the plan creates. */
        List<RenderedChange> early() {
            return rendered.stream().filter(r -> !toChild(r)).toList();
        }

        /** The first changes, up to the types the routines of {@link #afterTypes} take or return. */
        List<RenderedChange> typeChanges() {
            return early().subList(0, typesEnd);
        }

        /** The early changes after {@link #afterTypes}: the tables and the rest. */
        List<RenderedChange> afterRoutines() {
            List<RenderedChange> early = early();
            return early.subList(typesEnd, early.size());
        }

        /** The foreign keys to child tables the plan creates: they follow those tables. */
        List<RenderedChange> late() {
            return rendered.stream().filter(this::toChild).toList();
        }

        private boolean toChild(RenderedChange r) {
            return r.change() instanceof dev.schemactl.diff.Change.AddForeignKey fk
                    && children.tables().contains(fk.foreignKey().referencedTable());
        }

        DiffResult result() {
            List<String> forward = new ArrayList<>();
            List<String> rollback = new ArrayList<>();
            List<RenderedChange> typeChanges = typeChanges();
            List<RenderedChange> early = afterRoutines();
            List<RenderedChange> late = late();
            prerequisites.forward().forEach(s -> forward.add(s + ";"));
            envelope.before().forEach(s -> forward.add(s + ";"));
            replaced.before().forward().forEach(s -> forward.add(s + ";"));
            typeChanges.forEach(r -> r.forward().forEach(s -> forward.add(s + ";")));
            afterTypes.forward().forEach(s -> forward.add(s + ";"));
            early.forEach(r -> r.forward().forEach(s -> forward.add(s + ";")));
            children.forward().forEach(s -> forward.add(s + ";"));
            late.forEach(r -> r.forward().forEach(s -> forward.add(s + ";")));
            created.forward().forEach(s -> forward.add(s + ";"));
            replaced.after().forward().forEach(s -> forward.add(s + ";"));
            envelope.after().forEach(s -> forward.add(s + ";"));
            envelope.before().forEach(s -> rollback.add(s + ";"));
            replaced.after().rollback().forEach(s -> rollback.add(s + ";"));
            created.rollback().forEach(s -> rollback.add(s + ";"));
            for (int i = late.size() - 1; i >= 0; i--) late.get(i).rollback().forEach(s -> rollback.add(s + ";"));
            children.rollback().forEach(s -> rollback.add(s + ";"));
            for (int i = early.size() - 1; i >= 0; i--) early.get(i).rollback().forEach(s -> rollback.add(s + ";"));
            afterTypes.rollback().forEach(s -> rollback.add(s + ";"));
            for (int i = typeChanges.size() - 1; i >= 0; i--) typeChanges.get(i).rollback().forEach(s -> rollback.add(s + ";"));
            replaced.before().rollback().forEach(s -> rollback.add(s + ";"));
            envelope.after().forEach(s -> rollback.add(s + ";"));
            prerequisites.rollback().forEach(s -> rollback.add(s + ";"));
            List<ChangeView> views = new ArrayList<>(prerequisites.views());
            views.addAll(replaced.before().views());
            typeChanges.stream().map(r -> ChangeView.of(r, types)).forEach(views::add);
            views.addAll(afterTypes.views());
            early.stream().map(r -> ChangeView.of(r, types)).forEach(views::add);
            views.addAll(children.views());
            late.stream().map(r -> ChangeView.of(r, types)).forEach(views::add);
            views.addAll(created.views());
            views.addAll(replaced.after().views());
            return new DiffResult(from, to, engine, warnings, views, plan.renameHints(),
                    String.join("\n", forward) + (forward.isEmpty() ? "" : "\n"),
                    String.join("\n", rollback) + (rollback.isEmpty() ? "" : "\n"),
                    extras.stream().map(DatabaseOnly.Extra::description).toList(), extraDropped, null, unmanaged, differingUnmanaged);
        }
    }

    private Computed diff(DatabaseHandle db, String dbName, DesiredSpec desired, Renames renames, boolean dropExtra) {
        ExcludePatterns exclude = new ExcludePatterns(settings.exclude());
        Schema current = exclude.apply(inspect(db));
        Described target = desired(db, desired);
        Renames effective = merge(settingsRenames(), renames)
                .unqualifying(db.url().inspectedSchemas().stream().findFirst().orElse(null));
        Schema wanted = exclude.apply(db.engine().normalizeDesired(target.schema()));
        // entities (the only source with generated names) cannot say partitioning, UNLOGGED, NOT VALID, index comments...
        if (target.generatedNames()) wanted = EntityBlindSpots.carry(wanted, current, db.engine()::entityTableOptions,
                db.engine()::entityColumnType);
        // nor a column order of the user's: Hibernate orders an entity's columns its own way, so none is moved for it
        Differ differ = target.generatedNames() ? db.engine().differ().keepingNames().keepingColumnOrder() : db.engine().differ();
        DatabaseOnly.Result result = DatabaseOnly.plan(differ, current, wanted, effective, dropExtra);
        Plan plan = result.plan();
        SqlRenderer renderer = db.renderer();
        List<RenderedChange> rendered = UnmanagedObjects.completeCreates(renderer.render(plan), wanted,
                db.unmanagedDdl(), renderer);
        List<String> warnings = new ArrayList<>(target.warnings());
        if (PlanGuards.dropsEveryTable(current, plan)) warnings.add(PlanGuards.dropAllWarning(current, target.description()));
        long keptTables = result.dropped() ? 0 : result.extras().stream().filter(e -> e.kind().equals("table")).count();
        if (!current.tables().isEmpty() && keptTables >= current.tables().size()) {
            warnings.add(target.description() + " has none of the database's " + current.tables().size() + " tables: they are "
                    + "kept and listed as only in the database. Was the desired state empty by accident?");
        }
        ReplacedUnmanaged replaced = ReplacedUnmanaged.of(current, wanted, plan, db.engine(), db.unmanagedDdl());
        UnmanagedObjects.touching(current, plan, db.engine(), replaced.labels())
                .forEach(t -> warnings.add(t + ": `schemactl new` refuses this plan"));
        UnmanagedObjects.pinned(current, wanted, plan).forEach(t -> warnings.add(t + ": `schemactl new` refuses this plan"));
        List<String> brokenForeignKeys = result.dropped() ? List.of()
                : KeptForeignKeys.broken(current, wanted, result.target(), db.engine().foreignKeyTargets());
        brokenForeignKeys.forEach(b -> warnings.add("the plan keeps " + b + ": `schemactl new` refuses this plan (map the "
                + "foreign key in the desired state, or pass --drop-extra)"));
        KeptKeyNames.clashing(result.extras(), result.dropped(), plan)
                .forEach(k -> warnings.add(k + ": `schemactl new` refuses this plan (pass --drop-extra)"));
        UnmanagedObjects.Prerequisites children = UnmanagedObjects.children(current, wanted, db.unmanagedDdl(), plan, dropExtra);
        // those the plan makes from their definitions (child tables, exclusion constraints) are not left as they are
        List<String> differing = UnmanagedObjects.differing(current, wanted).stream()
                .filter(label -> !children.labels().contains(label) && !replaced.labels().contains(label)).toList();
        if (!differing.isEmpty()) {
            warnings.add(differing.size() + (differing.size() == 1 ? " unmanaged object differs" : " unmanaged objects differ")
                    + " from the desired state and schemactl does not change them: " + String.join(", ", differing)
                    + " (write the change in a migration by hand)");
        }
        UnmanagedObjects.referencingUncreated(current, wanted, plan, children)
                .forEach(t -> warnings.add(t + ", which the plan does not create: `schemactl new` refuses this plan"));
        List<dev.schemactl.diff.Change> early = rendered.stream().filter(r -> !(r.change() instanceof dev.schemactl.diff.Change.AddForeignKey fk
                && children.tables().contains(fk.foreignKey().referencedTable()))).map(RenderedChange::change).toList();
        UnmanagedObjects.Staged staged = UnmanagedObjects.staged(current, wanted, db.unmanagedDdl(), early);
        List<String> tablesMade = new ArrayList<>(children.tables());
        UnmanagedObjects.Prerequisites created = CreatedUnmanaged.of(current, wanted, plan, db.unmanagedDdl(),
                UnmanagedObjects.routinesTablesUse(wanted), tablesMade);
        return new Computed(current, plan, rendered, renderer.envelope(plan), dbName, target.description(),
                db.engine().kind().id(), warnings, db.engine().typeNames(), result.extras(), result.dropped(), result.target(),
                java.util.stream.Stream.concat(result.inUse().stream().map(dev.schemactl.diff.KeptInUse.Kept::description),
                        UnmanagedObjects.listing(current, wanted, created.labels()).stream()
                                .filter(line -> java.util.stream.Stream.concat(children.labels().stream(), replaced.labels().stream())
                                        .noneMatch(l -> line.startsWith(l + ": ")))).toList(),
                staged.first(), wanted, children, result.inUse(), brokenForeignKeys, staged.afterTypes(), staged.position(),
                differing, replaced, created);
    }

    /**
     * @param generatedNames the desired state's constraint and index names are made up by a tool (Hibernate's hashed
     *                       {@code fk...}/{@code uk...} names), not chosen by the user: names the database already has
     *                       are kept rather than renamed to them
     */
    private record Described(Schema schema, String description, List<String> warnings, boolean generatedNames) {
        Described(Schema schema, String description) {
            this(schema, description, List.of(), false);
        }
    }

    private Described desired(DatabaseHandle db, DesiredSpec spec) {
        if (spec.toUrl() != null) {
            DatabaseUrl other = settings.parseUrl(spec.toUrl());
            requireSameEngine(other, db);
            try (DatabaseHandle target = DatabaseHandle.open(other, settings.lockTimeout())) {
                return new Described(db.engine().inLiveDatabaseDefaults(inspect(target), target, db), other.masked());
            }
        }
        if (spec.toSql() != null) {
            return new Described(fromSqlFile(db, spec), "sql " + spec.toSql());
        }
        ModelSchemas.Read models = ModelSchemas.read(settings, spec, db.engine().kind(), serverVersion(db));
        return new Described(models.schema(), models.description(), models.warnings(), true);
    }

    /**
     * The desired schema (models, --to-url or --to-sql) normalized for this database's engine, and what it is; for
     * diagrams.
     */
    public DesiredSchema desiredSchema(DesiredSpec spec) {
        try (DatabaseHandle db = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
            Described target = desired(db, spec);
            return new DesiredSchema(db.engine().normalizeDesired(target.schema()), target.description(), db.engine().kind());
        }
    }

    /** The live database's schema, for diagrams. */
    public DesiredSchema liveSchema() {
        try (DatabaseHandle db = databases.open(settings.databaseUrl(), settings.lockTimeout())) {
            return new DesiredSchema(new ExcludePatterns(settings.exclude()).apply(inspect(db)), db.url().masked(), db.engine().kind());
        }
    }

    /** A schema, what it was read from, and the engine whose types it is spelled in. */
    public record DesiredSchema(Schema schema, String description, EngineKind engine) {
    }

    private Schema fromSqlFile(DatabaseHandle db, DesiredSpec spec) {
        Path file = settings.projectDir().resolve(spec.toSql());
        String sql = dev.schemactl.migration.SqlFileText.read(file, spec.toSql().toString());
        DatabaseUrl explicit = spec.shadowUrl() == null ? null : settings.parseUrl(spec.shadowUrl());
        try (ShadowSession shadow = ShadowSession.open(db.url(), explicit, settings.lockTimeout())) {
            DatabaseHandle target = shadow.handle();
            String label = spec.toSql().toString();
            ScriptRunner.run(target, label, sql, ErrorCode.MIGRATION_FILE, "does not load into a shadow "
                    + db.engine().kind().id() + " database", "fix the statement for "
                    + db.engine().kind().id() + " (the file is loaded into an empty shadow database, statement by statement)");
            Schema loaded = inspect(target);
            CreatedTables.of(ScriptRunner.statements(db.engine(), sql), false, label)
                    .requireAllIn(loaded, target.url().inspectedSchemas(), label);
            return loaded;
        }
    }

    private static void requireSameEngine(DatabaseUrl other, DatabaseHandle db) {
        if (other.engine() != db.engine().kind()) {
            throw new SchemactlException(ErrorCode.USAGE, "cannot diff " + db.engine().kind().id() + " against "
                    + other.engine().id(), "compare databases of the same engine");
        }
    }

    private static String serverVersion(DatabaseHandle db) {
        try (Connection c = db.connection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return null;
        }
    }

    private Renames settingsRenames() {
        List<String> args = new ArrayList<>();
        settings.renames().tables().forEach((o, n) -> args.add(o + "=" + n));
        settings.renames().columns().forEach((o, n) -> args.add(o + "=" + n));
        return Renames.parse(args);
    }

    private static Renames merge(Renames base, Renames extra) {
        Renames out = base;
        for (var e : extra.tables().entrySet()) out = out.withTable(e.getKey(), e.getValue());
        for (var t : extra.columns().entrySet()) {
            for (var c : t.getValue().entrySet()) out = out.withColumn(t.getKey(), c.getKey(), c.getValue());
        }
        return out;
    }
}
