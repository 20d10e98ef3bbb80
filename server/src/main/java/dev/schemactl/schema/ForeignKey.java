package dev.schemactl.schema;

import java.util.List;

/**
 * A foreign key. {@code referencedSchema} is null for the configured default schema. PostgreSQL's own parts:
 * {@code matchFull} ({@code MATCH FULL}: a key with some but not all columns null is refused; otherwise MATCH SIMPLE),
 * {@code onDeleteColumns} (the columns of {@code ON DELETE SET NULL (...)} / {@code SET DEFAULT (...)}, PostgreSQL 15;
 * empty for all of them), {@code notValid} ({@code NOT VALID}: the rows there when it was added are not checked) and
 * {@code comment} ({@code COMMENT ON CONSTRAINT}, null for none).
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral,
                         String referencedSchema, boolean matchFull, List<String> onDeleteColumns, boolean notValid,
                         String comment) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferral = Deferral.orDefault(deferral);
        onDeleteColumns = onDeleteColumns == null ? List.of() : List.copyOf(onDeleteColumns);
    }

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral, String referencedSchema) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema, false, List.of(),
                false, null);
    }

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, Deferral.NOT_DEFERRABLE, null);
    }

    /** The key of the referenced table ({@link TableName#key()}). */
    public String referencedKey() {
        return TableName.key(referencedSchema, referencedTable);
    }

    public ForeignKey withDeferral(Deferral newDeferral) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newDeferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment);
    }

    /** The same key over other columns (a column renamed: its name changes in ON DELETE SET NULL (...) too). */
    public ForeignKey withColumns(List<String> newColumns) {
        List<String> setColumns = onDeleteColumns.stream().map(c -> {
            int at = columns.indexOf(c);
            return at >= 0 && at < newColumns.size() ? newColumns.get(at) : c;
        }).toList();
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, setColumns, notValid, comment);
    }

    /** The same key referencing another table's columns (that table or its columns renamed). */
    public ForeignKey withReferenced(String newReferencedTable, List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, newReferencedTable, newReferencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment);
    }

    public ForeignKey withNotValid(boolean newNotValid) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, newNotValid, comment);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment);
    }
}
