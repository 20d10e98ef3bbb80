package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "payment")
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @Column(precision = 12, scale = 2) BigDecimal amount;
    Instant paidAt;
}
