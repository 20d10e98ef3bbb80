package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.diff.Renames;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.Migrator;

import java.util.List;
import java.util.function.Function;

/**
 * The build-time check "an entity changed but no migration was written", without a live database: every migration
 * file is replayed on a shadow database (H2 in memory for an H2 project, a temporary database on the configured
 * server, or the explicit empty {@code shadowUrl}), and the desired state is diffed from there. {@link #generate}
 * writes the migration that closes the gap, computed the same way. The build plugins call this.
 */
public final class MigrationsCheck {
    private final Settings settings;
    private final MigrationClock clock;

    public MigrationsCheck(Settings settings, MigrationClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The plan from what the migrations produce to the desired state; empty when a migration exists for every change. */
    public DiffResult check(DesiredSpec desired, Renames renames, String shadowUrl) {
        return onReplayed(shadowUrl, schemas -> schemas.diff(null, desired, renames));
    }

    /** Writes the migration from what the existing migrations produce to the desired state (nothing when none is needed). */
    public NewMigrationResult generate(String message, DesiredSpec desired, Renames renames, String shadowUrl) {
        return onReplayed(shadowUrl, schemas -> schemas.generateVerified(message, desired, renames, false, true));
    }

    private <T> T onReplayed(String shadowUrl, Function<SchemaService, T> use) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        DatabaseUrl explicit = shadowUrl == null || shadowUrl.isBlank() ? null : settings.parseUrl(shadowUrl);
        try (ShadowSession shadow = ShadowSession.open(settings.databaseUrl(), explicit, settings.lockTimeout())) {
            if (!files.isEmpty()) new Migrator(shadow.handle(), files, settings.lockTimeout()).migrate(null);
            Settings onShadow = settings.withUrl(shadow.handle().url().original(), "shadow");
            return use.apply(new SchemaService(onShadow, clock));
        }
    }
}
