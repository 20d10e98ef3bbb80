package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "child")
public class Child {
    @Id Long id;
    String name;
}
