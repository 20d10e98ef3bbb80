package dev.schemactl.source.evolution.p05.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class OrderLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String productName;
    @Column(precision = 10, scale = 2) BigDecimal unitPrice;
}
