package dev.schemactl.diff;

/**
 * Whether a foreign key kept from {@code fromTable} (named {@code fromName}) already has the name the desired state
 * gives it on {@code toTable} ({@code toName}), on an engine that cannot rename one (see
 * {@link Differ#rebuildingRenamedForeignKeys}). The tables differ when the plan renames the table; both names are
 * non-null.
 */
@FunctionalInterface
public interface ForeignKeyNames {
    boolean same(String fromTable, String fromName, String toTable, String toName);
}
