package dev.schemactl.schema;

import java.util.Objects;

/**
 * A named CHECK constraint of a {@link Domain}: {@code definition} as pg_get_constraintdef gives it without its
 * NOT VALID ({@code CHECK ((VALUE > 0))}); {@code notValid} when existing values were never checked against it.
 */
public record DomainCheck(String name, String definition, boolean notValid) {
    public DomainCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    public DomainCheck withName(String newName) {
        return new DomainCheck(newName, definition, notValid);
    }

    public DomainCheck withNotValid(boolean newNotValid) {
        return new DomainCheck(name, definition, newNotValid);
    }
}
