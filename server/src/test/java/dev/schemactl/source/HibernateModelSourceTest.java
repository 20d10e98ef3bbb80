package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Concrete facts of the test model as read for each engine, offline. */
class HibernateModelSourceTest {
    private static final Map<EngineKind, Schema> MODELS = new EnumMap<>(EngineKind.class);

    @BeforeAll
    static void readModels() {
        for (EngineKind kind : EngineKind.values()) MODELS.put(kind, ModelFixtures.readModel(kind));
    }

    private static Table table(EngineKind kind, String name) {
        return MODELS.get(kind).table(name).orElseThrow(() -> new AssertionError("no table " + name + " for " + kind));
    }

    private static Column column(EngineKind kind, String table, String name) {
        return table(kind, table).column(name).orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }

    private static ColumnType type(EngineKind kind, String table, String name) {
        return column(kind, table, name).type();
    }

    private static <T> T by(EngineKind kind, T postgres, T mariadb, T h2, T sqlite) {
        return switch (kind) {
            case POSTGRESQL -> postgres;
            case MARIADB -> mariadb;
            case H2 -> h2;
            case SQLITE -> sqlite;
        };
    }

    /** An integer type as the engine reads it: SQLite has one integer type. */
    private static ColumnType integer(EngineKind kind, TypeKind type) {
        return of(kind == EngineKind.SQLITE ? TypeKind.INTEGER : type);
    }

    private static ColumnType of(TypeKind kind) {
        return ColumnType.of(kind);
    }

