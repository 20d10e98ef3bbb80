package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "book")
public class Book {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String title;
    @ManyToOne(optional = false) @JoinColumn(foreignKey = @ForeignKey(name = "fk_book_author"))
    @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) Author author;
    @ManyToMany @JoinTable(name = "book_tag") Set<Tag> tags;
    @ManyToMany List<Reader> readers;
    @OneToOne @JoinColumn(name = "sequel_id") Book sequel;
}
