package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "parent")
public class Parent {
    @Id Long id;
    String name;
}
