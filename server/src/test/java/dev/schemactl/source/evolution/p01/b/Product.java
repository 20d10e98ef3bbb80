package dev.schemactl.source.evolution.p01.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Named and unnamed indexes, a multi-column index, a named unique constraint, a unique column made plain. */
@Entity
@Table(name = "product", indexes = {@Index(name = "idx_product_name", columnList = "name"),
        @Index(columnList = "category, name DESC"), @Index(name = "idx_product_cat_unique", columnList = "category, sku", unique = true)},
        uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"))
public class Product {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String sku;
    String name;
    String category;
    String code;
}
