package dev.schemactl.diff;

import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.NullsOrder;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Adds the properties of issue 11 to a generated PostgreSQL schema: mixed-case table names, identity kinds and
 * options and serial on integer primary keys, index method / NULLS order / INCLUDE / predicate, deferrable foreign
 * keys, timestamp without a precision, column collation; NOT VALID and MATCH FULL foreign keys, NOT VALID and NO INHERIT checks,
 * comments on indexes, checks, foreign keys, primary keys and unique constraints (and on their indexes), UNLOGGED tables (outside foreign keys), storage parameters, row level
 * security and replica identity, a sequence sometimes OWNED BY a column and sometimes commented, INCLUDE columns of
 * primary keys and uniques, column compression, storage and statistics targets, expression index keys' statistics
 * targets. Choices depend on each element's name and a variant
 * number, so A and B decorated with the same variant agree and with different variants differ in these
 * properties (which the Differ then has to migrate).
 */
final class PostgresDecorations {
    private PostgresDecorations() {
    }

    /** {@code caseVariant} renames tables (shared by A and B), {@code variant} picks every other property. */
    static Schema decorate(Schema s, int caseVariant, int variant, SqlRenderer renderer) {
        Function<String, String> tableName = name -> pick(name, caseVariant, 3) == 0 ? capitalized(name) : name;
        List<Table> tables = new ArrayList<>();
        // PostgreSQL refuses a logged table's key to an unlogged one: only tables outside every foreign key flip
        java.util.Set<String> inForeignKeys = new java.util.TreeSet<>();
        for (Table t : s.tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                inForeignKeys.add(t.name());
                inForeignKeys.add(f.referencedTable());
            }
        }
        // a table that owns the sequence stays logged: SET UNLOGGED would make the sequence unlogged too (PostgreSQL 15),
        // and the model does not carry a sequence's persistence
        boolean owned = !s.tables().isEmpty() && pick("sequence", variant, 3) != 0 && pick("sequence owned", variant, 3) != 0;
        String ownerTable = owned ? s.tables().get(pick("sequence table", variant, s.tables().size())).name() : null;
        for (Table t : s.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) columns.add(physical(t, column(t, c, variant), variant));
            List<Index> indexes = new ArrayList<>();
            for (Index i : t.indexes()) {
                String key = t.name() + "." + i.columnNames();
                indexes.add(withStatistics(key, commented(key, index(t, i, variant, renderer), variant), variant, renderer));
            }
            List<ForeignKey> fks = new ArrayList<>();
            for (ForeignKey f : t.foreignKeys()) {
                Deferral d = Deferral.values()[pick(t.name() + f.columns(), variant, 3)];
                String fkKey = t.name() + f.columns() + "->";
                fks.add(new ForeignKey(f.name(), f.columns(), tableName.apply(f.referencedTable()), f.referencedColumns(),
                        f.onDelete(), f.onUpdate(), d, null, pick(fkKey + "match", variant, 2) == 0, List.of(),
                        pick(fkKey + "valid", variant, 3) == 0, pick(fkKey + "comment", variant, 3) == 0 ? "fk " + variant : null));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint c : t.checks()) {
                String checkKey = t.name() + "." + c.expression();
                checks.add(new CheckConstraint(c.name(), c.expression(), pick(checkKey + "valid", variant, 3) == 0,
                        pick(checkKey + "comment", variant, 3) == 0 ? "check " + variant : null, pick(checkKey + "inherit", variant, 3) == 0));
            }
            boolean unlogged = !inForeignKeys.contains(t.name()) && !t.name().equals(ownerTable) && pick(t.name() + "unlogged", variant, 4) == 0;
            PrimaryKey pk = t.primaryKey() == null ? null : t.primaryKey().withInclude(included(t, "pk", t.primaryKey().columns(), variant))
                    .withComment(pick(t.name() + " pk comment", variant, 3) == 0 ? "pk " + variant : null)
                    .withIndexComment(pick(t.name() + " pk index comment", variant, 3) == 0 ? "pk index " + variant : null);
            List<UniqueConstraint> uniques = t.uniques().stream().map(u -> u.withInclude(included(t, "unique" + u.columns(), u.columns(), variant))
                    .withComment(pick(t.name() + " unique" + u.columns() + " comment", variant, 3) == 0 ? "unique " + variant : null)
                    .withIndexComment(pick(t.name() + " unique" + u.columns() + " index comment", variant, 3) == 0 ? "unique index " + variant : null)).toList();
            tables.add(new Table(tableName.apply(t.name()), columns, pk, uniques, indexes, fks, checks, t.comment(),
                    null, null, tableOptions(t.name(), unlogged, variant)));
        }
        List<Sequence> sequences = new ArrayList<>(s.sequences());
        if (pick("sequence", variant, 3) != 0) {
            SequenceOwner owner = null;
            if (owned) {
                Table t = tables.get(s.tables().indexOf(s.table(ownerTable).orElseThrow()));
                owner = new SequenceOwner(t.name(), t.columns().get(pick("sequence column", variant, t.columns().size())).name());
            }
            sequences.add(new Sequence(null, "decorated_seq", 1, 1, null, null, null, false, null, owner,
                    pick("sequence comment", variant, 3) == 0 ? "seq " + variant : null));
        }
        return new Schema(tables, sequences);
    }

    private static Column column(Table t, Column c, int variant) {
        String key = t.name() + "." + c.name();
        boolean singleKey = t.primaryKey() != null && t.primaryKey().columns().equals(List.of(c.name()));
        TypeKind kind = c.type().kind();
        if (singleKey && !c.nullable() && c.defaultExpression() == null && c.generatedExpression() == null
                && (kind == TypeKind.INTEGER || kind == TypeKind.BIGINT || kind == TypeKind.SMALLINT)) {
            Identity identity = switch (pick(key, variant, 5)) {
                case 0 -> Identity.BY_DEFAULT;
                case 1 -> Identity.ALWAYS;
                case 2 -> Identity.SERIAL;
                case 3 -> new Identity(Identity.Kind.BY_DEFAULT, 1000L, 10L, null, null, null, false);
                default -> null;
            };
            return c.withIdentity(identity);
        }
        if ((kind == TypeKind.TIMESTAMP || kind == TypeKind.TIME) && Objects.equals(c.type().precision(), 6)
                && pick(key, variant, 2) == 0) {
            return c.withType(ColumnType.temporal(kind, null));
        }
        if ((kind == TypeKind.VARCHAR || kind == TypeKind.TEXT) && pick(key, variant, 3) == 0) {
            return c.withCollation("C");
        }
        return c;
    }

    /** A column's compression and storage (text and varchar) and statistics target (any column), in canonical form. */
    private static Column physical(Table t, Column c, int variant) {
        String key = t.name() + "." + c.name() + " physical";
        List<String> parts = new ArrayList<>();
        if (c.type().kind() == TypeKind.VARCHAR || c.type().kind() == TypeKind.TEXT) {
            int compression = pick(key + "compression", variant, 4);
            if (compression == 0) parts.add("COMPRESSION pglz");
            if (compression == 1) parts.add("COMPRESSION lz4");
            int storage = pick(key + "storage", variant, 4);
            if (storage == 0) parts.add("STORAGE EXTERNAL");
            if (storage == 1) parts.add("STORAGE MAIN");
        }
        int statistics = pick(key + "statistics", variant, 5);
        if (statistics == 0) parts.add("STATISTICS 0");
        if (statistics == 1) parts.add("STATISTICS 500");
        return c.withOptions(parts.isEmpty() ? null : String.join(" ", parts));
    }

    /** Sometimes a column of the table outside the key, as the key's INCLUDE column. */
    private static List<String> included(Table t, String key, List<String> columns, int variant) {
        if (pick(t.name() + " " + key + " include", variant, 3) != 0) return List.of();
        return t.columns().stream().map(Column::name).filter(n -> !columns.contains(n)).limit(1).toList();
    }

    private static Index index(Table t, Index i, int variant, SqlRenderer renderer) {
        String key = t.name() + "." + i.columnNames();
        int choice = pick(key, variant, 5);
        IndexColumn first = i.columns().get(0);
        switch (choice) {
            case 0:
                if (!i.unique() && i.columns().size() == 1) {
                    return new Index(i.name(), List.of(new IndexColumn(first.name(), false)), false, "hash", null, List.of());
                }
                return i;
            case 1: {
                List<IndexColumn> cols = new ArrayList<>();
                for (IndexColumn c : i.columns()) {
                    cols.add(new IndexColumn(c.name(), null, c.descending(), c.descending() ? NullsOrder.LAST : NullsOrder.FIRST));
                }
                return i.withColumns(cols);
            }
            case 2: {
                String extra = t.columns().stream().map(Column::name).filter(n -> !i.columnNames().contains(n))
                        .findFirst().orElse(null);
                return extra == null ? i : new Index(i.name(), i.columns(), i.unique(), null, null, List.of(extra));
            }
            case 3:
                return new Index(i.name(), i.columns(), i.unique(), null, renderer.quote(first.name()) + " IS NOT NULL", List.of());
            default:
                return i;
        }
    }

    /**
     * Some plain btree indexes get an expression key, chosen by the index alone (so A and B mostly agree), whose statistics
     * target depends on the variant (ALTER INDEX ... ALTER COLUMN n SET STATISTICS).
     */
    private static Index withStatistics(String key, Index i, int variant, SqlRenderer renderer) {
        if (i.unique() || i.method() != null || i.columns().get(0).isExpression() || pick(key + "expression", 0, 3) != 0) return i;
        List<IndexColumn> columns = new ArrayList<>(i.columns());
        columns.add(IndexColumn.ofExpression(renderer.quote(i.columns().get(0).name()) + " IS NULL", false, null));
        int target = pick(key + "statistics", variant, 3);
        List<Integer> targets = new ArrayList<>(java.util.Collections.nCopies(columns.size(), (Integer) null));
        targets.set(columns.size() - 1, target == 0 ? null : target * 500);
        return i.withColumns(columns).withKeyStatistics(targets);
    }

    /** Some indexes get a comment that depends on the variant (COMMENT ON INDEX). */
    private static Index commented(String key, Index i, int variant) {
        if (pick(key + "comment", variant, 3) != 0) return i;
        return i.withComment("index " + variant);
    }

    private static int pick(String key, int variant, int choices) {
        return Math.floorMod((key + "#" + variant).hashCode() * 31 + variant, choices);
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** PostgreSQL table options in the model's canonical spelling: UNLOGGED, storage parameters, row security, replica identity. */
    private static String tableOptions(String table, boolean unlogged, int variant) {
        List<String> parts = new ArrayList<>();
        if (unlogged) parts.add("UNLOGGED");
        List<String> storage = new ArrayList<>();
        if (pick(table + "autovacuum", variant, 4) == 0) storage.add("autovacuum_enabled=false");
        int fill = pick(table + "fillfactor", variant, 5);
        if (fill > 2) storage.add("fillfactor=" + (50 + 10 * fill));
        if (!storage.isEmpty()) parts.add("WITH (" + String.join(", ", storage) + ")");
        int security = pick(table + "row security", variant, 5);
        if (security > 2) parts.add("ENABLE ROW LEVEL SECURITY");
        if (security == 4) parts.add("FORCE ROW LEVEL SECURITY");
        int replica = pick(table + "replica identity", variant, 6);
        if (replica == 0) parts.add("REPLICA IDENTITY FULL");
        if (replica == 1) parts.add("REPLICA IDENTITY NOTHING");
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
