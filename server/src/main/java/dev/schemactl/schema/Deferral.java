package dev.schemactl.schema;

/** When a unique or foreign key constraint is checked (PostgreSQL {@code DEFERRABLE [INITIALLY DEFERRED]}). */
public enum Deferral {
    NOT_DEFERRABLE(""),
    DEFERRABLE(" DEFERRABLE"),
    DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    /** The clause that follows the constraint, with a leading space; empty for NOT_DEFERRABLE. */
    public String sql() {
        return sql;
    }

    public static Deferral orDefault(Deferral d) {
        return d == null ? NOT_DEFERRABLE : d;
    }
}
