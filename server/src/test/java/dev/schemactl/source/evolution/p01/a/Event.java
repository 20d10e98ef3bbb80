package dev.schemactl.source.evolution.p01.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "event", uniqueConstraints = @UniqueConstraint(name = "uk_event_code_day", columnNames = {"code", "day"}))
public class Event {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(nullable = false, unique = true, length = 50) String code;
    @Column(nullable = false) LocalDate day;
    LocalDateTime startsAt;
    Integer seats;
    @Column(precision = 9, scale = 3) BigDecimal price;
    @Column(nullable = false) String owner;
}
