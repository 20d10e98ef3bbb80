package dev.schemactl.schema;

/**
 * A check constraint. {@code notValid}: PostgreSQL's {@code NOT VALID} (new and updated rows are checked, the rows that
 * were there when it was added are not, until {@code VALIDATE CONSTRAINT}); {@code comment}: its
 * {@code COMMENT ON CONSTRAINT}, null for none; {@code noInherit}: PostgreSQL's {@code NO INHERIT} (child tables do not
 * get the check; it cannot be altered in place, only dropped and added again), false on the other engines.
 */
public record CheckConstraint(String name, String expression, boolean notValid, String comment, boolean noInherit) {

    public CheckConstraint(String name, String expression) {
        this(name, expression, false, null, false);
    }

    public CheckConstraint withNotValid(boolean newNotValid) {
        return new CheckConstraint(name, expression, newNotValid, comment, noInherit);
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, notValid, comment, noInherit);
    }

    public CheckConstraint withNoInherit(boolean newNoInherit) {
        return new CheckConstraint(name, expression, notValid, comment, newNoInherit);
    }
}
