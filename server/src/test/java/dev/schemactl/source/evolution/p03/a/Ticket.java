package dev.schemactl.source.evolution.p03.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "ticket")
public class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Enumerated(EnumType.STRING) Status status;
    @Enumerated(EnumType.ORDINAL) Priority priority;
    @Enumerated(EnumType.STRING) Priority kind;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Status state;
}
