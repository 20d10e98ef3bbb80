package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "parent")
public class Parent {
    @Id Long id;
    String name;
}
