package dev.schemactl.diff;

import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rename hints with their tables named by key ({@link TableName#key()}), as the Differ looks tables up. A hint names a
 * table by key ({@code billing.items.qty=quantity}, {@code items.qty=quantity} for the default schema's) or, as before
 * several schemas could hold one name, by a bare name that only one table has ({@code invoices.total=amount} for
 * billing.invoices when no other schema has an invoices). A table's new name stays in the old one's schema.
 */
final class RenameTargets {

    private RenameTargets() {
    }

    static Renames resolve(Renames renames, Schema from, Schema to) {
        if (renames.tables().isEmpty() && renames.columns().isEmpty()) return renames;
        Map<String, String> tables = new TreeMap<>();
        renames.tables().forEach((oldRef, newRef) -> {
            String oldKey = key(oldRef, from);
            Table old = from.tables().stream().filter(t -> t.key().equals(oldKey)).findFirst().orElse(null);
            String sameSchema = old == null ? null : TableName.key(old.schema(), newRef);
            boolean inSchema = sameSchema != null && to.tables().stream().anyMatch(t -> t.key().equals(sameSchema));
            tables.put(oldKey, inSchema ? sameSchema : key(newRef, to));
        });
        Map<String, Map<String, String>> columns = new TreeMap<>();
        renames.columns().forEach((ref, renamed) -> {
            String key = key(ref, from);
            if (key.equals(ref)) key = key(ref, to);
            columns.computeIfAbsent(key, k -> new TreeMap<>()).putAll(renamed);
        });
        return new Renames(tables, columns);
    }

    /** The key of the table {@code ref} names in {@code schema}: itself when a table has that key, else the one table of that bare name. */
    private static String key(String ref, Schema schema) {
        if (schema.tables().stream().anyMatch(t -> t.key().equals(ref))) return ref;
        List<Table> named = schema.tables().stream().filter(t -> t.name().equals(ref)).toList();
        return named.size() == 1 ? Objects.requireNonNull(named.get(0).key()) : ref;
    }
}
