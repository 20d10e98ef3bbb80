package dev.schemactl.source.evolution.d07.b;

import jakarta.persistence.*;

@Entity @Table(name = "ranked")
public class Ranked {
    @Id Long id;
    @Enumerated(EnumType.STRING) Level level;
}
