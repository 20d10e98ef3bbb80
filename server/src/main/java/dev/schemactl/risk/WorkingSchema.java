package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The schema as it is at one point of a migration: the live schema with every change parsed so far applied. The SQL
 * parser asks it what a statement acts on (the full definition of a dropped column, the type a column has before an
 * ALTER, which kind of constraint {@code DROP CONSTRAINT x} drops) so that hand-written SQL becomes the same complete
 * Changes a plan carries. Names match exactly first, then ignoring case.
 */
final class WorkingSchema {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    WorkingSchema(Schema live) {
        for (Table t : live.tables()) tables.put(t.key(), t);
    }

    /**
     * The table of that key ({@link dev.schemactl.schema.TableName#key()}), exactly, then ignoring case, then (a name
     * the SQL left unqualified) the first table of that bare name.
     */
    Optional<Table> table(String key) {
        if (key == null) return Optional.empty();
        Table exact = tables.get(key);
        if (exact != null) return Optional.of(exact);
        return tables.values().stream().filter(t -> t.key().equalsIgnoreCase(key)).findFirst()
                .or(() -> tables.values().stream().filter(t -> t.name().equalsIgnoreCase(key)).findFirst());
    }

    /** The table's key as the schema spells it, or the name given when the table is unknown. */
    String tableName(String key) {
        return table(key).map(Table::key).orElse(key);
    }

    Optional<Column> column(String table, String column) {
        return table(table).flatMap(t -> t.columns().stream()
                .filter(c -> c.name().equals(column)).findFirst()
                .or(() -> t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst()));
    }

    /**
     * The change that drops the constraint (or, MariaDB's ALTER TABLE DROP INDEX, the index) named {@code name} on
     * {@code table}: DropForeignKey, DropCheck, DropUnique, DropPrimaryKey or DropIndex; empty when no such name.
     */
    Optional<Change> dropConstraint(String table, String name) {
        Optional<Table> found = table(table);
        if (found.isEmpty()) return Optional.empty();
        Table t = found.get();
        for (ForeignKey f : t.foreignKeys()) {
            if (same(f.name(), name)) return Optional.of(new Change.DropForeignKey(t.key(), f));
        }
        for (CheckConstraint c : t.checks()) {
            if (same(c.name(), name)) return Optional.of(new Change.DropCheck(t.key(), c));
        }
        for (UniqueConstraint u : t.uniques()) {
            if (same(u.name(), name)) return Optional.of(new Change.DropUnique(t.key(), u));
        }
        if (t.primaryKey() != null && (same(t.primaryKey().name(), name) || "primary".equalsIgnoreCase(name))) {
            return Optional.of(new Change.DropPrimaryKey(t.key(), t.primaryKey()));
        }
        for (Index i : t.indexes()) {
            if (same(i.name(), name)) return Optional.of(new Change.DropIndex(t.key(), i));
        }
        return Optional.empty();
    }

