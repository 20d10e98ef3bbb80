package dev.schemactl.source.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "authors",
        uniqueConstraints = @UniqueConstraint(name = "uk_authors_full_name", columnNames = {"first_name", "last_name"}),
        indexes = @Index(name = "idx_authors_born_on", columnList = "born_on desc, last_name"))
@Comment("People who write books")
public class Author extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", length = 100, nullable = false)
    private String firstName;

    @Column(name = "last_name", length = 100, nullable = false)
    private String lastName;

    @Column(unique = true, length = 320)
    private String email;

    @Column(name = "born_on")
    private LocalDate bornOn;

    private short rating;

    private boolean active;

    @ColumnDefault("0")
    @Comment("How many readers follow the author")
    @Column(nullable = false)
    private int followers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuthorStatus status;

    @Enumerated(EnumType.ORDINAL)
    private Level level;

    @Lob
    private String biography;

    @Lob
    private byte[] portrait;

    @Column(length = 512)
    private byte[] signature;

    @Embedded
    private Address address;

    @ElementCollection
    @CollectionTable(name = "author_nicknames", joinColumns = @JoinColumn(name = "author_id"))
    @Column(name = "nickname", length = 50, nullable = false)
    private Set<String> nicknames = new LinkedHashSet<>();

    @OneToOne
    @JoinColumn(name = "profile_id")
    private AuthorProfile profile;

    @OneToMany(mappedBy = "author")
    private List<Book> books = new ArrayList<>();
}
