package dev.schemactl.source.evolution.p01.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "product")
public class Product {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String sku;
    String name;
    String category;
    @Column(unique = true) String code;
}
