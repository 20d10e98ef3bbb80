package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationStep;
import dev.schemactl.migration.MigrationWriter;
import dev.schemactl.migration.Migrator;
import dev.schemactl.schema.Schema;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `schemactl baseline`: adopts a database made before schemactl (like Flyway's and Atlas's baselines). It writes a
 * migration that creates the live schema from nothing — the very SQL `new` writes from an empty database, with its
 * rollback — and records it as applied without running it. From then on every shadow database (the rollback check
 * of `new`, `verify`, drift) replays the baseline first, so it starts where the live database started.
 * Migrations already written but not applied to the database (`new` run before `baseline`) stay pending after it.
 * The file's header says {@code baseline=true}; `rollback` refuses to undo it on a live database (that would drop
 * the schema the baseline only recorded).
 */
public final class BaselineService {
    public static final String HEADER = "baseline";
    private final Settings settings;
    private final MigrationClock clock;

    public BaselineService(Settings settings, MigrationClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public NewMigrationResult baseline(String message, boolean dryRun) {
        String slug = MigrationWriter.slug(message == null || message.isBlank() ? "baseline" : message);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        try (DatabaseHandle db = DatabaseHandle.open(settings.databaseUrl(), settings.lockTimeout())) {
            Engine engine = db.engine();
            // refuses another tool's table before writing a file
            int applied = new Migrator(db, files, settings.lockTimeout()).status().applied();
            if (applied > 0) {
                throw new SchemactlException(ErrorCode.USAGE, "the migrations directory already holds " + files.size()
                        + " migration(s), " + applied + " applied to " + db.url().masked() + ": a baseline starts the history",
                        "baseline a database before its first schemactl migration is applied; for a database that is behind "
                        + "the directory run `schemactl up`");
            }
            Schema live = db.inspect();
            if (live.tables().isEmpty() && live.sequences().isEmpty()) throw nothingToBaseline(db);
            Plan plan = engine.differ().diff(Schema.EMPTY, live);
            SqlRenderer renderer = db.renderer();
            List<RenderedChange> rendered = renderer.render(plan);
            // under migrations written before it (`new` on the database, not applied yet), it comes first
            String version = files.isEmpty() ? clock.nextVersion(List.of()) : MigrationClock.versionBefore(files.get(0).version());
            Map<String, String> header = new LinkedHashMap<>();
            header.put(HEADER, "true");
            header.put("generated-from", "live database " + db.url().masked() + " (" + live.tables().size() + " tables)");
            BaselineBody body = BaselineBody.of(live, rendered, renderer, db.unmanagedDdl());
            if (!live.unmanaged().isEmpty()) {
                header.put("unmanaged", live.unmanaged().size() + " objects schemactl does not manage (views, routines, triggers, "
                        + "partitions, ...), created from their catalog definitions" + (body.leftOut().isEmpty() ? ""
                        : "; left out, the catalog gives no definition: " + String.join("; ", body.leftOut())));
            }
            List<MigrationStep> steps = MigrationWriter.withEnvelope(body.steps(), renderer.envelope(plan));
            String content = MigrationWriter.render(engine.kind(), engine.transactionalDdl(), version, header, steps);
            if (dryRun) return new NewMigrationResult(null, version, content, content);
            Path file = MigrationWriter.write(settings.migrationsDir(), version, slug, content);
            String relative = settings.projectDir().relativize(file).toString();
            List<MigrationFile> written = MigrationDirectory.load(settings.migrationsDir());
            new Migrator(db, written, settings.lockTimeout()).markApplied(List.of(version));
            return new NewMigrationResult(relative, version, content, "wrote " + relative + " (" + live.tables().size()
                    + (live.tables().size() == 1 ? " table" : " tables") + ") and marked it applied on " + db.url().masked()
                    + ": later migrations and their rollback checks start from it");
        }
    }

    private static SchemactlException nothingToBaseline(DatabaseHandle db) {
        TablesElsewhere elsewhere;
        try {
            elsewhere = TablesElsewhere.of(db.connection(), db.engine().kind(), db.url().inspectedSchemas());
        } catch (java.sql.SQLException e) {
            elsewhere = new TablesElsewhere(Map.of());
        }
        if (elsewhere.isEmpty()) {
            return new SchemactlException(ErrorCode.USAGE, "nothing to baseline: " + db.url().masked() + " has no tables",
                    "on an empty database write migrations with `schemactl new`");
        }
        List<String> managed = db.url().inspectedSchemas().isEmpty() ? List.of("PUBLIC") : db.url().inspectedSchemas();
        return new SchemactlException(ErrorCode.USAGE, "nothing to baseline: " + db.url().masked() + " has no tables in schema "
                + String.join(", ", managed) + ", the schemas schemactl manages; its tables are in " + elsewhere.described(),
                "name the schemas to manage in schemactl.yaml: " + elsewhere.setting() + ", then run `schemactl baseline` again");
    }

    /** True when a migration file is a baseline. */
    public static boolean isBaseline(MigrationFile file) {
        return "true".equalsIgnoreCase(file.header().get(HEADER));
    }
}
