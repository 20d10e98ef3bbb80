package dev.schemactl.source.evolution.p01.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Unique and NOT NULL dropped, java.time kinds changed, integer widened, precision narrowed, a unique constraint dropped. */
@Entity
@Table(name = "event")
public class Event {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(length = 40) String code;
    LocalDateTime day;
    Instant startsAt;
    Long seats;
    @Column(precision = 7, scale = 2) BigDecimal price;
    @Column(nullable = false, length = 64) String owner;
}
