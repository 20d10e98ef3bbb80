package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "reader")
public class Reader {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String name;
}
