package dev.schemactl.source.evolution.p03.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "doc")
public class Doc {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String title;
    @Column(length = 1000) String summary;
}
