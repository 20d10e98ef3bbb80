package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "vehicle")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "dtype", length = 31)
public class Vehicle {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String maker;
    @Column(length = 20) String plate;
}
