package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "widen")
public class Widen {
    @Id Long id;
    long amount;
    double ratio;
    Long boxed;
}
