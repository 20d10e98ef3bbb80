package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.risk.Op;
import dev.schemactl.risk.SqlChangeParser;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;

/**
 * The tables and columns a migration's own SQL renames, as rename hints: comparing the schema before it with the
 * schema after it without them reads a renamed column or table as one dropped and another added.
 */
final class MigrationRenames {

    private MigrationRenames() {
    }

    static Renames of(EngineKind engine, Schema before, MigrationFile migration) {
        SqlChangeParser parser = new SqlChangeParser(engine, before);
        Renames renames = Renames.NONE;
        for (MigrationFile.Changeset changeset : migration.changesets()) {
            for (SqlChangeParser.Parsed statement : parser.parseScript(changeset.sql())) {
                for (Op op : statement.ops()) {
                    if (!(op instanceof Op.Structural s)) continue;
                    if (s.change() instanceof Change.RenameColumn c) {
                        renames = renames.withColumn(c.table(), c.column().name(), c.newName());
                    } else if (s.change() instanceof Change.RenameTable t) {
                        renames = renames.withTable(t.table(), t.schema() == null ? t.newName() : TableName.key(t.schema(), t.newName()));
                    }
                }
            }
        }
        return renames;
    }
}
