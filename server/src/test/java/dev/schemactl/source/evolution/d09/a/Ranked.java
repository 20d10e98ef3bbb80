package dev.schemactl.source.evolution.d09.a;

import jakarta.persistence.*;

@Entity @Table(name = "ranked")
public class Ranked {
    @Id Long id;
    @Enumerated(EnumType.ORDINAL) Level level;
}
