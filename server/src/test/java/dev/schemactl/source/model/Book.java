package dev.schemactl.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "books")
public class Book extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "books_gen")
    @SequenceGenerator(name = "books_gen", sequenceName = "book_ids", initialValue = 1000, allocationSize = 10)
    private long id;

    @NaturalId
    @Column(length = 17, nullable = false)
    private Isbn isbn;

    @Column(nullable = false)
    private String title;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    private int pages;

    private Integer edition;

    @Column(name = "word_count")
    private long wordCount;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "external_ref")
    private UUID externalRef;

    @Column(name = "cover_color", columnDefinition = "varchar(40)")
    private String coverColor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Author author;

    @ManyToMany
    @JoinTable(name = "book_tags",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();
}
