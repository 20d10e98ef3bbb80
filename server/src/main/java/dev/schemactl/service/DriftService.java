package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationState;
import dev.schemactl.migration.MigrationState.State;
import dev.schemactl.migration.Migrator;
import dev.schemactl.migration.StatusReport;
import dev.schemactl.schema.Schema;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drift detection: replays the applied migrations on a shadow database (H2 in memory, a temporary database
 * on the same server, or an explicit empty --shadow-url) and compares the result with the live schema.
 * When no migration is applied the expected schema is empty and no shadow database is needed. When the
 * check cannot be made (no shadow database, a partially applied or missing migration, a replay that fails)
 * the result says why instead of failing the status.
 */
public final class DriftService {
    private final Settings settings;

    public DriftService(Settings settings) {
        this.settings = settings;
    }

    public Drift check(DatabaseHandle live, List<MigrationFile> files, StatusReport status, String shadowUrl) {
        List<String> partial = names(status, State.PARTIAL);
        if (!partial.isEmpty()) {
            return Drift.skipped("migration " + String.join(", ", partial) + " is partially applied; finish it with `schemactl migrate` first");
        }
        List<String> missing = names(status, State.MISSING);
        if (!missing.isEmpty()) {
            return Drift.skipped("applied migration " + String.join(", ", missing) + " has no file to replay");
        }
        Set<String> applied = status.migrations().stream().filter(m -> m.state() == State.APPLIED)
                .map(MigrationState::file).collect(Collectors.toSet());
        List<MigrationFile> appliedFiles = files.stream().filter(f -> applied.contains(f.fileName())).toList();
        Schema actual = SchemaCache.SHARED.live(live, () -> ShadowSession.inspect(live));
        Schema expected;
        if (appliedFiles.isEmpty()) {
            expected = Schema.EMPTY;
        } else {
            try {
                expected = SchemaCache.SHARED.replayed(live, appliedFiles, shadowUrl, () -> replay(live, appliedFiles, shadowUrl));
            } catch (NoReplay e) {
                return e.drift;
            }
        }
        List<String> differences = SchemaDifferences.between(expected, actual, live.engine(),
                SchemaDifferences.DRIFT);
        String note = status.changed().isEmpty() ? null : "replayed the current content of "
                + String.join(", ", status.changed()) + ", which changed after it was applied";
        return new Drift(true, differences, note);
    }

    /** The schema the applied migrations produce on a fresh shadow database. */
    private Schema replay(DatabaseHandle live, List<MigrationFile> appliedFiles, String shadowUrl) {
        DatabaseUrl explicit = shadowUrl == null ? null : settings.parseUrl(shadowUrl);
        ShadowSession shadow;
        try {
            shadow = ShadowSession.open(live.url(), explicit, settings.lockTimeout());
        } catch (SchemactlException e) {
            throw new NoReplay(Drift.skipped("cannot make a shadow database: " + DatabaseUrl.maskText(e.getMessage())
                    + "; pass --shadow-url, or --no-drift"));
        }
        try (shadow) {
            try {
                new Migrator(shadow.handle(), appliedFiles, settings.lockTimeout()).migrate(null);
            } catch (SchemactlException e) {
                throw new NoReplay(Drift.skipped("the applied migrations do not replay on a shadow database: "
                        + DatabaseUrl.maskText(e.getMessage())));
            }
            return shadow.inspect();
        }
    }

    /** Why the drift check could not be made (not cached: the next call tries again). */
    private static final class NoReplay extends RuntimeException {
        private final transient Drift drift;

        NoReplay(Drift drift) {
            super(null, null, false, false);
            this.drift = drift;
        }
    }

    private static List<String> names(StatusReport status, State state) {
        return status.migrations().stream().filter(m -> m.state() == state).map(MigrationState::file).toList();
    }
}
