package dev.schemactl.source.invalid.noentities;

import jakarta.persistence.Embeddable;

/** An embeddable alone: a package without any @Entity. */
@Embeddable
public class JustAValue {
    private String text;
}
