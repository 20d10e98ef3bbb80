package dev.schemactl.source.invalid.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A many-to-one to a class that is not an entity: Hibernate itself refuses the mapping. */
@Entity
public class Dangling {
    @Id
    private Long id;

    @ManyToOne
    private NotAnEntity target;

    public static class NotAnEntity {
    }
}
