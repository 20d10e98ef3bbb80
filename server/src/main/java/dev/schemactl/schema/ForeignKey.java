package dev.schemactl.schema;

import java.util.List;

/** A foreign key. {@code referencedSchema} is null for the configured default schema. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral,
                         String referencedSchema) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferral = Deferral.orDefault(deferral);
    }

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, Deferral.NOT_DEFERRABLE, null);
    }

    public ForeignKey withDeferral(Deferral newDeferral) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newDeferral, referencedSchema);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema);
    }
}
