package dev.schemactl.engine;

import dev.schemactl.schema.Column;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * schemactl's own bookkeeping tables, which inspection leaves out. The tracking table's name is also used by Rails,
 * dbmate and golang-migrate ({@code schema_migrations (version ...)}): it is schemactl's only when it has Liquibase's
 * changelog columns; a table of that name without them is a user table like any other.
 */
public final class OwnTables {
    public static final String TRACKING = "schema_migrations";
    /** The columns schemactl reads from its tracking table (Liquibase's changelog). */
    public static final List<String> CHANGELOG_COLUMNS =
            List.of("id", "author", "filename", "dateexecuted", "orderexecuted", "md5sum");
    private static final Set<String> META = Set.of(TRACKING + "_lock", TRACKING + "_audit", TRACKING + "_approvals",
            TRACKING + "_meta");

    private OwnTables() {
    }

    /** True for the lock, audit, approval and meta tables named after the tracking table (not the tracking table). */
    public static boolean isMeta(String tableName) {
        return tableName != null && META.contains(tableName.toLowerCase(Locale.ROOT));
    }

    /** True when these columns (any case) are those of schemactl's tracking table. */
    public static boolean hasChangelogColumns(List<String> columnNames) {
        Set<String> lower = columnNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return lower.containsAll(CHANGELOG_COLUMNS);
    }

    /** Removes the tracking table from inspected tables whose columns are read, when it is schemactl's. */
    public static void removeTracking(Map<String, InspectedTable> tables) {
        tables.values().removeIf(t -> TRACKING.equalsIgnoreCase(t.name)
                && hasChangelogColumns(t.columns.stream().map(Column::name).toList()));
    }
}
