package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;

/** A composite key (@EmbeddedId with @MapsId) whose parts are foreign keys. */
@Entity
@Table(name = "review", indexes = @Index(name = "idx_review_stars", columnList = "stars"))
public class Review {
    @EmbeddedId ReviewKey id;
    @MapsId("bookId") @ManyToOne Book book;
    @MapsId("readerId") @ManyToOne Reader reader;
    short stars;
}
