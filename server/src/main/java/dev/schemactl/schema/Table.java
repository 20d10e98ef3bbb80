package dev.schemactl.schema;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One table. Columns keep their declared order; every other list is sorted by name so that two
 * equal tables are equal records regardless of the order a catalog or a model returned them in.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                    String comment) {

    public Table {
        columns = List.copyOf(columns);
        // names may be null (desired models often leave them to the engine): order nulls last, then by content
        uniques = sorted(uniques, Comparator.<UniqueConstraint, String>comparing(u -> String.join(",", u.columns()))
                .thenComparing(UniqueConstraint::name, NULLS_LAST));
        indexes = sorted(indexes, Comparator.comparing(Index::name, NULLS_LAST)
                .thenComparing(i -> i.columns().toString()).thenComparing(Index::unique));
        foreignKeys = sorted(foreignKeys, Comparator.<ForeignKey, String>comparing(f -> String.join(",", f.columns()) + "->" + f.referencedTable())
                .thenComparing(f -> String.join(",", f.referencedColumns())).thenComparing(ForeignKey::name, NULLS_LAST));
        checks = sorted(checks, Comparator.comparing(CheckConstraint::name, NULLS_LAST)
                .thenComparing(CheckConstraint::expression, NULLS_LAST));
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        if (items == null || items.isEmpty()) return List.of();
        if (items.size() == 1) return Collections.singletonList(items.get(0)); // unmodifiable, like toList()
        return items.stream().sorted(order).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
