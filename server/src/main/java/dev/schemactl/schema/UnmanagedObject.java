package dev.schemactl.schema;

import java.util.Objects;

/**
 * Something the inspector saw but the model cannot carry (view, materialized view, function, procedure,
 * trigger, domain, policy, rule, exclusion constraint, partition, extension, ...). Plans never drop or recreate
 * it; they list it and refuse to touch what depends on it. {@code kind} is a lower-case word such as
 * {@code view} or {@code trigger}; {@code table} names the table it belongs to (triggers, policies,
 * partitions) or is null; {@code definition} is its DDL when known, else null.
 */
public record UnmanagedObject(String kind, String schema, String name, String table, String definition) {
    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public UnmanagedObject(String kind, String name) {
        this(kind, null, name, null, null);
    }
}
