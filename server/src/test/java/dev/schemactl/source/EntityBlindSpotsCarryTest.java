package dev.schemactl.source;

import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What entities cannot say is taken from the live table: PostgreSQL column options, key INCLUDE columns, index keys'
 * statistics targets and the casts of a default that is the entity's literal.
 */
class EntityBlindSpotsCarryTest {

    @Test
    void columnOptionsAndKeyIncludesAreCarriedWhileTheColumnKeepsItsKind() {
        Table live = table("t").col(notNull("id", INT), col("a", varchar(20)).withOptions("STORAGE EXTERNAL STATISTICS 5"),
                col("b", varchar(20)).withOptions("COMPRESSION lz4")).pk("id").unique("a").build();
        live = live.withPrimaryKey(live.primaryKey().withInclude(List.of("a")))
                .withUniques(List.of(live.uniques().get(0).withInclude(List.of("b"))));
        Table entity = table("t").col(notNull("id", INT), col("a", varchar(50)), col("b", INT)).pk("id").unique("a").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.columns().get(1).options()).isEqualTo("STORAGE EXTERNAL STATISTICS 5");
        assertThat(carried.columns().get(2).options()).as("varchar to integer: its storage would be refused").isNull();
        assertThat(carried.primaryKey().include()).containsExactly("a");
        assertThat(carried.uniques()).singleElement().satisfies(u -> assertThat(u.include()).containsExactly("b"));
    }

    /**
     * A check the entity names otherwise (MariaDB's CONSTRAINT_n for an unnamed @Check) but that says what a live check
     * says keeps the live name (t_price_check, which schemactl wrote before entity checks were named CONSTRAINT_n): a
     * different name made the plan drop and re-add it. A check matched by name keeps the entity's.
     */
    @Test
    void aCheckMatchedByExpressionKeepsItsLiveName() {
        Table live = table("t").col(notNull("id", INT), col("price", INT), col("qty", INT)).pk("id").build()
                .withChecks(List.of(new dev.schemactl.schema.CheckConstraint("t_price_check", "`price` >= 0"),
                        new dev.schemactl.schema.CheckConstraint("CONSTRAINT_2", "`qty` > 0")));
        Table entity = table("t").col(notNull("id", INT), col("price", INT), col("qty", INT)).pk("id").build()
                .withChecks(List.of(new dev.schemactl.schema.CheckConstraint("CONSTRAINT_1", "price>=0"),
                        new dev.schemactl.schema.CheckConstraint("CONSTRAINT_2", "qty > 1")));
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.checks()).extracting(dev.schemactl.schema.CheckConstraint::name, dev.schemactl.schema.CheckConstraint::expression)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("t_price_check", "price>=0"),
                        org.assertj.core.groups.Tuple.tuple("CONSTRAINT_2", "qty > 1"));
    }

    /** Storage parameters of the index behind a primary key or unique constraint (WITH (fillfactor=80)): pair 912. */
    @Test
    void keysIndexStorageParametersAreCarried() {
        Table live = table("t").col(notNull("id", INT), col("a", varchar(20))).pk("id").unique("a").build();
        live = live.withPrimaryKey(live.primaryKey().withStorage("fillfactor=80"))
                .withUniques(List.of(live.uniques().get(0).withStorage("fillfactor=50, deduplicate_items=off")));
        Table entity = table("t").col(notNull("id", INT), col("a", varchar(20))).pk("id").unique("a").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.primaryKey().storage()).isEqualTo("fillfactor=80");
        assertThat(carried.uniques()).singleElement().satisfies(u -> assertThat(u.storage()).isEqualTo("fillfactor=50, deduplicate_items=off"));
    }

    /** graphile-worker's _private_jobs fed by jobs_id_seq1: an entity's identity would have renamed it (pair 921). */
    @Test
    void anIdentitysSequenceNameIsCarried() {
        Table live = table("t").col(notNull("id", INT).withIdentity(Identity.ALWAYS.withSequenceName("jobs_id_seq1")),
                notNull("n", INT).withIdentity(Identity.BY_DEFAULT.withSequenceName("n_ids"))).pk("id").build();
        Table entity = table("t").col(notNull("id", INT).withIdentity(Identity.BY_DEFAULT), notNull("n", INT)).pk("id").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.columns().get(0).identity()).isEqualTo(Identity.BY_DEFAULT.withSequenceName("jobs_id_seq1"));
        assertThat(carried.columns().get(1).identity()).as("no identity in the entity: none carried").isNull();
    }

    @Test
    void anIndexKeysStatisticsTargetIsCarried() {
        Index plain = new Index("ix_t_a", List.of(IndexColumn.ofExpression("lower(a)", false, null), IndexColumn.asc("id")), false);
        Table live = table("t").col(notNull("id", INT), col("a", varchar(20))).pk("id").build()
                .withIndexes(List.of(plain.withKeyStatistics(java.util.Arrays.asList(3000, null))));
        Table entity = table("t").col(notNull("id", INT), col("a", varchar(20))).pk("id").build().withIndexes(List.of(plain));
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.indexes()).singleElement().satisfies(i -> assertThat(i.keyStatistics()).containsExactly(3000, null));
    }

    /** An expression index is kept (entities cannot declare one) unless the entity drops a column it uses. */
    @Test
    void anExpressionIndexIsKeptOnlyWhileTheEntityKeepsItsColumns() {
        Index email = new Index("ix_email", List.of(IndexColumn.ofExpression("lower((email)::text)", false, null)), false);
        Index name = new Index("ix_name", List.of(IndexColumn.ofExpression("lower(\"Name\")", false, null)), false);
        Index withId = new Index("ix_id_email", List.of(IndexColumn.asc("email"), IndexColumn.ofExpression("abs(id)", false, null)), false);
        Index quoted = new Index("ix_literal", List.of(IndexColumn.ofExpression("coalesce(\"Name\", 'email')", false, null)), false);
        Table live = table("t").col(notNull("id", INT), col("email", varchar(20)), col("Name", varchar(20))).pk("id").build()
                .withIndexes(List.of(email, name, withId, quoted));
        Table entity = table("t").col(notNull("id", INT), col("Name", varchar(20))).pk("id").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.indexes()).extracting(Index::name).containsExactlyInAnyOrder("ix_name", "ix_literal");
        Table keepsAll = table("t").col(notNull("id", INT), col("email", varchar(20)), col("Name", varchar(20))).pk("id").build();
        assertThat(EntityBlindSpots.carry(schema(List.of(keepsAll)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow().indexes()).extracting(Index::name)
                .containsExactlyInAnyOrder("ix_email", "ix_name", "ix_id_email", "ix_literal");
    }

    @Test
    void aDefaultsCastIsCarriedWhenTheEntitySaysTheSameLiteral() {
        Table live = table("t").col(notNull("id", INT), col("a", varchar(20)).withDefault("'active'::text"),
                col("b", varchar(20)).withDefault("('x'::text)::character varying"), col("c", varchar(20)).withDefault("'old'::text"),
                col("d", varchar(20)).withDefault("upper('x'::text)")).pk("id").build();
        Table entity = table("t").col(notNull("id", INT), col("a", varchar(20)).withDefault("'active'"),
                col("b", varchar(20)).withDefault("'x'"), col("c", varchar(20)).withDefault("'new'"),
                col("d", varchar(20)).withDefault("'x'")).pk("id").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.columns().stream().map(c -> c.defaultExpression()).toList()).containsExactly(null, "'active'::text",
                "('x'::text)::character varying", "'new'", "'x'");
    }

    /** Pair 836: PostgreSQL compares a default's number as written; an entity's 0 is the live 0.00. */
    @Test
    void aNumberDefaultsLiveSpellingIsCarriedWhenOnlyTrailingZerosDiffer() {
        Table live = table("t").col(notNull("id", INT), col("a", INT).withDefault("0.00"), col("b", INT).withDefault("1.50"))
                .pk("id").build();
        Table entity = table("t").col(notNull("id", INT), col("a", INT).withDefault("0"), col("b", INT).withDefault("1.25"))
                .pk("id").build();
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.columns().stream().map(c -> c.defaultExpression()).toList()).containsExactly(null, "0.00", "1.25");
    }

    /** Entities declare no domains: every live one stays in the desired state, so a plan never drops it. */
    @Test
    void liveDomainsAreKept() {
        dev.schemactl.schema.Domain email = new dev.schemactl.schema.Domain(null, "email", "text", null, null, true,
                List.of(new dev.schemactl.schema.DomainCheck("email_check", "CHECK ((VALUE ~ '@'::text))", false)), "mail");
        dev.schemactl.schema.Domain code = new dev.schemactl.schema.Domain("billing", "code", "character varying(20)[]", null, null,
                false, List.of(), null);
        Table live = table("users").col(notNull("id", INT), col("mail", dev.schemactl.schema.ColumnType.other("email"))).pk("id").build();
        Table entity = table("users").col(notNull("id", INT)).pk("id").build();
        Schema carried = EntityBlindSpots.carry(schema(List.of(entity)),
                schema(List.of(live)).withDomains(List.of(email, code)), UnaryOperator.identity());
        assertThat(carried.domains()).containsExactly(email, code);
        assertThat(new dev.schemactl.diff.Differ().diff(schema(List.of(live)).withDomains(List.of(email, code)), carried).changes())
                .noneMatch(c -> c instanceof dev.schemactl.diff.Change.DropDomain);
    }

    @Test
    void anExplicitNullDefaultIsCarriedWhereTheEntitySaysNoDefaultAndAPgDumpLoadedInListsTextToo() {
        Table live = table("t").col(notNull("id", INT), col("a", varchar(20)).withDefault("null::character varying"),
                col("b", varchar(20)).withDefault("null::character varying"), col("c", varchar(20)).withDefault("null::character varying"))
                .pk("id").build();
        String stored = "(a)::text = ANY (ARRAY[('x'::character varying)::text, ('y'::character varying)::text])";
        live = live.withChecks(List.of(new dev.schemactl.schema.CheckConstraint("t_a_check", "a IN ('x', 'y')", false, null, false, stored)));
        Table entity = table("t").col(notNull("id", INT), col("a", varchar(20)), col("b", varchar(20)).withDefault("'v'"), col("c", INT))
                .pk("id").build().withChecks(List.of(new dev.schemactl.schema.CheckConstraint("t_a_check", "a IN ('x', 'y')")));
        Table carried = EntityBlindSpots.carry(schema(List.of(entity)), schema(List.of(live)), UnaryOperator.identity())
                .table("t").orElseThrow();
        assertThat(carried.columns().get(1).defaultExpression()).isEqualTo("null::character varying");
        assertThat(carried.columns().get(2).defaultExpression()).as("the entity's own default").isEqualTo("'v'");
        assertThat(carried.columns().get(3).defaultExpression()).as("varchar to integer: its cast would not fit").isNull();
        assertThat(carried.checks()).singleElement().satisfies(c -> assertThat(c.sql()).isEqualTo(stored));
    }
}
