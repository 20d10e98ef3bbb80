package dev.schemactl.diff;

import dev.schemactl.diff.Change.AddCheck;
import dev.schemactl.diff.Change.AddColumn;
import dev.schemactl.diff.Change.AddForeignKey;
import dev.schemactl.diff.Change.AddUnique;
import dev.schemactl.diff.Change.CreateIndex;
import dev.schemactl.diff.Change.CreateSequence;
import dev.schemactl.diff.Change.CreateTable;
import dev.schemactl.diff.Change.DropCheck;
import dev.schemactl.diff.Change.DropColumn;
import dev.schemactl.diff.Change.DropForeignKey;
import dev.schemactl.diff.Change.DropIndex;
import dev.schemactl.diff.Change.DropSequence;
import dev.schemactl.diff.Change.DropTable;
import dev.schemactl.diff.Change.DropUnique;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Objects that exist only in the database: tables, columns, indexes, unique constraints, foreign keys, checks and
 * sequences the desired state does not declare (hand-written indexes, audit tables, columns of removed fields...).
 * By default a plan keeps them and lists them; dropping them is the explicit choice ({@code --drop-extra}).
 *
 * <p>They are found with the {@link Differ} itself, so they match exactly what the full plan would drop: every drop
 * step whose object the plan does not re-create (same kind on the same table, with the same name or the same
 * columns: that is a change, not an extra). Keeping them means copying them into the desired schema and diffing
 * again, so the kept plan is as ordered and as applicable as any other.
 */
public final class DatabaseOnly {

    /** One object only the database has, e.g. {@code index idx_hand_made on orders(last_name)}. */
    public record Extra(String kind, String table, String name, String description) {
    }

    /**
     * @param plan   the plan that runs: with {@code dropExtra} the full plan, else the plan that keeps the extras
     * @param extras what exists only in the database, sorted by table, kind and name
     * @param target the schema the plan leads to (the desired schema, plus the extras when they are kept)
     * @param inUse  domains, enum types and sequences the plan keeps, though the desired state does not declare them,
     *               because a column of {@code target} uses them (also with {@code dropExtra})
     */
    public record Result(Plan plan, List<Extra> extras, boolean dropped, Schema target, List<KeptInUse.Kept> inUse) {
        public Result {
            inUse = List.copyOf(inUse);
        }
    }

    private DatabaseOnly() {
    }

    public static Result plan(Differ differ, Schema current, Schema wanted, Renames renames, boolean dropExtra) {
        Plan full = differ.diff(current, wanted, renames);
        List<Change> drops = extras(full);
        List<Extra> listed = drops.stream().map(DatabaseOnly::describe)
                .sorted(java.util.Comparator.comparing(Extra::table).thenComparing(Extra::kind).thenComparing(Extra::name))
                .toList();
        if (dropExtra || drops.isEmpty()) {
            KeptInUse.Result used = KeptInUse.keep(wanted, full);
            if (used.kept().isEmpty()) return new Result(full, listed, dropExtra && !drops.isEmpty(), wanted, List.of());
            // a sequence listed as only in the database that a column still uses is kept, not dropped
            List<Extra> stillDropped = listed.stream().filter(e -> used.kept().stream()
                    .noneMatch(k -> e.description().equals(k.kind() + " " + k.name()))).toList();
            Plan keeping = differ.diff(current, used.target(), renames);
            return new Result(new Plan(keeping.changes(), full.renameHints(), keeping.from()), stillDropped,
                    dropExtra && !stillDropped.isEmpty(), used.target(), used.kept());
        }
        KeptInUse.Result used = KeptInUse.keep(keep(current, wanted, drops, RenameTargets.resolve(renames, current, wanted)), full);
        Plan keeping = differ.diff(current, used.target(), renames);
        return new Result(new Plan(keeping.changes(), full.renameHints(), keeping.from()), listed, false, used.target(), used.kept());
    }

