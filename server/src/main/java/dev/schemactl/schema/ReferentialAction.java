package dev.schemactl.schema;

public enum ReferentialAction {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT,
    /**
     * NO ACTION written out where the catalog keeps it apart from an unspecified action (MariaDB's SHOW CREATE TABLE
     * spells it, InnoDB reports the unspecified one as RESTRICT): the same rule as {@link #NO_ACTION}, compared as it,
     * kept so that what is created reads back as it was written.
     */
    NO_ACTION_STATED;

    public String sql() {
        return this == NO_ACTION_STATED ? "NO ACTION" : name().replace('_', ' ');
    }

    /** The rule this action enforces: a stated NO ACTION is NO ACTION. */
    public ReferentialAction rule() {
        return this == NO_ACTION_STATED ? NO_ACTION : this;
    }
}
