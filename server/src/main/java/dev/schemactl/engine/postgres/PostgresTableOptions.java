package dev.schemactl.engine.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL table's options as the model's {@code Table.options} spells them, one canonical string so that
 * equal options are equal strings: {@code UNLOGGED}, {@code OF type} of a typed table, {@code USING am} of a table of
 * another table access method than heap ({@code CREATE ACCESS METHOD heap2 TYPE TABLE ...}), the storage parameters {@code WITH (fillfactor=70,
 * toast.autovacuum_enabled=false)} in the order the table was given them (the catalog's, which pg_dump prints; the
 * Differ compares them as a set), {@code ENABLE ROW LEVEL SECURITY}, {@code FORCE ROW LEVEL
 * SECURITY} and {@code REPLICA IDENTITY FULL | NOTHING | USING INDEX "name"}, in that order, each only when it is
 * not the default. Row level security and the replica identity change who sees which rows and what logical
 * replication sends: a plan that dropped them silently would change behaviour.
 */
record PostgresTableOptions(boolean unlogged, String ofType, String accessMethod, Map<String, String> storage, boolean rowSecurity, boolean forceRowSecurity,
                            String replicaIdentity) {

    static final PostgresTableOptions NONE = new PostgresTableOptions(false, null, null, Map.of(), false, false, null);

    private static final Pattern CANONICAL = Pattern.compile(
            "^(UNLOGGED)?\\s*(?:OF ((?:\"(?:[^\"]|\"\")*\"|[^\\s\"])+))?\\s*(?:USING ((?:\"(?:[^\"]|\"\")*\"|[^\\s\"])+))?\\s*(?:WITH \\(([^)]*)\\))?\\s*(ENABLE ROW LEVEL SECURITY)?\\s*(FORCE ROW LEVEL SECURITY)?\\s*(?:REPLICA IDENTITY (.+))?$");

    PostgresTableOptions {
        // in the order given (the catalog keeps the order a table was given them, and pg_dump prints it); a map without
        // an order of its own is sorted, so that the output never depends on hashing
        storage = Collections.unmodifiableMap(storage instanceof LinkedHashMap || storage instanceof java.util.SortedMap
                ? new LinkedHashMap<>(storage) : new LinkedHashMap<>(new TreeMap<>(storage)));
    }

    /** The options a model string names; null or blank: none. */
    static PostgresTableOptions parse(String options) {
        if (options == null || options.isBlank()) return NONE;
        Matcher m = CANONICAL.matcher(options.strip());
        if (!m.matches()) throw new IllegalArgumentException("not PostgreSQL table options: " + options);
        Map<String, String> storage = new LinkedHashMap<>();
        if (m.group(4) != null) {
            for (String pair : m.group(4).split(",")) {
                int eq = pair.indexOf('=');
                if (eq < 0) throw new IllegalArgumentException("not a storage parameter: " + pair);
                storage.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new PostgresTableOptions(m.group(1) != null, m.group(2), m.group(3), storage, m.group(5) != null, m.group(6) != null, m.group(7));
    }

    /**
     * The options as the catalog states them: relpersistence 'u', the table access method's name (null for heap), reloptions of the table and of its TOAST table
     * ({@code name=value} each), relrowsecurity, relforcerowsecurity, relreplident ('d' default, 'f', 'n', 'i' with
     * the index's name).
     */
    static String fromCatalog(boolean unlogged, String ofType, String accessMethod, List<String> reloptions, List<String> toastOptions, boolean rowSecurity,
                              boolean forceRowSecurity, String replident, String replicaIndex) {
        Map<String, String> storage = new LinkedHashMap<>();
        reloptions.forEach(o -> put(storage, "", o));
        toastOptions.forEach(o -> put(storage, "toast.", o));
        String replica = switch (replident == null ? "d" : replident) {
            case "f" -> "FULL";
            case "n" -> "NOTHING";
            case "i" -> replicaIndex == null ? null : "USING INDEX " + PostgresNames.quote(replicaIndex);
            default -> null;
        };
        String method = accessMethod == null || accessMethod.equals("heap") ? null : PostgresNames.quote(accessMethod);
        return new PostgresTableOptions(unlogged, ofType, method, storage, rowSecurity, forceRowSecurity, replica).format();
    }

    private static void put(Map<String, String> storage, String prefix, String option) {
        int eq = option.indexOf('=');
        if (eq > 0) storage.put(prefix + option.substring(0, eq), option.substring(eq + 1));
    }

    /** The canonical string; null when every option is the default. */
    String format() {
        List<String> parts = new ArrayList<>();
        if (unlogged) parts.add("UNLOGGED");
        if (ofType != null) parts.add("OF " + ofType);
        if (accessMethod != null) parts.add("USING " + accessMethod);
        if (!storage.isEmpty()) parts.add("WITH (" + String.join(", ", storage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")");
        if (rowSecurity) parts.add("ENABLE ROW LEVEL SECURITY");
        if (forceRowSecurity) parts.add("FORCE ROW LEVEL SECURITY");
        if (replicaIdentity != null) parts.add("REPLICA IDENTITY " + replicaIdentity);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The clauses CREATE TABLE takes after its column list ({@code USING am WITH (...)}), or "" when none. */
    String createClause() {
        return (accessMethod == null ? "" : " USING " + accessMethod) + (storage.isEmpty() ? "" : " WITH (" + String.join(", ", storage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")");
    }

    /** The ALTER TABLE actions (comma-separated in one statement) that turn {@code this} into {@code to}, in order. */
    List<String> actionsTo(PostgresTableOptions to) {
        List<String> actions = new ArrayList<>();
        if (!Objects.equals(ofType, to.ofType) && ofType != null) actions.add("NOT OF");
        if (unlogged != to.unlogged) actions.add(to.unlogged ? "SET UNLOGGED" : "SET LOGGED");
        // PostgreSQL 15: rewrites the table into the other access method
        if (!Objects.equals(accessMethod, to.accessMethod)) actions.add("SET ACCESS METHOD " + (to.accessMethod == null ? "heap" : to.accessMethod));
        List<String> reset = storage.keySet().stream().filter(k -> !to.storage.containsKey(k)).toList();
        if (!reset.isEmpty()) actions.add("RESET (" + String.join(", ", reset) + ")");
        List<String> set = to.storage.entrySet().stream().filter(e -> !e.getValue().equals(storage.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        if (!set.isEmpty()) actions.add("SET (" + String.join(", ", set) + ")");
        if (rowSecurity != to.rowSecurity) actions.add(to.rowSecurity ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
        if (forceRowSecurity != to.forceRowSecurity) actions.add(to.forceRowSecurity ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
        if (!Objects.equals(replicaIdentity, to.replicaIdentity)) {
            actions.add("REPLICA IDENTITY " + (to.replicaIdentity == null ? "DEFAULT" : to.replicaIdentity));
        }
        // a typed table (CREATE TABLE t OF type): made one by ALTER TABLE ... OF once its columns are the type's
        if (!Objects.equals(ofType, to.ofType) && to.ofType != null) actions.add("OF " + to.ofType);
        return actions;
    }

    /** The ALTER TABLE actions a new table with these options needs after its CREATE TABLE (which says the rest). */
    List<String> actionsAfterCreate() {
        return new PostgresTableOptions(unlogged, null, accessMethod, storage, false, false, null).actionsTo(this);
    }
}
