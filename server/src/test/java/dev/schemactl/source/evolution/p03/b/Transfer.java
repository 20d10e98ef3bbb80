package dev.schemactl.source.evolution.p03.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "transfer")
public class Transfer {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne(optional = false) Account source;
    @Convert(converter = MoneyConverter.class) @Column(nullable = false) Money amount;
    ZonedDateTime at;
}
