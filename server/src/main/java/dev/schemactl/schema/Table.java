package dev.schemactl.schema;

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
        uniques = sorted(uniques, Comparator.comparing(u -> String.join(",", u.columns())));
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        foreignKeys = sorted(foreignKeys, Comparator.comparing(f -> String.join(",", f.columns()) + "->" + f.referencedTable()));
        checks = sorted(checks, Comparator.comparing(CheckConstraint::name));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items == null ? List.of() : items.stream().sorted(order).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
