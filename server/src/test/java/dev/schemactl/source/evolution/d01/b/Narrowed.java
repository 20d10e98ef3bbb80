package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "narrowed")
public class Narrowed {
    @Id Long id;
    @Column(length = 20) String name;
}
