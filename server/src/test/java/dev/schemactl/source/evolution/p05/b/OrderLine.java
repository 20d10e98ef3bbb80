package dev.schemactl.source.evolution.p05.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(indexes = @Index(columnList = "productName"))
public class OrderLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String productName;
    @Column(precision = 10, scale = 2) BigDecimal unitPrice;
    int quantityOrdered;
    @ManyToOne PurchaseOrder purchaseOrder;
}
