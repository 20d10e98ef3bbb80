package dev.schemactl.source.evolution.p05.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class PurchaseOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    LocalDateTime placedAt;
    @ManyToMany Set<OrderLine> promotedLines;
    @ElementCollection Set<String> shippingNotes;
}
