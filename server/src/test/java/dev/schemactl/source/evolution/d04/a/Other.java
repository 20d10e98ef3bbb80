package dev.schemactl.source.evolution.d04.a;

import jakarta.persistence.*;

@Entity @Table(name = "other")
public class Other {
    @Id Long id;
}
