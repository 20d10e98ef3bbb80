package dev.schemactl.source.evolution.d04.b;

import jakarta.persistence.*;

@Entity @Table(name = "filled")
public class Filled {
    @Id Long id;
    @Column(length = 5) String name;
}
