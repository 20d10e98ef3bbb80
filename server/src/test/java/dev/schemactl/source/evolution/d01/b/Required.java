package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "required")
public class Required {
    @Id Long id;
    @Column(nullable = false) String code;
}
