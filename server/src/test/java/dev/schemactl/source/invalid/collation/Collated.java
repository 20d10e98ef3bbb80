package dev.schemactl.source.invalid.collation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Collate;

/** A column collation has no place in the model: reading must fail rather than drop it. */
@Entity
public class Collated {
    @Id
    private Long id;

    @Collate("C")
    private String name;
}
