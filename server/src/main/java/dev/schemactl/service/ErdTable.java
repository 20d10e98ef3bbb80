package dev.schemactl.service;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** One table as a diagram draws it: its columns with type spelling and keys (PK, FK, UK), in declared order. */
record ErdTable(String name, List<ErdColumn> columns) {

    record ErdColumn(String name, String type, boolean nullable, List<String> keys) {
    }

    static ErdTable of(Table t, TypeNames types) {
        List<ErdColumn> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            List<String> keys = new ArrayList<>();
            if (t.primaryKey() != null && t.primaryKey().columns().contains(c.name())) keys.add("PK");
            if (t.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cols -> cols.contains(c.name()))) keys.add("FK");
            boolean unique = t.uniques().stream().map(UniqueConstraint::columns).anyMatch(cols -> cols.equals(List.of(c.name())))
                    || t.indexes().stream().filter(Index::unique)
                    .anyMatch(i -> i.columns().stream().map(IndexColumn::name).toList().equals(List.of(c.name())));
            if (unique && !keys.contains("PK")) keys.add("UK");
            columns.add(new ErdColumn(c.name(), spell(types, c), c.nullable(), keys));
        }
        return new ErdTable(t.name(), columns);
    }

    private static String spell(TypeNames types, Column c) {
        try {
            return types.format(c.type());
        } catch (RuntimeException e) {
            return c.type().toString();
        }
    }
}
