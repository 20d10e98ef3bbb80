package dev.schemactl.source.invalid.otherschema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table in another schema: the model has no schemas, so reading it must fail. */
@Entity
@Table(name = "elsewhere", schema = "archive")
public class Elsewhere {
    @Id
    private Long id;
}
