package dev.schemactl.schema;

/**
 * A check constraint. {@code notValid}: PostgreSQL's {@code NOT VALID} (new and updated rows are checked, the rows that
 * were there when it was added are not, until {@code VALIDATE CONSTRAINT}); {@code comment}: its
 * {@code COMMENT ON CONSTRAINT}, null for none; {@code noInherit}: PostgreSQL's {@code NO INHERIT} (child tables do not
 * get the check; it cannot be altered in place, only dropped and added again), false on the other engines.
 * {@code written}: the text to write for it when that is not {@code expression} (PostgreSQL: the stored text of a check
 * whose plain form would be stored otherwise, its deparse being no fixpoint), null otherwise; never compared, the
 * expression is.
 */
public record CheckConstraint(String name, String expression, boolean notValid, String comment, boolean noInherit,
                              String written) {

    public CheckConstraint(String name, String expression, boolean notValid, String comment, boolean noInherit) {
        this(name, expression, notValid, comment, noInherit, null);
    }

    public CheckConstraint(String name, String expression) {
        this(name, expression, false, null, false);
    }

    /** The text to write in CHECK (...). */
    public String sql() {
        return written != null ? written : expression;
    }

    public CheckConstraint withWritten(String newWritten) {
        return new CheckConstraint(name, expression, notValid, comment, noInherit, newWritten);
    }

    public CheckConstraint withNotValid(boolean newNotValid) {
        return new CheckConstraint(name, expression, newNotValid, comment, noInherit, written);
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, notValid, comment, noInherit, written);
    }

    public CheckConstraint withNoInherit(boolean newNoInherit) {
        return new CheckConstraint(name, expression, notValid, comment, newNoInherit, written);
    }
}
