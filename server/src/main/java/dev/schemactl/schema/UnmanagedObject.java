package dev.schemactl.schema;

import java.util.List;
import java.util.Objects;

/**
 * Something the inspector saw but the model cannot carry (view, materialized view, function, procedure,
 * trigger, domain, policy, rule, exclusion constraint, partition, child table (INHERITS), extension, ...). Plans list it
 * and refuse to touch what depends on it; they drop or create one only from the desired state's own definition of it. {@code kind} is a lower-case word such as
 * {@code view} or {@code trigger}; {@code table} names the table it belongs to (triggers, policies,
 * partitions) or is null; {@code definition} is its DDL when known, else null.
 *
 * @param dependsOn what the catalog says it depends on, as {@code table} or {@code table.column} (tables by their key,
 *                  {@link TableName#key()}: qualified outside the default schema), sorted; a plan that drops, renames or retypes one of them must not run
 */
public record UnmanagedObject(String kind, String schema, String name, String table, String definition,
                              List<String> dependsOn) {
    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        dependsOn = dependsOn == null ? List.of() : dependsOn.stream().distinct().sorted().toList();
    }

    public UnmanagedObject(String kind, String schema, String name, String table, String definition) {
        this(kind, schema, name, table, definition, List.of());
    }

    public UnmanagedObject(String kind, String name) {
        this(kind, null, name, null, null, List.of());
    }

    /** "view public.film_list", "trigger last_updated on actor", "child table payment_p2007_01 of payment". */
    public String label() {
        String qualified = schema == null ? name : schema + "." + name;
        boolean ofParent = kind.equals("partition") || kind.equals("child table");
        return kind + " " + qualified + (table == null || ofParent ? "" : " on " + table)
                + (ofParent && table != null ? " of " + table : "");
    }

    /**
     * True when dropping, renaming or retyping the table of key {@code tableName} ({@link TableName#key()}; or its
     * column {@code column}, when not null) touches it.
     */
    public boolean dependsOn(String tableName, String column) {
        if (column == null) {
            if (table != null && tableName.equals(TableName.key(schema, table))) return true;
            return dependsOn.stream().anyMatch(d -> d.equals(tableName) || d.startsWith(tableName + "."));
        }
        return dependsOn.contains(tableName + "." + column);
    }
}
