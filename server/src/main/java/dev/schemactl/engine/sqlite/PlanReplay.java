package dev.schemactl.engine.sqlite;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Expressions;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies Changes to a Schema, as the database would: the state before and after every step of a plan, which
 * a table rebuild needs (it recreates the whole table). Renaming a table or a column also renames the
 * references to it (foreign keys, key and index columns, check and generated expressions), as SQLite's
 * ALTER TABLE RENAME does. A created table starts without foreign keys; the plan adds them.
 */
final class PlanReplay {
    private PlanReplay() {
    }

    static Schema apply(Schema schema, Change change) {
        Map<String, Table> tables = new TreeMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        if (change instanceof Change.CreateTable c) {
            tables.put(c.table(), withForeignKeys(c.definition(), List.of()));
        } else if (change instanceof Change.DropTable c) {
            tables.remove(c.table());
        } else if (change instanceof Change.RenameTable c) {
            Table t = tables.remove(c.table());
            if (t != null) tables.put(c.newName(), renamed(t, c.newName()).withOptions(t.options()));
            tables.replaceAll((n, other) -> withForeignKeys(other, other.foreignKeys().stream()
                    .map(f -> f.referencedTable().equals(c.table()) ? new ForeignKey(f.name(), f.columns(), c.newName(),
                            f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList()));
        } else if (change instanceof Change.AddColumn c) {
            edit(tables, c.table(), t -> withColumns(t, append(t.columns(), c.column())));
        } else if (change instanceof Change.DropColumn c) {
            edit(tables, c.table(), t -> withColumns(t,
                    t.columns().stream().filter(col -> !col.name().equals(c.column().name())).toList()));
        } else if (change instanceof Change.RenameColumn c) {
            renameColumn(tables, c.table(), c.column().name(), c.newName());
        } else if (change instanceof Change.AlterColumnType c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetNullable c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetDefault c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetIdentity c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetColumnComment c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetColumnOptions c) {
            replaceColumn(tables, c.table(), c.after());
        } else if (change instanceof Change.SetTableComment c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), t.indexes(), t.foreignKeys(), t.checks(), c.after()));
        } else if (change instanceof Change.AddPrimaryKey c) {
            edit(tables, c.table(), t -> withPrimaryKey(t, c.primaryKey()));
        } else if (change instanceof Change.DropPrimaryKey c) {
            edit(tables, c.table(), t -> withPrimaryKey(t, null));
        } else if (change instanceof Change.AddUnique c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    append(t.uniques(), c.unique()), t.indexes(), t.foreignKeys(), t.checks(), t.comment()));
        } else if (change instanceof Change.DropUnique c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    removeFirst(t.uniques(), u -> sameUnique(u, c.unique())), t.indexes(), t.foreignKeys(), t.checks(), t.comment()));
        } else if (change instanceof Change.CreateIndex c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), Table.byName(append(t.indexes(), c.index())), t.foreignKeys(), t.checks(), t.comment()));
        } else if (change instanceof Change.DropIndex c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), removeFirst(t.indexes(), i -> sameIndex(i, c.index())), t.foreignKeys(), t.checks(), t.comment()));
        } else if (change instanceof Change.AddForeignKey c) {
            edit(tables, c.table(), t -> t.foreignKeys().stream().anyMatch(f -> sameForeignKey(f, c.foreignKey()))
                    ? t : withForeignKeys(t, append(t.foreignKeys(), c.foreignKey())));
        } else if (change instanceof Change.DropForeignKey c) {
            edit(tables, c.table(), t -> withForeignKeys(t,
                    removeFirst(t.foreignKeys(), f -> sameForeignKey(f, c.foreignKey()))));
        } else if (change instanceof Change.AddCheck c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), t.indexes(), t.foreignKeys(), append(t.checks(), c.check()), t.comment()));
        } else if (change instanceof Change.DropCheck c) {
            edit(tables, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), t.indexes(), t.foreignKeys(), removeFirst(t.checks(), k -> sameCheck(k, c.check())), t.comment()));
        } else if (change instanceof Change.SetTableOptions c) {
            Table t = tables.get(c.table());
            if (t != null) tables.put(c.table(), t.withOptions(c.after()));
        } else if (change instanceof Change.CreateSequence c) {
            sequences.add(c.sequence());
        } else if (change instanceof Change.DropSequence c) {
            sequences.removeIf(s -> s.name().equals(c.sequence().name()));
        }
        return new Schema(List.copyOf(tables.values()), sequences);
    }

    // ------------------------------------------------------------------ matching

    static boolean sameUnique(UniqueConstraint a, UniqueConstraint b) {
        return a.columns().equals(b.columns()) && (a.name() == null || b.name() == null || a.name().equals(b.name()));
    }

    static boolean sameIndex(Index a, Index b) {
        if (a.name() != null && b.name() != null) return a.name().equals(b.name());
        return a.columns().equals(b.columns()) && a.unique() == b.unique();
    }

    static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns());
    }

    static boolean sameCheck(CheckConstraint a, CheckConstraint b) {
        if (a.name() != null && b.name() != null) return a.name().equals(b.name());
        return Objects.equals(Expressions.normalize(a.expression()), Expressions.normalize(b.expression()));
    }

    // ------------------------------------------------------------------ edits

    private static void edit(Map<String, Table> tables, String name, UnaryOperator<Table> edit) {
        Table t = tables.get(name);
        // the edits rebuild the Table with the default options: STRICT / WITHOUT ROWID stay
        if (t != null) tables.put(name, edit.apply(t).withOptions(t.options()));
    }

    private static void replaceColumn(Map<String, Table> tables, String table, Column after) {
        edit(tables, table, t -> withColumns(t, t.columns().stream().map(c -> c.name().equals(after.name()) ? after : c).toList()));
    }

    private static void renameColumn(Map<String, Table> tables, String table, String from, String to) {
        UnaryOperator<List<String>> names = cols -> cols.stream().map(c -> c.equals(from) ? to : c).toList();
        edit(tables, table, t -> new Table(t.name(),
                t.columns().stream().map(c -> {
                    Column renamed = c.name().equals(from) ? c.withName(to) : c;
                    return renamed.generatedExpression() == null ? renamed
                            : renamed.withGenerated(renameIdentifier(renamed.generatedExpression(), from, to), renamed.generatedKind());
                }).toList(),
                t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), names.apply(t.primaryKey().columns())),
                t.uniques().stream().map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()))).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(c -> c.name().equals(from) ? new IndexColumn(to, c.descending()) : c).toList(), i.unique())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), names.apply(f.columns()), f.referencedTable(),
                        f.referencedTable().equals(table) ? names.apply(f.referencedColumns()) : f.referencedColumns(),
                        f.onDelete(), f.onUpdate())).toList(),
                t.checks().stream().map(k -> new CheckConstraint(k.name(), renameIdentifier(k.expression(), from, to))).toList(),
                t.comment()));
        tables.replaceAll((n, other) -> n.equals(table) ? other : withForeignKeys(other, other.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(table) ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                        names.apply(f.referencedColumns()), f.onDelete(), f.onUpdate()) : f).toList()));
    }

    /** Replaces the identifier {@code from} (bare or double-quoted, any case) outside string literals. */
    static String renameIdentifier(String expression, String from, String to) {
        if (expression == null) return null;
        Pattern word = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|([A-Za-z_][A-Za-z0-9_$]*)");
        Matcher m = word.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = name != null && name.equalsIgnoreCase(from) ? to : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Table renamed(Table t, String name) {
        return new Table(name, t.columns(), t.primaryKey(), t.uniques(), t.indexes(),
                t.foreignKeys().stream().map(f -> f.referencedTable().equals(t.name()) ? new ForeignKey(f.name(), f.columns(),
                        name, f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList(), t.checks(), t.comment());
    }

    static Table withColumns(Table t, List<Column> columns) {
        return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()).withOptions(t.options());
    }

    static Table withPrimaryKey(Table t, PrimaryKey pk) {
        return new Table(t.name(), t.columns(), pk, t.uniques(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()).withOptions(t.options());
    }

    static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), fks, t.checks(), t.comment()).withOptions(t.options());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> removeFirst(List<T> list, java.util.function.Predicate<T> match) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (match.test(out.get(i))) {
                out.remove(i);
                break;
            }
        }
        return out;
    }
}