    private static ForeignKey foreignKey(EngineKind kind, String table, String... columns) {
        return table(kind, table).foreignKeys().stream().filter(f -> f.columns().equals(List.of(columns))).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key " + table + List.of(columns)));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void tablesAreExactlyTheOnesHibernateCreates(EngineKind kind) {
        assertThat(MODELS.get(kind).tables()).extracting(Table::name).containsExactly(
                "author_nicknames", "author_profiles", "authors", "awards", "book_tags", "books", "cars", "invoices",
                "payments", "publishers", "publishers_awards", "receipts", "reviews", "tags", "trucks", "vehicles");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void sequencesComeFromSequenceAndAutoGenerators(EngineKind kind) {
        // MariaDB: Hibernate's CREATE SEQUENCE says nocache (a cache of 0)
        Long cache = kind == EngineKind.MARIADB ? 0L : null;
        assertThat(MODELS.get(kind).sequences()).containsExactly(
                new Sequence(null, "book_ids", 1000, 10, null, null, cache, false, null, null),       // @SequenceGenerator(initialValue = 1000, allocationSize = 10)
                new Sequence(null, "inheritance_ids", 1, 20, null, null, cache, false, null, null),   // package-level @SequenceGenerator (Vehicle, Document)
                // AUTO on a Long id: Hibernate's <table>_SEQ, lower-cased where the engine folds it (not on MariaDB)
                new Sequence(null, kind == EngineKind.MARIADB ? "reviews_SEQ" : "reviews_seq", 1, 50, null, null, cache, false, null, null));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void identityColumnsAndKeys(EngineKind kind) {
        Column id = column(kind, "authors", "id");
        assertThat(id.isIdentity()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(id.type()).isEqualTo(integer(kind, TypeKind.BIGINT));
        assertThat(column(kind, "awards", "id")).satisfies(c -> {
            assertThat(c.isIdentity()).isTrue();
            assertThat(c.type()).isEqualTo(of(TypeKind.INTEGER));
        });
        assertThat(column(kind, "books", "id").isIdentity()).isFalse();
        assertThat(column(kind, "reviews", "id").isIdentity()).isFalse();
        assertThat(table(kind, "authors").primaryKey().columns()).containsExactly("id");
        assertThat(table(kind, "authors").primaryKey().name()).isNull();
        // UUID keys: generated (GenerationType.UUID) and assigned
        assertThat(column(kind, "author_profiles", "id")).satisfies(c -> {
            assertThat(c.type()).isEqualTo(of(TypeKind.UUID));
            assertThat(c.isIdentity()).isFalse();
            assertThat(c.nullable()).isFalse();
        });
        assertThat(type(kind, "tags", "id")).isEqualTo(of(TypeKind.UUID));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void javaTypesMapPerEngine(EngineKind kind) {
        assertThat(type(kind, "authors", "first_name")).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 100));
        assertThat(type(kind, "books", "title")).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 255));
        assertThat(type(kind, "books", "pages")).isEqualTo(of(TypeKind.INTEGER));          // int
        assertThat(type(kind, "books", "edition")).isEqualTo(of(TypeKind.INTEGER));        // Integer
        assertThat(type(kind, "books", "word_count")).isEqualTo(integer(kind, TypeKind.BIGINT));    // long
        assertThat(type(kind, "authors", "rating")).isEqualTo(integer(kind, TypeKind.SMALLINT));    // short
        assertThat(type(kind, "books", "price")).isEqualTo(ColumnType.decimal(12, 2));     // BigDecimal
        assertThat(type(kind, "authors", "active")).isEqualTo(of(TypeKind.BOOLEAN));       // boolean (MariaDB: bit)
        assertThat(type(kind, "books", "external_ref")).isEqualTo(of(TypeKind.UUID));      // UUID (MariaDB 10.7+: uuid)
        assertThat(type(kind, "authors", "born_on")).isEqualTo(of(TypeKind.DATE));         // LocalDate
        assertThat(type(kind, "books", "updated_at")).isEqualTo(ColumnType.temporal(TypeKind.TIMESTAMP, 6)); // LocalDateTime
        // Instant and OffsetDateTime: timestamp with time zone, but MariaDB's datetime(6) has no zone
        ColumnType zoned = by(kind, ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6), ColumnType.temporal(TypeKind.TIMESTAMP, 6),
                ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6), ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6));
        assertThat(type(kind, "authors", "created_at")).isEqualTo(zoned);
        assertThat(type(kind, "books", "published_at")).isEqualTo(zoned);
        // byte[] with a length: PostgreSQL's bytea has none
        assertThat(type(kind, "authors", "signature")).isEqualTo(by(kind, of(TypeKind.VARBINARY),
                ColumnType.sized(TypeKind.VARBINARY, 512), ColumnType.sized(TypeKind.VARBINARY, 512), ColumnType.sized(TypeKind.VARBINARY, 512)));
        // LocalTime / OffsetTime (Hibernate normalizes OffsetTime to UTC except on H2)
        assertThat(type(kind, "publishers", "opens_at")).isEqualTo(ColumnType.temporal(TypeKind.TIME, 0));
        assertThat(type(kind, "publishers", "closes_at")).isEqualTo(by(kind, ColumnType.temporal(TypeKind.TIME, 0),
                ColumnType.temporal(TypeKind.TIME, 0), ColumnType.other("time(0) with time zone"), ColumnType.other("time(0) with time zone")));
        // columnDefinition is taken as the type
        assertThat(type(kind, "books", "cover_color")).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 40));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void lobs(EngineKind kind) {
        // PostgreSQL's Hibernate dialect maps @Lob to large objects (oid), kept as OTHER
        assertThat(type(kind, "authors", "biography")).isEqualTo(by(kind, ColumnType.other("oid"), of(TypeKind.CLOB), of(TypeKind.CLOB), of(TypeKind.CLOB)));
        assertThat(type(kind, "authors", "portrait")).isEqualTo(by(kind, ColumnType.other("oid"), of(TypeKind.BLOB), of(TypeKind.BLOB), of(TypeKind.BLOB)));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void enumsAndTheirChecks(EngineKind kind) {
        Table authors = table(kind, "authors");
        // STRING: PostgreSQL and SQLite get varchar + a check; MariaDB and H2 a native enum (values sorted by Hibernate)
        assertThat(type(kind, "authors", "status")).isEqualTo(by(kind, ColumnType.sized(TypeKind.VARCHAR, 20),
                ColumnType.enumOf(List.of("ACTIVE", "DECEASED", "RETIRED")), ColumnType.enumOf(List.of("ACTIVE", "DECEASED", "RETIRED")),
                ColumnType.sized(TypeKind.VARCHAR, 20)));
        assertThat(column(kind, "authors", "status").nullable()).isFalse();
        // ORDINAL: a small integer with a range check everywhere
        assertThat(type(kind, "authors", "level")).isEqualTo(by(kind, of(TypeKind.SMALLINT), of(TypeKind.TINYINT), of(TypeKind.TINYINT),
                of(TypeKind.INTEGER)));
        List<CheckConstraint> expected = kind == EngineKind.POSTGRESQL || kind == EngineKind.SQLITE
                ? List.of(new CheckConstraint("authors_level_check", "level between 0 and 2"),
                        new CheckConstraint("authors_status_check", "status in ('ACTIVE','RETIRED','DECEASED')"))
                : kind == EngineKind.MARIADB ? List.of() // MariaDB: the column's own check (written inside its definition)
                : List.of(new CheckConstraint("authors_level_check", "level between 0 and 2"));
        assertThat(authors.checks()).isEqualTo(expected);
        assertThat(column(kind, "authors", "level").check()).isEqualTo(kind == EngineKind.MARIADB ? "level between 0 and 2" : null);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void columnDetails(EngineKind kind) {
        Table authors = table(kind, "authors");
        assertThat(authors.comment()).isEqualTo("People who write books");
        assertThat(authors.columns()).extracting(Column::name).startsWith("id", "created_at", "row_version")
                .contains("city", "postal_code", "street", "profile_id");  // @MappedSuperclass, @Version, @Embedded
        Column followers = column(kind, "authors", "followers");
        assertThat(followers.defaultExpression()).isEqualTo("0");
        assertThat(followers.comment()).isEqualTo("How many readers follow the author");
        assertThat(followers.nullable()).isFalse();
        assertThat(column(kind, "reviews", "reviewer").defaultExpression()).isEqualTo("'anonymous'");
        assertThat(column(kind, "authors", "row_version")).satisfies(c -> {
            assertThat(c.type()).isEqualTo(of(TypeKind.INTEGER));
            assertThat(c.nullable()).isFalse();
        });
        assertThat(column(kind, "authors", "email").nullable()).isTrue();
        assertThat(column(kind, "authors", "last_name").nullable()).isFalse();
        assertThat(column(kind, "books", "isbn")).satisfies(c -> {                   // converter + natural id
            assertThat(c.type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 17));
            assertThat(c.nullable()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void uniqueConstraintsAndIndexes(EngineKind kind) {
        assertThat(table(kind, "authors").uniques()).containsExactlyInAnyOrder(
                new UniqueConstraint(null, List.of("email")),                                  // @Column(unique = true)
                new UniqueConstraint("uk_authors_full_name", List.of("first_name", "last_name")), // @UniqueConstraint
                new UniqueConstraint(null, List.of("profile_id")));                            // @OneToOne
        assertThat(table(kind, "books").uniques()).containsExactly(new UniqueConstraint(null, List.of("isbn"))); // @NaturalId
        assertThat(table(kind, "authors").indexes()).containsExactly(new Index("idx_authors_born_on",
                List.of(new IndexColumn("born_on", true), IndexColumn.asc("last_name")), false));
        Table reviews = table(kind, "reviews");
        // @Index(unique = true) becomes a unique constraint in Hibernate's DDL
        assertThat(reviews.uniques()).containsExactly(new UniqueConstraint("ux_reviews_book_reviewer", List.of("book_id", "reviewer")));
        assertThat(reviews.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).startsWithIgnoringCase("idx");                                 // Hibernate's generated name (IDX... on MariaDB)
            assertThat(i.columnNames()).containsExactly("reviewed_on");
            assertThat(i.unique()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void foreignKeysAndJoinTables(EngineKind kind) {
        ForeignKey author = foreignKey(kind, "books", "author_id");                             // @ManyToOne(optional = false)
        assertThat(author.referencedTable()).isEqualTo("authors");
        assertThat(author.referencedColumns()).containsExactly("id");
        assertThat(author.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(author.name()).startsWithIgnoringCase("fk"); // FK... on MariaDB, which keeps the case
        assertThat(column(kind, "books", "author_id").nullable()).isFalse();
        assertThat(foreignKey(kind, "books", "publisher_id").referencedTable()).isEqualTo("publishers"); // @OneToMany + @JoinColumn
        assertThat(column(kind, "books", "publisher_id").nullable()).isTrue();
        assertThat(foreignKey(kind, "authors", "profile_id").referencedTable()).isEqualTo("author_profiles"); // @OneToOne
        assertThat(foreignKey(kind, "reviews", "book_id").onDelete()).isEqualTo(ReferentialAction.CASCADE);  // @OnDelete

        Table bookTags = table(kind, "book_tags");                                              // @ManyToMany @JoinTable
        assertThat(bookTags.columns()).extracting(Column::name).containsExactlyInAnyOrder("book_id", "tag_id");
        assertThat(bookTags.primaryKey().columns()).containsExactly("book_id", "tag_id");
        assertThat(foreignKey(kind, "book_tags", "book_id").referencedTable()).isEqualTo("books");
        assertThat(foreignKey(kind, "book_tags", "tag_id").referencedTable()).isEqualTo("tags");
        assertThat(type(kind, "book_tags", "tag_id")).isEqualTo(of(TypeKind.UUID));

        Table publisherAwards = table(kind, "publishers_awards");                               // @OneToMany without join column
        // Hibernate writes the implicit join column Publisher_id unquoted: MariaDB keeps that case, the others fold it
        assertThat(publisherAwards.columns()).extracting(Column::name)
                .containsExactly(kind == EngineKind.MARIADB ? "Publisher_id" : "publisher_id", "awards_id");
        assertThat(publisherAwards.primaryKey()).isNull();
        assertThat(publisherAwards.uniques()).containsExactly(new UniqueConstraint(null, List.of("awards_id")));
        assertThat(foreignKey(kind, "publishers_awards", "awards_id").referencedTable()).isEqualTo("awards");

        Table nicknames = table(kind, "author_nicknames");                                      // @ElementCollection
        assertThat(nicknames.primaryKey().columns()).containsExactly("author_id", "nickname");
        assertThat(type(kind, "author_nicknames", "nickname")).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 50));
        assertThat(foreignKey(kind, "author_nicknames", "author_id").referencedTable()).isEqualTo("authors");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void inheritanceStrategies(EngineKind kind) {
        // SINGLE_TABLE: one table, discriminator with a check of the values, nullable subclass columns
        Table payments = table(kind, "payments");
        assertThat(payments.columns()).extracting(Column::name).containsExactly("kind", "id", "amount", "iban", "card_last4");
        assertThat(column(kind, "payments", "kind")).satisfies(c -> {
            assertThat(c.type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 20));
            assertThat(c.nullable()).isFalse();
        });
        assertThat(column(kind, "payments", "iban").nullable()).isTrue();
        assertThat(column(kind, "payments", "card_last4").nullable()).isTrue();
        if (kind == EngineKind.MARIADB) {
            assertThat(payments.checks()).isEmpty();
            assertThat(column(kind, "payments", "kind").check()).isEqualTo("kind in ('BANK','CARD')");
        } else {
            assertThat(payments.checks()).containsExactly(new CheckConstraint("payments_kind_check", "kind in ('BANK','CARD')"));
        }
        // JOINED: subclass tables keyed by the parent key, which they reference
        assertThat(table(kind, "cars").primaryKey().columns()).containsExactly("id");
        assertThat(foreignKey(kind, "cars", "id").referencedTable()).isEqualTo("vehicles");
        assertThat(table(kind, "trucks").primaryKey().columns()).containsExactly("vehicle_id");
        assertThat(foreignKey(kind, "trucks", "vehicle_id").referencedColumns()).containsExactly("id");
        assertThat(table(kind, "vehicles").columns()).extracting(Column::name).containsExactly("id", "model");
        // TABLE_PER_CLASS: no table for the abstract root, each concrete table repeats the inherited columns
        assertThat(MODELS.get(kind).table("document")).isEmpty();
        assertThat(table(kind, "invoices").columns()).extracting(Column::name).containsExactly("id", "title", "total");
        assertThat(table(kind, "receipts").columns()).extracting(Column::name).containsExactly("id", "title", "issued_at");
        assertThat(table(kind, "invoices").foreignKeys()).isEmpty();
        assertThat(type(kind, "receipts", "issued_at")).isEqualTo(ColumnType.temporal(TypeKind.TIMESTAMP, 6));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void tableChecksAreNamedLikeTheServerNamesThem(EngineKind kind) {
        assertThat(table(kind, "reviews").checks()).containsExactlyInAnyOrder( // checks are kept sorted by name
                new CheckConstraint("reviews_body_not_blank", "body is null or char_length(body) > 0"), // @Check(name = ...)
                // unnamed @Check: MariaDB numbers unnamed table checks (SHOW CREATE TABLE of Hibernate's DDL says
                // CONSTRAINT_1), the others get PostgreSQL's table_column_check
                new CheckConstraint(kind == EngineKind.MARIADB ? "CONSTRAINT_1" : "reviews_stars_check", "stars between 1 and 5"));
    }

    @Test
    void hibernateSettingsThatShapeTheDdlApply() {
        // an application setting: UUIDs as character data instead of the native uuid type
        Schema schema = new HibernateModelSource(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.POSTGRESQL, null, Map.of("hibernate.type.preferred_uuid_jdbc_type", "CHAR")).read();
        assertThat(schema.table("tags").orElseThrow().column("id").orElseThrow().type())
                .isEqualTo(ColumnType.sized(TypeKind.CHAR, 36));
    }

    @Test
    void theServerVersionReachesTheDialect() {
        // MariaDB before 10.7 has no uuid type: Hibernate stores UUIDs in binary(16)
        Schema old = HibernateModelSource.read(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.MARIADB, "10.6.16-MariaDB");
        assertThat(old.table("tags").orElseThrow().column("id").orElseThrow().type())
                .isEqualTo(ColumnType.sized(TypeKind.BINARY, 16));
        assertThat(HibernateModelSource.read(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.MARIADB, "10.11")).isEqualTo(MODELS.get(EngineKind.MARIADB));
    }
}
