package dev.schemactl.source.evolution.p04.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "payment")
public class Payment {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @Column(precision = 12, scale = 2) BigDecimal amount;
}
