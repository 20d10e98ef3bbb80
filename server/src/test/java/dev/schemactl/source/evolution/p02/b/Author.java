package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "author")
public class Author {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String name;
    @OneToMany(mappedBy = "author") List<Book> books;
    @ManyToOne Author mentor;
    @OneToMany @JoinColumn(name = "fan_of_id") List<Reader> fans;
}
