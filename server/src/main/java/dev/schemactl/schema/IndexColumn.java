package dev.schemactl.schema;

/**
 * One key of an index: a column ({@code name}) or an expression ({@code expression}, name null), its direction,
 * and NULLS FIRST/LAST. {@code nulls} is null when it is the direction's default (ASC NULLS LAST, DESC NULLS
 * FIRST, as PostgreSQL and the SQL standard order them); the constructor normalizes an explicit default to null.
 * {@code opclass} is a non-default operator class (PostgreSQL {@code text_pattern_ops}, {@code jsonb_path_ops}) and
 * {@code collation} a collation other than the key's own; both null by default.
 * {@code prefixLength} is a MariaDB/MySQL key prefix ({@code KEY (email(20))}: the first 20 characters), null for the
 * whole column. {@code statistics} is PostgreSQL's statistics target of an expression key ({@code ALTER INDEX i ALTER
 * COLUMN 1 SET STATISTICS 3000}: how many values ANALYZE samples of the expression, which the planner's estimates
 * follow), null for the default; a column key has none (PostgreSQL refuses it).
 */
public record IndexColumn(String name, String expression, boolean descending, NullsOrder nulls, String opclass,
                          String collation, Integer prefixLength, Integer statistics) {

    public IndexColumn {
        if (name == null && expression == null) throw new IllegalArgumentException("an index key needs a column or an expression");
        if (nulls == (descending ? NullsOrder.FIRST : NullsOrder.LAST)) nulls = null;
        if (statistics != null && statistics < 0) statistics = null;
    }

    public IndexColumn(String name, String expression, boolean descending, NullsOrder nulls, String opclass,
                       String collation, Integer prefixLength) {
        this(name, expression, descending, nulls, opclass, collation, prefixLength, null);
    }

    public IndexColumn(String name, String expression, boolean descending, NullsOrder nulls) {
        this(name, expression, descending, nulls, null, null, null);
    }

    public IndexColumn(String name, String expression, boolean descending, NullsOrder nulls, Integer prefixLength) {
        this(name, expression, descending, nulls, null, null, prefixLength);
    }

    public IndexColumn(String name, String expression, boolean descending, NullsOrder nulls, String opclass, String collation) {
        this(name, expression, descending, nulls, opclass, collation, null);
    }

    public IndexColumn(String name, boolean descending) {
        this(name, null, descending, null, null, null, null);
    }

    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }

    public static IndexColumn ofExpression(String expression, boolean descending, NullsOrder nulls) {
        return new IndexColumn(null, expression, descending, nulls, null, null);
    }

    public boolean isExpression() {
        return name == null;
    }

    /** The column name, or the expression text for an expression key. */
    public String key() {
        return name != null ? name : expression;
    }

    public IndexColumn withName(String newName) {
        return name == null ? this : new IndexColumn(newName, expression, descending, nulls, opclass, collation, prefixLength, statistics);
    }

    public IndexColumn withOpclass(String newOpclass, String newCollation) {
        return new IndexColumn(name, expression, descending, nulls, newOpclass, newCollation, prefixLength, statistics);
    }

    public IndexColumn withStatistics(Integer newStatistics) {
        return new IndexColumn(name, expression, descending, nulls, opclass, collation, prefixLength, newStatistics);
    }
}
