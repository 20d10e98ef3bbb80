package dev.schemactl.source.model.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** TABLE_PER_CLASS: no table for the abstract root; each concrete subclass repeats its columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // defaults to the package's generator (package-info)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;
}
