package dev.schemactl.source.evolution.p01.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Wider name, required unique email, finer balance, note gone, new columns of every java.time kind. */
@Entity
@Table(name = "customer")
@org.hibernate.annotations.Check(name = "customer_visits_positive", constraints = "visits >= 0")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 200) String name;
    @Column(nullable = false, unique = true) String email;
    @Column(precision = 12, scale = 4) BigDecimal balance;
    long visits;
    @org.hibernate.annotations.Comment("shown to users") String phone;
    @org.hibernate.annotations.ColumnDefault("'new'") @Column(length = 10) String stage;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) Map<String, Object> attrs;
    boolean active;
    LocalDate birthDate;
    LocalTime preferredTime;
    LocalDateTime updatedAt;
    Instant createdAt;
    OffsetDateTime lastLogin;
    Duration sessionLength;
    Double score;
    Float ratio;
    Short tier;
    byte[] avatar;
    char grade;
}
