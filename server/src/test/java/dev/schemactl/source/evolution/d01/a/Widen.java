package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "widen")
public class Widen {
    @Id Long id;
    int amount;
    float ratio;
    Integer boxed;
}
