package dev.schemactl.source.evolution.d02.b;

import jakarta.persistence.*;

@Entity @Table(name = "filled")
public class Filled {
    @Id Long id;
    String name;
    @Column(nullable = false) String code;
    @Version Long version;
}
