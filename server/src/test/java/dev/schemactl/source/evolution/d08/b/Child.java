package dev.schemactl.source.evolution.d08.b;

import jakarta.persistence.*;

@Entity @Table(name = "child")
public class Child {
    @Id Long id;
    @ManyToOne @JoinColumn(name = "parent_id") Parent parent;
}
