package dev.schemactl.source.evolution.p01.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Columns of a first release. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 100) String name;
    String email;
    @Column(precision = 10, scale = 2) BigDecimal balance;
    String note;
    int visits;
}
