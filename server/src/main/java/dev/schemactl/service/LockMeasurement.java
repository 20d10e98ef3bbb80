package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.LockProbe;
import dev.schemactl.engine.MeasuredStatement;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.Migrator;
import dev.schemactl.risk.RiskScorer;
import dev.schemactl.source.SqlScript;

import java.util.ArrayList;
import java.util.List;

/**
 * Measured locks and rewrites: each migration runs statement by statement on a shadow database brought to the state
 * before it and given a few rows per table ({@link RepresentativeRows}); the engine's {@link LockProbe} records what
 * each statement really did. The rules score the same file on the same shadow, so prediction and measurement are
 * about the same schema and data.
 */
final class LockMeasurement {
    private final Settings settings;

    LockMeasurement(Settings settings) {
        this.settings = settings;
    }

    /** Each target measured on a fresh shadow database (given in version order). */
    List<LockReport.MeasuredMigration> measure(List<MigrationFile> files, List<MigrationFile> targets, String shadowUrl) {
        DatabaseUrl like = settings.databaseUrl();
        LockProbe probe = probe(like);
        DatabaseUrl explicit = shadowUrl == null ? null : settings.parseUrl(shadowUrl);
        List<LockReport.MeasuredMigration> out = new ArrayList<>();
        try (ShadowSession shadow = ShadowSession.open(like, explicit, settings.lockTimeout())) {
            boolean first = true;
            for (MigrationFile target : targets) {
                if (!first) shadow.reset();
                first = false;
                out.add(measureOne(shadow, probe, files, target));
            }
        }
        return out;
    }

    private LockReport.MeasuredMigration measureOne(ShadowSession shadow, LockProbe probe, List<MigrationFile> files,
                                                    MigrationFile target) {
        Engine engine = shadow.handle().engine();
        String previous = null;
        for (MigrationFile f : files) if (f.version().compareTo(target.version()) < 0) previous = f.version();
        String engineName;
        try {
            engineName = dev.schemactl.risk.RiskFacts.read(shadow.handle()).describe();
            if (previous != null) new Migrator(shadow.handle(), files, settings.lockTimeout()).migrate(previous);
        } catch (SchemactlException e) {
            return new LockReport.MeasuredMigration(target.version(), target.slug(), engine.kind().id(), null, 0, null,
                    "the migrations before it do not apply on a fresh database: " + DatabaseUrl.maskText(e.getMessage()),
                    java.util.Set.of());
        }
        dev.schemactl.schema.Schema before = shadow.inspect();
        int seeded = RepresentativeRows.seed(shadow.handle(), before);
        java.util.Set<String> tablesBefore = new java.util.TreeSet<>();
        before.tables().forEach(t -> tablesBefore.add(t.name().toLowerCase(java.util.Locale.ROOT)));
        String source = settings.projectDir().relativize(target.path().toAbsolutePath()).toString();
        List<RiskScorer.Unit> units = new ArrayList<>();
        for (MigrationFile.Changeset cs : target.changesets()) {
            units.add(RiskScorer.Unit.changeset(source, cs.sql(), cs.runInTransaction(), RiskService.emptyRollback(cs.rollbackSql())));
        }
        RiskService.Scored predicted = RiskService.score(units, shadow.handle());
        List<MeasuredStatement> measured = new ArrayList<>();
        for (MigrationFile.Changeset cs : target.changesets()) {
            for (SqlScript.Statement st : SqlScript.statements(cs.sql(), engine.backslashEscapesInLiterals())) {
                measured.add(probe.run(shadow.handle(), measured.size() + 1, st.sql(), cs.runInTransaction()));
            }
        }
        return new LockReport.MeasuredMigration(target.version(), target.slug(), engineName, probe.method(shadow.handle()),
                seeded, predicted.report().withMeasured(measured, tablesBefore), null, tablesBefore);
    }

    /** The engine's probe, or a typed refusal for engines that have none (H2, SQLite). */
    static LockProbe probe(DatabaseUrl like) {
        return dev.schemactl.engine.Engines.of(like.engine()).lockProbe().orElseThrow(() -> new SchemactlException(
                ErrorCode.UNSUPPORTED, "measuring locks needs PostgreSQL or MariaDB/MySQL; the database is " + like.engine().id(),
                "point --url (or DATABASE_URL) at a PostgreSQL or MariaDB server: the statements run on a temporary "
                        + "database there"));
    }
}
