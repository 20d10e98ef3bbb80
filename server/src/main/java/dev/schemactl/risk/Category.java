package dev.schemactl.risk;

/** What kind of harm a finding warns about. */
public enum Category {
    /** Destroys data or structure (drop table, drop column, narrowing type). */
    D("destructive"),
    /** Takes a blocking lock or rewrites a table. */
    L("lock/rewrite"),
    /** Breaks code that is running against the old schema (rename, drop a column still read). */
    B("breaks running code"),
    /** May fail on the data that is there (NOT NULL without default, new unique constraint). */
    F("may fail on data"),
    /** Transaction trouble (non-transactional DDL mixed with other statements). */
    T("transaction");

    private final String description;

    Category(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
