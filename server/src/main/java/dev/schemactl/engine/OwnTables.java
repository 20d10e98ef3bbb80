package dev.schemactl.engine;

import dev.schemactl.schema.Column;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * schemactl's own bookkeeping tables, which inspection leaves out: the tracking table (default {@code schema_migrations},
 * config {@code migrations_table}) and its lock, audit, approvals and meta tables named after it. Recognised by their
 * columns, not by name alone: Rails, dbmate and golang-migrate create a {@code schema_migrations (version ...)} too,
 * and that is a user table like any other.
 */
public final class OwnTables {
    public static final String TRACKING = "schema_migrations";
    /** The columns schemactl reads from its tracking table (Liquibase's changelog). */
    public static final List<String> CHANGELOG_COLUMNS =
            List.of("id", "author", "filename", "dateexecuted", "orderexecuted", "md5sum");
    /** The tables named after the tracking table, by suffix, with exactly the columns schemactl (or Liquibase) gives them. */
    private static final Map<String, Set<String>> META = Map.of(
            "_lock", Set.of("id", "locked", "lockgranted", "lockedby"),
            "_audit", Set.of("seq", "at", "operation", "target", "plan_digest", "findings", "decision", "policy_source",
                    "policy_digest", "signers", "nonce", "actor", "outcome", "detail"),
            "_approvals", Set.of("nonce", "approver", "plan_digest", "issued_at", "used_at", "outcome"),
            "_meta", Set.of("meta_key", "meta_value"));

    private OwnTables() {
    }

    /** True when these columns (any case) are those of schemactl's tracking table. */
    public static boolean hasChangelogColumns(List<String> columnNames) {
        // cheap first (this runs for every inspected table): equalsIgnoreCase accepts every name that lowercases to md5sum
        if (columnNames.stream().noneMatch(n -> n.equalsIgnoreCase("md5sum"))) return false;
        return lower(columnNames).containsAll(CHANGELOG_COLUMNS);
    }

    /** True for one of schemactl's own tables, by its name and column names. */
    public static boolean isOwn(String tableName, List<String> columnNames) {
        if (hasChangelogColumns(columnNames)) return true;
        String name = tableName.toLowerCase(Locale.ROOT);
        return META.entrySet().stream().anyMatch(e -> name.endsWith(e.getKey()) && e.getValue().equals(lower(columnNames)));
    }

    /** Removes schemactl's own tables from inspected tables whose columns are read. */
    public static void remove(Map<String, InspectedTable> tables) {
        tables.values().removeIf(t -> isOwn(t.name, t.columns.stream().map(Column::name).toList()));
    }

    private static Set<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
