package dev.schemactl.source.evolution.p03.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** STRING gains values, ORDINAL gains a value, STRING becomes ORDINAL, a new ORDINAL column. */
@Entity
@Table(name = "ticket")
public class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Enumerated(EnumType.STRING) Status status;
    @Enumerated(EnumType.ORDINAL) Priority priority;
    @Enumerated(EnumType.ORDINAL) Priority kind;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Status state;
    @Enumerated Status previous;
}