    private static List<Change> extras(Plan plan) {
        List<Change> adds = plan.changes().stream().filter(c -> c instanceof CreateTable || c instanceof AddColumn
                || c instanceof CreateIndex || c instanceof AddUnique || c instanceof AddForeignKey || c instanceof AddCheck
                || c instanceof CreateSequence).toList();
        Set<String> droppedTables = plan.changes().stream().filter(c -> c instanceof DropTable).map(Change::table)
                .collect(Collectors.toSet());
        List<Change> out = new ArrayList<>();
        for (Change c : plan.changes()) {
            boolean extra;
            if (c instanceof DropTable d) {
                extra = adds.stream().noneMatch(a -> a instanceof CreateTable ct && ct.table().equals(d.table()));
            } else if (c instanceof DropColumn d) {
                extra = adds.stream().noneMatch(a -> a instanceof AddColumn ac && ac.table().equals(d.table())
                        && ac.column().name().equals(d.column().name()))
                        && !(rowStartOrEnd(d.column()) && dropsVersioning(plan, d.table()));
            } else if (c instanceof DropIndex d) {
                extra = adds.stream().noneMatch(a -> a instanceof CreateIndex ci && ci.table().equals(d.table())
                        && (same(ci.index().name(), d.index().name()) || names(ci.index()).equals(names(d.index()))));
            } else if (c instanceof DropUnique d) {
                extra = adds.stream().noneMatch(a -> a instanceof AddUnique au && au.table().equals(d.table())
                        && (same(au.unique().name(), d.unique().name()) || au.unique().columns().equals(d.unique().columns())));
            } else if (c instanceof DropForeignKey d) {
                extra = !droppedTables.contains(d.table())
                        && adds.stream().noneMatch(a -> a instanceof AddForeignKey af && af.table().equals(d.table())
                        && (same(af.foreignKey().name(), d.foreignKey().name()) || af.foreignKey().columns().equals(d.foreignKey().columns())));
            } else if (c instanceof DropCheck d) {
                extra = adds.stream().noneMatch(a -> a instanceof AddCheck ac && ac.table().equals(d.table())
                        && (same(ac.check().name(), d.check().name()) || Objects.equals(ac.check().expression(), d.check().expression())));
            } else if (c instanceof Change.DropPeriod d) {
                extra = plan.changes().stream().noneMatch(a -> a instanceof Change.AddPeriod ap && ap.table().equals(d.table())
                        && ap.period().name().equals(d.period().name()))
                        && !(d.period().isSystemTime() && dropsVersioning(plan, d.table()));
            } else if (c instanceof DropSequence d) {
                extra = adds.stream().noneMatch(a -> a instanceof CreateSequence cs && cs.table().equals(d.table())
                        && Objects.equals(cs.sequence().schema(), d.sequence().schema()));
            } else {
                extra = false;
            }
            if (extra) out.add(c);
        }
        return out;
    }

    private static boolean rowStartOrEnd(dev.schemactl.schema.Column c) {
        return c.generatedKind() != null && c.generatedKind().rowStartOrEnd();
    }

    /**
     * True when the plan takes system versioning from the table (MariaDB: its options lose WITH SYSTEM VERSIONING): its
     * row start / end columns and SYSTEM_TIME period cannot stay without it, so they are no extras to keep.
     */
    private static boolean dropsVersioning(Plan plan, String table) {
        return plan.changes().stream().anyMatch(c -> c instanceof Change.SetTableOptions o && o.table().equals(table)
                && versioned(o.before()) && !versioned(o.after()));
    }

    private static boolean versioned(String options) {
        return options != null && options.contains("WITH SYSTEM VERSIONING");
    }

