package dev.schemactl.diff;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code exclude:} patterns, like Atlas's: objects schemactl leaves alone on both sides of a diff, so it neither plans
 * nor lists them. Case-insensitive globs ({@code *} any run, {@code ?} one character):
 * <ul>
 *   <li>{@code audit_*}: tables (and sequences) whose name matches;</li>
 *   <li>{@code orders.legacy_col}, {@code *.legacy_col}, {@code orders.idx_hand_made}: in the tables matching the
 *       first part, the columns, indexes, unique constraints, foreign keys and checks named like the second part
 *       (and the indexes, unique constraints and foreign keys over an excluded column).</li>
 * </ul>
 * Table patterns match a table's bare name, in every managed schema (public.audit_log and billing.audit_log alike).
 */
public record ExcludePatterns(List<String> patterns) {
    public static final ExcludePatterns NONE = new ExcludePatterns(List.of());

    public ExcludePatterns {
        patterns = List.copyOf(patterns);
        for (String p : patterns) {
            String[] parts = p.split("\\.", -1);
            if (p.isBlank() || parts.length > 2 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new SchemactlException(ErrorCode.CONFIG, "invalid exclude pattern '" + p + "'",
                        "use TABLE_GLOB or TABLE_GLOB.OBJECT_GLOB, e.g. audit_*, *.legacy_col, orders.idx_hand_made");
            }
        }
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The schema without the excluded objects. */
    public Schema apply(Schema schema) {
        if (patterns.isEmpty()) return schema;
        List<Table> tables = schema.tables().stream().filter(t -> !tableExcluded(t.name())).map(this::filter).toList();
        return schema.withTables(tables).withSequences(schema.sequences().stream().filter(s -> !tableExcluded(s.name())).toList());
    }

    boolean tableExcluded(String table) {
        return patterns.stream().filter(p -> !p.contains(".")).anyMatch(p -> glob(p, table));
    }

    private boolean objectExcluded(String table, String name) {
        if (name == null) return false;
        return patterns.stream().filter(p -> p.contains(".")).anyMatch(p -> {
            int dot = p.indexOf('.');
            return glob(p.substring(0, dot), table) && glob(p.substring(dot + 1), name);
        });
    }

    private Table filter(Table t) {
        Set<String> gone = t.columns().stream().map(Column::name).filter(c -> objectExcluded(t.name(), c)).collect(Collectors.toSet());
        List<Column> columns = t.columns().stream().filter(c -> !gone.contains(c.name())).toList();
        List<Index> indexes = t.indexes().stream().filter(i -> !objectExcluded(t.name(), i.name())
                && i.columns().stream().map(IndexColumn::name).noneMatch(gone::contains)).toList();
        List<UniqueConstraint> uniques = t.uniques().stream().filter(u -> !objectExcluded(t.name(), u.name())
                && u.columns().stream().noneMatch(gone::contains)).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().filter(f -> !objectExcluded(t.name(), f.name())
                && f.columns().stream().noneMatch(gone::contains)).toList();
        var checks = t.checks().stream().filter(c -> !objectExcluded(t.name(), c.name())).toList();
        // with*: the table's schema, collation and options stay (a rebuilt Table would reset them to the defaults)
        return t.withColumns(columns).withUniques(uniques).withIndexes(indexes).withForeignKeys(fks).withChecks(checks);
    }

    private static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).matches();
    }
}
