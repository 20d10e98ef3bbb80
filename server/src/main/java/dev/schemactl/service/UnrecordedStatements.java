package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationState;
import dev.schemactl.migration.StatusReport;
import dev.schemactl.risk.Op;
import dev.schemactl.risk.RiskFacts;
import dev.schemactl.risk.SqlChangeParser;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.source.SqlScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where DDL is not transactional (MariaDB/MySQL, H2), a changeset of several statements that stopped midway (a failed
 * statement, a killed process) leaves its first statements applied, while Liquibase records a changeset only once all
 * of it ran: the tracking table says nothing ran. Status reads the live schema to tell the truth: the first changeset
 * not recorded is compared, statement by statement, with what is there (a table it creates exists, a column it adds
 * is there, one it drops is gone, ...); when its first statements are already in effect the migration is PARTIAL with
 * a note naming them.
 */
final class UnrecordedStatements {
    private UnrecordedStatements() {
    }

    static StatusReport mark(StatusReport report, DatabaseHandle db, List<MigrationFile> files) {
        if (db.engine().transactionalDdl()) return report;
        Optional<MigrationState> first = report.migrations().stream().filter(MigrationState::isPending).findFirst();
        if (first.isEmpty()) return report;
        MigrationState state = first.get();
        MigrationFile file = files.stream().filter(f -> f.fileName().equals(state.file())).findFirst().orElse(null);
        if (file == null || state.appliedChangesets() >= file.changesets().size()) return report;
        MigrationFile.Changeset cs = file.changesets().get(state.appliedChangesets());
        List<String> statements = SqlScript.split(cs.sql());
        if (statements.size() < 2) return report;
        Schema live = SchemaCache.SHARED.live(db, db::inspect);
        SqlChangeParser parser = new SqlChangeParser(db.engine().kind(), live);
        List<String> seen = new ArrayList<>();
        for (String statement : statements) {
            String effect = inEffect(parser.parse(statement), live);
            if (effect == null) break;
            seen.add(effect);
        }
        if (seen.isEmpty()) return report;
        String note = seen.size() + " of " + statements.size() + " statements of changeset " + cs.author() + ":" + cs.id()
                + " are in the database but not recorded (" + String.join(", ", seen) + "): a run stopped midway";
        List<MigrationState> out = new ArrayList<>();
        for (MigrationState m : report.migrations()) {
            out.add(m == state ? new MigrationState(m.version(), m.name(), m.file(), MigrationState.State.PARTIAL,
                    m.changed(), m.appliedAt(), m.changesets(), m.appliedChangesets(), note) : m);
        }
        return StatusReport.of(report.database(), report.engine(), out);
    }

    /** What shows that the statement already ran; null when it did not (or it cannot be told). */
    private static String inEffect(SqlChangeParser.Parsed parsed, Schema live) {
        List<String> effects = new ArrayList<>();
        for (Op op : parsed.ops()) {
            if (!(op instanceof Op.Structural s)) return null;
            String effect = inEffect(s.change(), live);
            if (effect == null) return null;
            effects.add(effect);
        }
        return effects.isEmpty() ? null : String.join(", ", effects);
    }

    private static String inEffect(Change change, Schema live) {
        Optional<Table> table = live.table(change.table());
        if (change instanceof Change.CreateTable) return table.isPresent() ? "table " + change.table() + " exists" : null;
        if (change instanceof Change.DropTable) return table.isEmpty() ? "table " + change.table() + " is gone" : null;
        if (change instanceof Change.RenameTable r) {
            return table.isEmpty() && live.table(r.newKey()).isPresent() ? "table " + r.newKey() + " exists" : null;
        }
        if (table.isEmpty()) return null;
        Table t = table.get();
        if (change instanceof Change.AddColumn c) {
            return t.column(c.column().name()).isPresent() ? "column " + t.name() + "." + c.column().name() + " exists" : null;
        }
        if (change instanceof Change.DropColumn c) {
            return t.column(c.column().name()).isEmpty() ? "column " + t.name() + "." + c.column().name() + " is gone" : null;
        }
        if (change instanceof Change.RenameColumn c) {
            return t.column(c.column().name()).isEmpty() && t.column(c.newName()).isPresent()
                    ? "column " + t.name() + "." + c.newName() + " exists" : null;
        }
        if (change instanceof Change.CreateIndex c && c.index().name() != null) {
            return t.indexes().stream().anyMatch(i -> c.index().name().equalsIgnoreCase(i.name()))
                    || t.uniques().stream().anyMatch(u -> c.index().name().equalsIgnoreCase(u.name()))
                    ? "index " + c.index().name() + " exists" : null;
        }
        if (change instanceof Change.AddForeignKey c && c.foreignKey().name() != null) {
            return t.foreignKeys().stream().anyMatch(f -> c.foreignKey().name().equalsIgnoreCase(f.name()))
                    ? "foreign key " + c.foreignKey().name() + " exists" : null;
        }
        return null;
    }
}
