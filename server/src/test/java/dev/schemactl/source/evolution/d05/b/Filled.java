package dev.schemactl.source.evolution.d05.b;

import jakarta.persistence.*;

@Entity @Table(name = "filled")
public class Filled {
    @Id Long id;
    @Column(unique = true) String email;
}
