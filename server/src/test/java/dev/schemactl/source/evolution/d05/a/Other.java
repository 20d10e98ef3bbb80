package dev.schemactl.source.evolution.d05.a;

import jakarta.persistence.*;

@Entity @Table(name = "other")
public class Other {
    @Id Long id;
}