    private static boolean same(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    private static List<String> names(Index index) {
        return index.columns().stream().map(IndexColumn::name).toList();
    }

    private static Extra describe(Change c) {
        if (c instanceof DropTable d) return new Extra("table", d.table(), d.table(), "table " + d.table());
        if (c instanceof DropColumn d) {
            return new Extra("column", d.table(), d.column().name(), "column " + d.table() + "." + d.column().name());
        }
        if (c instanceof DropIndex d) {
            return new Extra("index", d.table(), Objects.toString(d.index().name(), ""), (d.index().unique() ? "unique " : "")
                    + "index " + named(d.index().name()) + "on " + d.table() + "(" + String.join(",", names(d.index())) + ")");
        }
        if (c instanceof DropUnique d) {
            return new Extra("unique", d.table(), Objects.toString(d.unique().name(), ""), "unique constraint "
                    + named(d.unique().name()) + "on " + d.table() + "(" + String.join(",", d.unique().columns()) + ")");
        }
        if (c instanceof DropForeignKey d) {
            return new Extra("foreign key", d.table(), Objects.toString(d.foreignKey().name(), ""), "foreign key "
                    + named(d.foreignKey().name()) + "on " + d.table() + "(" + String.join(",", d.foreignKey().columns()) + ") -> "
                    + d.foreignKey().referencedTable() + "(" + String.join(",", d.foreignKey().referencedColumns()) + ")");
        }
        if (c instanceof DropCheck d) {
            return new Extra("check", d.table(), Objects.toString(d.check().name(), ""), "check "
                    + named(d.check().name()) + "on " + d.table() + ": " + d.check().expression());
        }
        if (c instanceof Change.DropPeriod d) {
            return new Extra("period", d.table(), d.period().name(), "period " + d.period().name() + " on " + d.table()
                    + "(" + d.period().start() + "," + d.period().end() + ")");
        }
        if (c instanceof DropSequence d) {
            String schema = d.sequence().schema();
            return new Extra("sequence", d.table(), d.table(), "sequence " + (schema == null ? "" : schema + ".") + d.table());
        }
        throw new IllegalArgumentException(c.describe());
    }

    private static String named(String name) {
        return name == null ? "" : name + " ";
    }

    /**
     * The desired schema plus the extras, under the names they will have after the plan's renames (tables by key,
     * {@link dev.schemactl.schema.TableName#key()}, as the renames name them once resolved).
     */
    private static Schema keep(Schema current, Schema wanted, List<Change> extras, Renames renames) {
        Map<String, Table> tables = new TreeMap<>();
        wanted.tables().forEach(t -> tables.put(t.key(), t));
        Map<String, Table> children = new TreeMap<>();
        wanted.children().forEach(t -> children.put(t.key(), t));
        List<Sequence> sequences = new ArrayList<>(wanted.sequences());
        for (Change c : extras) {
            if (c instanceof DropTable d) tables.put(d.table(), d.definition());
            if (c instanceof DropSequence d) sequences.add(d.sequence());
        }
        for (Change c : extras) {
            if (c instanceof DropTable || c instanceof DropSequence) continue;
            String table = renames.tables().getOrDefault(c.table(), c.table());
            Table t = tables.get(table);
            Map<String, String> columns = renames.columnsOf(c.table(), table);
            if (t == null && children.containsKey(c.table())) {
                // an own column of a child table (INHERITS) only the database has: kept like any other
                children.put(c.table(), kept(children.get(c.table()), c, columns, renames,
                        current.children().stream().filter(k -> k.key().equals(c.table())).findFirst().orElse(null)));
                continue;
            }
            if (t == null) continue; // the table itself goes: nothing of it to keep
            tables.put(table, kept(t, c, columns, renames, current.table(c.table()).orElse(null)));
        }
        return new Schema(new ArrayList<>(tables.values()), sequences, wanted.enumTypes(), wanted.unmanaged(), wanted.domains(),
                wanted.compositeTypes(), new ArrayList<>(children.values()));
    }

    /**
     * The table with one extra copied back as the database has it, under the names of the plan's renames: every
     * property of the extra and of the table (schema, collation, options) is kept, or the kept plan would alter them.
     */
    private static Table kept(Table t, Change c, Map<String, String> columns, Renames renames, Table live) {
        if (c instanceof DropColumn d) {
            return t.withColumns(placed(t.columns(), d.column(), live, columns));
        }
        if (c instanceof DropIndex d) {
            return t.withIndexes(add(t.indexes(), d.index().withColumns(d.index().columns().stream()
                    .map(i -> i.name() == null ? i : i.withName(columns.getOrDefault(i.name(), i.name()))).toList())));
        }
        if (c instanceof DropUnique d) {
            return t.withUniques(add(t.uniques(), d.unique().withColumns(renamed(d.unique().columns(), columns))
                    .withInclude(renamed(d.unique().include(), columns))));
        }
        if (c instanceof DropForeignKey d) {
            ForeignKey f = d.foreignKey();
            String refKey = renames.tables().getOrDefault(f.referencedKey(), f.referencedKey());
            // a renamed table stays in its schema: its new key is schema.newName there
            String ref = refKey.equals(f.referencedKey()) ? f.referencedTable()
                    : f.referencedSchema() == null ? refKey : refKey.substring(f.referencedSchema().length() + 1);
            return t.withForeignKeys(add(t.foreignKeys(), f.withColumns(renamed(f.columns(), columns))
                    .withReferenced(ref, renamed(f.referencedColumns(), renames.columnsOf(f.referencedKey(), refKey)))));
        }
        if (c instanceof DropCheck d) {
            return t.withChecks(add(t.checks(), d.check()));
        }
        if (c instanceof Change.DropPeriod d) {
            dev.schemactl.schema.Period p = d.period();
            return t.withPeriods(add(t.periods(), new dev.schemactl.schema.Period(p.name(),
                    columns.getOrDefault(p.start(), p.start()), columns.getOrDefault(p.end(), p.end()))));
        }
        return t;
    }

    /**
     * The extra column where it stands in the database: right after the nearest column before it there that the table
     * keeps (under its new name), first when there is none; so that the columns the plan adds are placed as if it were
     * not there (one the desired table has last is still appended).
     */
    private static List<Column> placed(List<Column> columns, Column column, Table live, Map<String, String> renames) {
        List<Column> out = new ArrayList<>(columns);
        List<String> liveNames = live == null ? List.of() : live.columns().stream().map(Column::name).toList();
        int self = liveNames.indexOf(column.name());
        if (self < 0) {
            out.add(column);
            return out;
        }
        int at = 0;
        for (int i = self - 1; i >= 0 && at == 0; i--) {
            String predecessor = renames.getOrDefault(liveNames.get(i), liveNames.get(i));
            for (int j = 0; j < out.size(); j++) if (out.get(j).name().equals(predecessor)) at = j + 1;
        }
        out.add(at, column);
        return out;
    }

    private static List<String> renamed(List<String> names, Map<String, String> renames) {
        return names.stream().map(n -> renames.getOrDefault(n, n)).toList();
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
