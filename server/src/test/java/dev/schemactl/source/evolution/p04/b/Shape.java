package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;

/** TABLE_PER_CLASS: no table for the abstract root, a shared sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shape {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    String color;
}
