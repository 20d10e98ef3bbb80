package dev.schemactl.source.evolution.d03.b;

import jakarta.persistence.*;

@Entity @Table(name = "filled")
public class Filled {
    @Id Long id;
    @Column(nullable = false) String code;
}