    /**
     * The table holding an index named {@code name} (index names are schema-wide on PostgreSQL and H2): of
     * {@code indexSchema} (null: the default schema's first, then any) when no table is named.
     */
    Optional<Change.DropIndex> dropIndex(String table, String indexSchema, String name) {
        List<Table> candidates = new ArrayList<>(tables.values());
        if (indexSchema != null) candidates.removeIf(t -> !indexSchema.equals(t.schema()));
        for (Table t : candidates) {
            if (table != null && !t.name().equalsIgnoreCase(table) && !t.key().equalsIgnoreCase(table)) continue;
            for (Index i : t.indexes()) {
                if (same(i.name(), name)) return Optional.of(new Change.DropIndex(t.key(), i));
            }
            for (UniqueConstraint u : t.uniques()) {
                // a unique index the inspector models as a constraint
                if (same(u.name(), name)) {
                    return Optional.of(new Change.DropIndex(t.key(), new Index(u.name(),
                            u.columns().stream().map(dev.schemactl.schema.IndexColumn::asc).toList(), true)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    /** Applies a change, so later statements see its result. */
    void apply(Change change) {
        if (change instanceof Change.CreateTable c) {
            tables.put(c.table(), c.definition());
        } else if (change instanceof Change.DropTable c) {
            table(c.table()).ifPresent(t -> tables.remove(t.key()));
        } else if (change instanceof Change.RenameTable c) {
            table(c.table()).ifPresent(t -> {
                tables.remove(t.key());
                Table renamed = t.withName(c.newName());
                tables.put(renamed.key(), renamed);
            });
        } else if (change instanceof Change.AddColumn c) {
            update(c.table(), t -> {
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(c.column());
                return with(t, columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks());
            });
        } else if (change instanceof Change.DropColumn c) {
            update(c.table(), t -> with(t, t.columns().stream().filter(x -> !x.name().equalsIgnoreCase(c.column().name())).toList(),
                    t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.RenameColumn c) {
            update(c.table(), t -> with(t, t.columns().stream()
                            .map(x -> x.name().equalsIgnoreCase(c.column().name()) ? x.withName(c.newName()) : x).toList(),
                    t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.MoveColumn c) {
            update(c.table(), t -> with(t, moved(t.columns(), c), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.AlterColumnType c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.SetNullable c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.SetDefault c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.SetIdentity c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.DropGeneration c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.SetColumnComment c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.SetColumnOptions c) {
            replaceColumn(c.table(), c.after());
        } else if (change instanceof Change.AddPrimaryKey c) {
            update(c.table(), t -> with(t, t.columns(), c.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.DropPrimaryKey c) {
            update(c.table(), t -> with(t, t.columns(), null, t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.AddUnique c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), plus(t.uniques(), c.unique()), t.indexes(),
                    t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.DropUnique c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), minus(t.uniques(), c.unique()), t.indexes(),
                    t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.CreateIndex c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), plus(t.indexes(), c.index()),
                    t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.DropIndex c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes().stream()
                    .filter(i -> !same(i.name(), c.index().name()) && !i.equals(c.index())).toList(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.RenameIndex c) {
            // MariaDB's RENAME INDEX names a unique key as well as an index
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques().stream()
                            .map(u -> same(u.name(), c.name()) ? u.withName(c.newName()) : u).toList(),
                    t.indexes().stream().map(i -> same(i.name(), c.name()) ? i.withName(c.newName()) : i).toList(),
                    t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.SetIndexStatistics c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes().stream()
                    .map(i -> same(i.name(), c.after().name()) ? i.withKeyStatistics(c.after().keyStatistics()) : i).toList(),
                    t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.SetIndexIgnored c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes().stream()
                    .map(i -> same(i.name(), c.index().name()) ? i.withIgnored(c.ignored()) : i).toList(), t.foreignKeys(), t.checks()));
        } else if (change instanceof Change.AddForeignKey c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes(),
                    plus(t.foreignKeys(), c.foreignKey()), t.checks()));
        } else if (change instanceof Change.DropForeignKey c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes(),
                    minus(t.foreignKeys(), c.foreignKey()), t.checks()));
        } else if (change instanceof Change.SetTableOptions c) {
            update(c.table(), t -> t.withOptions(c.after()));
        } else if (change instanceof Change.AddPeriod c) {
            update(c.table(), t -> t.withPeriods(plus(t.periods(), c.period())));
        } else if (change instanceof Change.DropPeriod c) {
            update(c.table(), t -> t.withPeriods(t.periods().stream().filter(x -> !x.name().equals(c.period().name())).toList()));
        } else if (change instanceof Change.AddCheck c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(),
                    plus(t.checks(), c.check())));
        } else if (change instanceof Change.DropCheck c) {
            update(c.table(), t -> with(t, t.columns(), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(),
                    minus(t.checks(), c.check())));
        }
    }

    /** The columns with the moved one taken out and put where the move says (first, or after a column). */
    private static List<Column> moved(List<Column> columns, Change.MoveColumn move) {
        List<Column> out = new ArrayList<>(columns.stream().filter(x -> !x.name().equalsIgnoreCase(move.column().name())).toList());
        int at = 0;
        if (move.position() instanceof dev.schemactl.diff.ColumnPosition.After a) {
            for (int i = 0; i < out.size(); i++) if (out.get(i).name().equalsIgnoreCase(a.column())) at = i + 1;
        }
        out.add(at, move.column());
        return out;
    }

    private void replaceColumn(String table, Column column) {
        update(table, t -> with(t, t.columns().stream().map(x -> x.name().equalsIgnoreCase(column.name()) ? column : x).toList(),
                t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks()));
    }

    private void update(String table, UnaryOperator<Table> change) {
        table(table).ifPresent(t -> tables.put(t.key(), change.apply(t)));
    }

    private static Table with(Table t, List<Column> columns, PrimaryKey pk, List<UniqueConstraint> uniques, List<Index> indexes,
                              List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
        return new Table(t.name(), columns, pk, uniques, indexes, foreignKeys, checks, t.comment(), t.schema(), t.collation(),
                t.options(), t.periods());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> minus(List<T> list, T item) {
        return list.stream().filter(x -> !Objects.equals(x, item) && !sameName(x, item)).toList();
    }

    private static boolean sameName(Object a, Object b) {
        String na = nameOf(a);
        String nb = nameOf(b);
        return na != null && na.toLowerCase(Locale.ROOT).equals(nb == null ? null : nb.toLowerCase(Locale.ROOT));
    }

    private static String nameOf(Object o) {
        if (o instanceof ForeignKey f) return f.name();
        if (o instanceof CheckConstraint c) return c.name();
        if (o instanceof UniqueConstraint u) return u.name();
        if (o instanceof Index i) return i.name();
        return null;
    }
}
