package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "required")
public class Required {
    @Id Long id;
    String code;
}
