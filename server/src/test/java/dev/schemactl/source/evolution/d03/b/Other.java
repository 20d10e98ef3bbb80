package dev.schemactl.source.evolution.d03.b;

import jakarta.persistence.*;

@Entity @Table(name = "other")
public class Other {
    @Id Long id;
    String note;
}
