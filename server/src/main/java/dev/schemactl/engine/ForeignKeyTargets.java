package dev.schemactl.engine;

import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an engine asks of the referenced side when it creates a foreign key: a key over the referenced columns and
 * column types the referencing ones can be compared with. Used to tell, before a plan is written, that a foreign key it
 * keeps (or drops and adds again around a key or type change) could not be created.
 */
public interface ForeignKeyTargets {

    /**
     * Why a foreign key from columns of these types to these columns of {@code referenced} cannot be created, or null
     * when it can, e.g. {@code "accounts has no primary key or unique constraint over (id)"}.
     */
    default String whyNot(Table referenced, List<String> columns, List<ColumnType> referencingTypes) {
        for (String c : columns) {
            if (referenced.column(c).isEmpty()) return "column " + referenced.key() + "." + c + " does not exist";
        }
        if (!hasKey(referenced, columns)) return keyMissing(referenced, columns);
        for (int i = 0; i < columns.size() && i < referencingTypes.size(); i++) {
            ColumnType to = referenced.column(columns.get(i)).orElseThrow().type();
            if (!comparable(referencingTypes.get(i), to)) {
                return "column " + referenced.key() + "." + columns.get(i) + " is " + spelled(to) + ", which a "
                        + spelled(referencingTypes.get(i)) + " column cannot reference";
            }
        }
        return null;
    }

    /** True when the table has a key the engine accepts under a foreign key to these columns. */
    boolean hasKey(Table referenced, List<String> columns);

    /** What is missing when {@link #hasKey} is false. */
    String keyMissing(Table referenced, List<String> columns);

    /** True when a column of type {@code from} can reference one of type {@code to}. */
    boolean comparable(ColumnType from, ColumnType to);

    private static String spelled(ColumnType t) {
        return t.raw() != null ? t.raw() : t.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The SQL standard's rule (PostgreSQL, H2): a primary key, a unique constraint that is not deferrable, or a plain
     * unique index (no predicate, no expression) over exactly the referenced columns, in any order. Types are not
     * judged here; engines whose rules are known say more.
     */
    ForeignKeyTargets UNIQUE_KEY = new ForeignKeyTargets() {
        @Override
        public boolean hasKey(Table t, List<String> columns) {
            Set<String> wanted = new TreeSet<>(columns);
            if (t.primaryKey() != null && new TreeSet<>(t.primaryKey().columns()).equals(wanted)) return true;
            for (UniqueConstraint u : t.uniques()) {
                if (u.deferral() == Deferral.NOT_DEFERRABLE && new TreeSet<>(u.columns()).equals(wanted)) return true;
            }
            for (Index i : t.indexes()) {
                if (i.unique() && i.predicate() == null && i.columns().stream().allMatch(k -> k.expression() == null && k.name() != null)
                        && new TreeSet<>(i.columnNames()).equals(wanted)) return true;
            }
            return false;
        }

        @Override
        public String keyMissing(Table t, List<String> columns) {
            return t.key() + " has no primary key or unique constraint over (" + String.join(",", columns) + ")";
        }

        @Override
        public boolean comparable(ColumnType from, ColumnType to) {
            return true;
        }
    };

    /** True when the index's key columns start with the given columns, in this order, whole (no prefix, no expression). */
    static boolean leads(List<IndexColumn> key, List<String> columns) {
        if (key.size() < columns.size()) return false;
        for (int i = 0; i < columns.size(); i++) {
            IndexColumn k = key.get(i);
            if (k.expression() != null || k.prefixLength() != null || !Objects.equals(k.name(), columns.get(i))) return false;
        }
        return true;
    }
}
