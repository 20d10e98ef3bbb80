package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "child")
public class Child {
    @Id Long id;
    String name;
    @ManyToOne Parent parent;
}
