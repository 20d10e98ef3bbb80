package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.DatabaseOnly;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a diagram highlights, per table and per column ({@code table.column}): added, changed, dropped by a plan, or
 * kept although only the database has it. Also widens the schema the plan leads to with what the plan drops, so the
 * drawing shows it (struck through).
 */
record DiagramMarks(Map<String, Mark> tables, Map<String, Mark> columns) {

    enum Mark { ADDED, CHANGED, DROPPED, KEPT }

    static final DiagramMarks NONE = new DiagramMarks(Map.of(), Map.of());

    DiagramMarks {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    Mark table(String name) {
        return tables.get(name);
    }

    Mark column(String table, String column) {
        return columns.get(table + "." + column);
    }

    /** A drawing of a plan: the marks, and the schema to draw (its target plus what it drops). */
    record Drawing(Schema schema, DiagramMarks marks) {
    }

    static Drawing of(Plan plan, Schema target, List<DatabaseOnly.Extra> extras, boolean extrasDropped) {
        Map<String, String> renamedTables = new TreeMap<>();
        for (Change c : plan.changes()) if (c instanceof Change.RenameTable r) renamedTables.put(r.table(), r.newKey());
        Map<String, Table> tables = new TreeMap<>();
        target.tables().forEach(t -> tables.put(t.key(), t));
        Map<String, Mark> tableMarks = new TreeMap<>();
        Map<String, Mark> columnMarks = new TreeMap<>();
        for (Change c : plan.changes()) {
            String table = tables.containsKey(c.table()) ? c.table() : renamedTables.getOrDefault(c.table(), c.table());
            if (c instanceof Change.CreateTable) {
                tableMarks.put(table, Mark.ADDED);
            } else if (c instanceof Change.DropTable d) {
                tableMarks.put(d.table(), Mark.DROPPED);
                tables.putIfAbsent(d.table(), d.definition());
            } else if (c instanceof Change.RenameTable r) {
                tableMarks.putIfAbsent(r.newKey(), Mark.CHANGED);
            } else if (c instanceof Change.AddColumn a) {
                columnMarks.put(table + "." + a.column().name(), Mark.ADDED);
                tableMarks.putIfAbsent(table, Mark.CHANGED);
            } else if (c instanceof Change.DropColumn d) {
                columnMarks.put(table + "." + d.column().name(), Mark.DROPPED);
                tableMarks.putIfAbsent(table, Mark.CHANGED);
                Table t = tables.get(table);
                if (t != null && t.column(d.column().name()).isEmpty()) tables.put(table, withColumn(t, d.column()));
            } else if (c instanceof Change.RenameColumn r) {
                columnMarks.putIfAbsent(table + "." + r.newName(), Mark.CHANGED);
                tableMarks.putIfAbsent(table, Mark.CHANGED);
            } else if (c instanceof Change.AlterColumnType a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.SetNullable a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.SetDefault a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.SetIdentity a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.SetColumnComment a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.SetColumnOptions a) {
                changed(tableMarks, columnMarks, table, a.after());
            } else if (c instanceof Change.MoveColumn a) {
                changed(tableMarks, columnMarks, table, a.column());
            } else if (!(c instanceof Change.CreateSequence) && !(c instanceof Change.DropSequence)) {
                tableMarks.putIfAbsent(table, Mark.CHANGED);
            }
        }
        if (!extrasDropped) {
            for (DatabaseOnly.Extra e : extras) {
                if (e.kind().equals("table")) tableMarks.put(e.table(), Mark.KEPT);
                if (e.kind().equals("column")) columnMarks.put(e.table() + "." + e.name(), Mark.KEPT);
            }
        }
        return new Drawing(new Schema(new ArrayList<>(tables.values()), target.sequences()), new DiagramMarks(tableMarks, columnMarks));
    }

    private static void changed(Map<String, Mark> tableMarks, Map<String, Mark> columnMarks, String table, Column after) {
        columnMarks.putIfAbsent(table + "." + after.name(), Mark.CHANGED);
        tableMarks.putIfAbsent(table, Mark.CHANGED);
    }

    private static Table withColumn(Table t, Column column) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(column);
        return t.withColumns(columns);
    }
}
