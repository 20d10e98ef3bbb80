package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "receipt")
public class Receipt {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_gen")
    @SequenceGenerator(name = "receipt_gen", sequenceName = "receipt_numbers", allocationSize = 1) Integer id;
    String ref;
}
