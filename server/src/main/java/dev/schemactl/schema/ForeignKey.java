package dev.schemactl.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code referencedSchema} is null for the configured default schema. PostgreSQL's own parts:
 * {@code matchFull} ({@code MATCH FULL}: a key with some but not all columns null is refused; otherwise MATCH SIMPLE),
 * {@code onDeleteColumns} (the columns of {@code ON DELETE SET NULL (...)} / {@code SET DEFAULT (...)}, PostgreSQL 15;
 * empty for all of them), {@code notValid} ({@code NOT VALID}: the rows there when it was added are not checked) and
 * {@code comment} ({@code COMMENT ON CONSTRAINT}, null for none). {@code keyOrder}: MariaDB's; the place, in its table's
 * key order (see {@link Index#keyOrder()}), of the index the server made for this key under its name (which the
 * inspector leaves out of the indexes: creating the key makes it again), {@link Index#NO_KEY_ORDER} when there is
 * none or the source has no key order. A rendering hint only, ignored by {@link #equals} and {@link #hashCode}: a table
 * created from a definition with it writes that index at its place, so the keys come out in the original order.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral,
                         String referencedSchema, boolean matchFull, List<String> onDeleteColumns, boolean notValid,
                         String comment, @JsonIgnore int keyOrder) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferral = Deferral.orDefault(deferral);
        onDeleteColumns = onDeleteColumns == null ? List.of() : List.copyOf(onDeleteColumns);
    }

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral, String referencedSchema,
                      boolean matchFull, List<String> onDeleteColumns, boolean notValid, String comment) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema, matchFull,
                onDeleteColumns, notValid, comment, Index.NO_KEY_ORDER);
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
                matchFull, onDeleteColumns, notValid, comment, keyOrder);
    }

    /** The same key over other columns (a column renamed: its name changes in ON DELETE SET NULL (...) too). */
    public ForeignKey withColumns(List<String> newColumns) {
        List<String> setColumns = onDeleteColumns.stream().map(c -> {
            int at = columns.indexOf(c);
            return at >= 0 && at < newColumns.size() ? newColumns.get(at) : c;
        }).toList();
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, setColumns, notValid, comment, keyOrder);
    }

    /** The same key referencing another table's columns (that table or its columns renamed). */
    public ForeignKey withReferenced(String newReferencedTable, List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, newReferencedTable, newReferencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment, keyOrder);
    }

    public ForeignKey withNotValid(boolean newNotValid) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, newNotValid, comment, keyOrder);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment, keyOrder);
    }

    public ForeignKey withKeyOrder(int newKeyOrder) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment, newKeyOrder);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForeignKey f && Objects.equals(name, f.name) && columns.equals(f.columns)
                && Objects.equals(referencedTable, f.referencedTable) && referencedColumns.equals(f.referencedColumns)
                && onDelete == f.onDelete && onUpdate == f.onUpdate && deferral == f.deferral
                && Objects.equals(referencedSchema, f.referencedSchema) && matchFull == f.matchFull
                && onDeleteColumns.equals(f.onDeleteColumns) && notValid == f.notValid && Objects.equals(comment, f.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral, referencedSchema,
                matchFull, onDeleteColumns, notValid, comment);
    }
}
