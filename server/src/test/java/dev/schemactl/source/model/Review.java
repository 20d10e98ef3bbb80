package dev.schemactl.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.time.LocalDate;

/**
 * AUTO id: Hibernate's default sequence (increment 50); a unique and an unnamed index; an unnamed and a
 * named table check; a string column default.
 */
@Entity
@Table(name = "reviews", indexes = {
        @Index(name = "ux_reviews_book_reviewer", columnList = "book_id, reviewer", unique = true),
        @Index(columnList = "reviewed_on")})
@Check(constraints = "stars between 1 and 5")
@Check(name = "reviews_body_not_blank", constraints = "body is null or char_length(body) > 0")
public class Review {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Book book;

    private short stars;

    @ColumnDefault("'anonymous'")
    @Column(nullable = false, length = 80)
    private String reviewer;

    @Column(length = 4000)
    private String body;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
}
