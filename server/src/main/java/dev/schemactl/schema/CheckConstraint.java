package dev.schemactl.schema;

/**
 * A check constraint. {@code notValid}: PostgreSQL's {@code NOT VALID} (new and updated rows are checked, the rows that
 * were there when it was added are not, until {@code VALIDATE CONSTRAINT}); {@code comment}: its
 * {@code COMMENT ON CONSTRAINT}, null for none.
 */
public record CheckConstraint(String name, String expression, boolean notValid, String comment) {

    public CheckConstraint(String name, String expression) {
        this(name, expression, false, null);
    }

    public CheckConstraint withNotValid(boolean newNotValid) {
        return new CheckConstraint(name, expression, newNotValid, comment);
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, notValid, comment);
    }
}
