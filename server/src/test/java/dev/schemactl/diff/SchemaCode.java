package dev.schemactl.diff;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a schema as Java code over {@link Fixtures}' builders, so that a shrunk counterexample of a
 * property can be pasted into a regression test as it is. Covers what the round-trip generators produce
 * (unnamed keys, no identity, generated columns, comments or sequences).
 */
final class SchemaCode {
    private SchemaCode() {
    }

    static String of(Schema schema) {
        return schema.tables().stream().map(SchemaCode::table)
                .collect(Collectors.joining(",\n        ", "schema(List.of(\n        ", "))"));
    }

    private static String table(Table t) {
        StringBuilder b = new StringBuilder("table(").append(str(t.name())).append(")");
        b.append(".col(").append(t.columns().stream().map(SchemaCode::column).collect(Collectors.joining(", "))).append(")");
        if (t.primaryKey() != null) b.append(".pk(").append(strs(t.primaryKey().columns())).append(")");
        for (UniqueConstraint u : t.uniques()) b.append(".unique(").append(strs(u.columns())).append(")");
        for (Index i : t.indexes()) {
            b.append(i.unique() ? ".uniqueIndex(" : ".index(")
                    .append(i.columns().stream().map(c -> str(c.name() + (c.descending() ? " desc" : "")))
                            .collect(Collectors.joining(", "))).append(")");
        }
        for (ForeignKey f : t.foreignKeys()) {
            b.append(".fk(null, List.of(").append(strs(f.columns())).append("), ").append(str(f.referencedTable()))
                    .append(", List.of(").append(strs(f.referencedColumns())).append("), ")
                    .append(action(f.onDelete()))
                    .append(f.onUpdate() == ReferentialAction.NO_ACTION ? "" : ", " + action(f.onUpdate())).append(")");
        }
        for (CheckConstraint c : t.checks()) b.append(".check(").append(str(c.expression())).append(")");
        return b.append(".build()").toString();
    }

    private static String action(ReferentialAction a) {
        return a == ReferentialAction.NO_ACTION ? "null" : "ReferentialAction." + a.name();
    }

    private static String column(Column c) {
        String s = (c.nullable() ? "col(" : "notNull(") + str(c.name()) + ", " + type(c.type()) + ")";
        if (c.defaultExpression() != null) s += ".withDefault(" + str(c.defaultExpression()) + ")";
        // MariaDB attributes the generator draws: a counterexample printed without them would not reproduce
        if (c.collation() != null) s += ".withCollation(" + str(c.collation()) + ")";
        if (c.onUpdate() != null) s += ".withOnUpdate(" + str(c.onUpdate()) + ")";
        return s;
    }

    static String type(ColumnType t) {
        String kind = "TypeKind." + t.kind().name();
        if (t.kind() == TypeKind.DECIMAL && t.precision() != null) return "ColumnType.decimal(" + t.precision() + ", " + t.scale() + ")";
        if (t.length() != null) return "ColumnType.sized(" + kind + ", " + t.length() + ")";
        if (t.precision() != null) return "ColumnType.temporal(" + kind + ", " + t.precision() + ")";
        return "ColumnType.of(" + kind + ")";
    }

    private static String strs(List<String> values) {
        return values.stream().map(SchemaCode::str).collect(Collectors.joining(", "));
    }

    static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
