package dev.schemactl.diff;

import dev.schemactl.diff.Change.AddCheck;
import dev.schemactl.diff.Change.AddColumn;
import dev.schemactl.diff.Change.AddForeignKey;
import dev.schemactl.diff.Change.AddPrimaryKey;
import dev.schemactl.diff.Change.AddUnique;
import dev.schemactl.diff.Change.AlterColumnType;
import dev.schemactl.diff.Change.CreateIndex;
import dev.schemactl.diff.Change.CreateSequence;
import dev.schemactl.diff.Change.CreateTable;
import dev.schemactl.diff.Change.DropCheck;
import dev.schemactl.diff.Change.DropColumn;
import dev.schemactl.diff.Change.DropForeignKey;
import dev.schemactl.diff.Change.DropIndex;
import dev.schemactl.diff.Change.DropPrimaryKey;
import dev.schemactl.diff.Change.DropSequence;
import dev.schemactl.diff.Change.DropTable;
import dev.schemactl.diff.Change.DropUnique;
import dev.schemactl.diff.Change.RenameColumn;
import dev.schemactl.diff.Change.RenameTable;
import dev.schemactl.diff.Change.SetColumnComment;
import dev.schemactl.diff.Change.SetDefault;
import dev.schemactl.diff.Change.SetIdentity;
import dev.schemactl.diff.Change.SetNullable;
import dev.schemactl.diff.Change.SetTableComment;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.schemactl.diff.Fixtures.BIGINT;
import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.TEXT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.decimal;
import static dev.schemactl.diff.Fixtures.identity;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifferTest {

    private final Differ differ = new Differ();

    private static Schema one(Table t) {
        return schema(List.of(t));
    }

    private static Table users() {
        return table("users").col(identity("id", BIGINT), notNull("email", varchar(100)), col("name", varchar(50)))
                .pk("id").build();
    }

    private static <T> int indexOf(List<Change> changes, Class<T> type, String table) {
        for (int i = 0; i < changes.size(); i++) {
            if (type.isInstance(changes.get(i)) && changes.get(i).table().equals(table)) return i;
        }
        throw new AssertionError("no " + type.getSimpleName() + " on " + table + " in " + changes);
    }

    // ------------------------------------------------------------------ no change

    /** PostgreSQL storage parameters given in another order are the same options: no change that never converges. */
    @Test
    void storageParametersInAnotherOrderAreTheSameOptions() {
        assertThat(Differ.sameTableOptions("WITH (fillfactor=70, autovacuum_enabled=false) ENABLE ROW LEVEL SECURITY",
                "WITH (autovacuum_enabled=false, fillfactor=70) ENABLE ROW LEVEL SECURITY")).isTrue();
        assertThat(Differ.sameTableOptions("WITH (fillfactor=70, autovacuum_enabled=false)", "WITH (fillfactor=70)")).isFalse();
        assertThat(Differ.sameTableOptions("WITH (fillfactor=70)", "UNLOGGED WITH (fillfactor=70)")).isFalse();
        assertThat(Differ.sameTableOptions(null, "WITH (fillfactor=70)")).isFalse();
    }

    @Test
    void identicalSchemasGiveAnEmptyPlan() {
        Plan plan = differ.diff(Fixtures.schemaA(), Fixtures.schemaA());
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.renameHints()).isEmpty();
    }

    @Test
    void namesOfConstraintsAndIndexesDoNotMatter() {
        Table named = table("t").col(notNull("a", INT), notNull("b", INT), col("c", INT))
                .pkNamed("t_pkey", "a").uniqueNamed("t_b_key", "b").indexNamed("some_idx", false, "c")
                .fk("fk_engine_named", List.of("c"), "t", List.of("a"), null).checkNamed("t_b_check", "b > 0").build();
        Table unnamed = table("t").col(notNull("a", INT), notNull("b", INT), col("c", INT))
                .pk("a").unique("b").index("c").fk("c", "t", "a").check("(B>0)").build();
        assertThat(differ.diff(one(named), one(unnamed)).changes()).isEmpty();
        assertThat(differ.diff(one(unnamed), one(named)).changes()).isEmpty();
    }

    @Test
    void defaultsCompareNormalized() {
        Table a = table("t").col(notNull("s", varchar(10)).withDefault(" 'X' "), col("n", INT).withDefault("( 1 )")).build();
        Table b = table("t").col(notNull("s", varchar(10)).withDefault("'X'"), col("n", INT).withDefault("1")).build();
        assertThat(differ.diff(one(a), one(b)).changes()).isEmpty();
        Table c = table("t").col(notNull("s", varchar(10)).withDefault("'x'"), col("n", INT).withDefault("1")).build();
        assertThat(differ.diff(one(a), one(c)).changes()).hasSize(1).first().isInstanceOf(SetDefault.class);
    }

    /** Pair 836: PostgreSQL keeps 0.00 and 0.0000 apart (pg_dump shows each); MariaDB reports a DECIMAL at its scale. */
    @Test
    void numberDefaultsCompareAsWrittenOnlyWhereTheEngineKeepsTheLiteral() {
        Table a = table("t").col(notNull("amount", INT).withDefault("0.00"), col("rate", INT).withDefault("1.50")).build();
        Table b = table("t").col(notNull("amount", INT).withDefault("0.0000"), col("rate", INT).withDefault("1.5")).build();
        assertThat(differ.diff(one(a), one(b)).changes()).isEmpty();
        assertThat(differ.comparingDefaultsExactly().diff(one(a), one(b)).changes()).hasSize(2).allMatch(c -> c instanceof SetDefault);
        Table c = table("t").col(notNull("amount", INT).withDefault(" ( 0.00 ) "), col("rate", INT).withDefault("1.50")).build();
        assertThat(differ.comparingDefaultsExactly().diff(one(a), one(c)).changes()).isEmpty();
    }

    /**
     * Pair 973: an index predicate and expression key compare with their number literals as written where defaults do
     * (PostgreSQL keeps WHERE price > 0.00 and > 0.000 apart), renamed columns under their new names.
     */
    @Test
    void indexExpressionsCompareNumbersAsWrittenWhereDefaultsDo() {
        Table base = table("t").col(notNull("id", INT), col("price", INT)).build();
        Index partial = new Index("t_priced", List.of(IndexColumn.asc("id")), false, null, "(price > 0.00)", List.of());
        Index keyed = new Index("t_total", List.of(IndexColumn.ofExpression("price * 1.50", false, null)), false);
        Table a = base.withIndexes(List.of(partial, keyed));
        Table b = base.withIndexes(List.of(new Index("t_priced", List.of(IndexColumn.asc("id")), false, null, "price > 0.000", List.of()),
                new Index("t_total", List.of(IndexColumn.ofExpression("price * 1.5", false, null)), false)));
        assertThat(differ.diff(one(a), one(b)).changes()).isEmpty();
        Differ exact = differ.comparingDefaultsExactly();
        assertThat(exact.diff(one(a), one(b)).changes()).hasSize(4)
                .allMatch(c -> c instanceof DropIndex || c instanceof CreateIndex);
        Table spaced = base.withIndexes(List.of(new Index("t_priced", List.of(IndexColumn.asc("id")), false, null, " price >  0.00 ", List.of()),
                keyed));
        assertThat(exact.diff(one(a), one(spaced)).changes()).isEmpty();
    }

    // ------------------------------------------------------------------ each change kind

    @Test
    void createAndDropTable() {
        Table t = users();
        assertThat(differ.diff(Schema.EMPTY, one(t)).changes()).containsExactly(new CreateTable(t));
        assertThat(differ.diff(one(t), Schema.EMPTY).changes()).containsExactly(new DropTable(t));
    }

    @Test
    void addAndDropColumn() {
        Table before = users();
        Column phone = col("phone", varchar(20)).withComment("mobile");
        Table after = table("users").col(identity("id", BIGINT), notNull("email", varchar(100)), col("name", varchar(50)), phone)
                .pk("id").build();
        assertThat(differ.diff(one(before), one(after)).changes()).containsExactly(new AddColumn("users", phone));
        assertThat(differ.diff(one(after), one(before)).changes()).containsExactly(new DropColumn("users", phone));
    }

    @Test
    void columnAttributeChangesAreChainedInOrder() {
        Column from = col("c", varchar(10)).withDefault("'a'").withComment("old");
        Column to = notNull("c", varchar(20)).withDefault("'b'").withComment("new");
        Plan plan = differ.diff(one(table("t").col(from).build()), one(table("t").col(to).build()));
        Column afterType = from.withType(varchar(20));
        // becoming NOT NULL with a new default: the default comes first, so the NOT NULL step can fill NULLs with it
        Column afterDefault = afterType.withDefault("'b'");
        Column afterNull = afterDefault.withNullable(false);
        assertThat(plan.changes()).containsExactly(
                new AlterColumnType("t", from, afterType),
                new SetDefault("t", afterType, afterDefault),
                new SetNullable("t", afterDefault, afterNull),
                new SetColumnComment("t", afterNull, afterNull.withComment("new")));
        assertThat(afterNull.withComment("new")).isEqualTo(to);
    }

    @Test
    void droppingNotNullKeepsNullableFirstThenDefault() {
        Column from = notNull("c", INT).withDefault("1");
        Column to = col("c", INT).withDefault("2");
        Plan plan = differ.diff(one(table("t").col(from).build()), one(table("t").col(to).build()));
        assertThat(plan.changes()).containsExactly(
                new SetNullable("t", from, from.withNullable(true)),
                new SetDefault("t", from.withNullable(true), to));
    }

    @Test
    void tableComment() {
        Table a = table("t").col(col("c", INT)).comment("old").build();
        Table b = table("t").col(col("c", INT)).build();
        assertThat(differ.diff(one(a), one(b)).changes()).containsExactly(new SetTableComment("t", "old", null));
        Table blank = table("t").col(col("c", INT)).comment("").build();
        assertThat(differ.diff(one(b), one(blank)).changes()).isEmpty();
    }

    @Test
    void identityChangesKeepTheColumn() {
        Table plain = table("t").col(notNull("id", BIGINT)).pk("id").build();
        Table ident = table("t").col(identity("id", BIGINT)).pk("id").build();
        assertThat(differ.diff(one(plain), one(ident)).changes())
                .containsExactly(new SetIdentity("t", notNull("id", BIGINT), identity("id", BIGINT)));
        assertThat(differ.diff(one(ident), one(plain)).changes())
                .containsExactly(new SetIdentity("t", identity("id", BIGINT), notNull("id", BIGINT)));
    }

    @Test
    void identityIsRemovedBeforeKeysAreDroppedAndAddedAfterKeysAreAdded() {
        Table before = table("t").col(identity("id", BIGINT), notNull("k", INT)).pk("id").build();
        Table after = table("t").col(notNull("id", BIGINT), identity("k", INT)).pk("k").build();
        List<Change> changes = differ.diff(one(before), one(after)).changes();
        assertThat(changes).containsExactly(
                new SetIdentity("t", identity("id", BIGINT), notNull("id", BIGINT)),
                new DropPrimaryKey("t", new PrimaryKey(null, List.of("id"))),
                new AddPrimaryKey("t", new PrimaryKey(null, List.of("k"))),
                new SetIdentity("t", notNull("k", INT), identity("k", INT)));
    }

    @Test
    void changedGeneratedExpressionDropsAndAddsTheColumn() {
        Column g1 = Fixtures.generated("g", INT, "a * 2");
        Column g2 = Fixtures.generated("g", INT, "a * 3");
        Table a = table("t").col(col("a", INT), g1).build();
        Table b = table("t").col(col("a", INT), g2).build();
        assertThat(differ.diff(one(a), one(b)).changes()).containsExactly(new DropColumn("t", g1), new AddColumn("t", g2));
        Table same = table("t").col(col("a", INT), Fixtures.generated("g", INT, "(A*2)")).build();
        assertThat(differ.diff(one(a), one(same)).changes()).isEmpty();
    }

    /**
     * Where the engine can (PostgreSQL's DROP EXPRESSION, MariaDB's MODIFY), a STORED generated column made plain keeps
     * its values: one step, before the renames, that knows what stands on the column (the rollback re-adds it); the
     * index and check over it stay. Elsewhere, and the other way round (plain to generated), the column is rebuilt.
     */
    @Test
    void storedGeneratedColumnMadePlainKeepsItsValuesWhereTheEngineCan() {
        Column g = Fixtures.generated("g", INT, "a * 2");
        Column plain = col("g", INT);
        Table a = table("t").col(notNull("id", INT), col("a", INT), g).pk("id").indexNamed("t_g_idx", false, "g")
                .checkNamed("t_g_check", "g >= 0").build();
        Table b = table("t").col(notNull("id", INT), col("a", INT), plain).pk("id").indexNamed("t_g_idx", false, "g")
                .checkNamed("t_g_check", "g >= 0").build();
        Table refs = table("r").col(notNull("id", INT), col("g", INT)).pk("id")
                .fk("r_g_fkey", List.of("g"), "t", List.of("g"), null).build();
        Table aKeyed = table("t").col(notNull("id", INT), col("a", INT), g).pk("id").uniqueNamed("t_g_key", "g").build();
        Table bKeyed = table("t").col(notNull("id", INT), col("a", INT), plain).pk("id").uniqueNamed("t_g_key", "g").build();
        Differ inPlace = new Differ(false, false, true).droppingGenerationInPlace();

        List<Change> changes = inPlace.diff(one(a), one(b)).changes();
        assertThat(changes).containsExactly(new Change.DropGeneration("t", g, plain, new ColumnDependents(null, List.of(),
                a.indexes(), a.checks(), List.of(), List.of())));

        ForeignKey onto = refs.foreignKeys().get(0);
        assertThat(inPlace.diff(schema(List.of(aKeyed, refs)), schema(List.of(bKeyed, refs))).changes()).containsExactly(
                new Change.DropGeneration("t", g, plain, new ColumnDependents(null, aKeyed.uniques(), List.of(), List.of(), List.of(),
                        List.of(new AddForeignKey("r", onto)))));

        // with a type change: the expression goes first, then the type changes on the plain column
        Table wider = table("t").col(notNull("id", INT), col("a", INT), col("g", BIGINT)).pk("id").build();
        Table narrow = table("t").col(notNull("id", INT), col("a", INT), g).pk("id").build();
        assertThat(inPlace.diff(one(narrow), one(wider)).changes()).containsExactly(
                new Change.DropGeneration("t", g, plain), new AlterColumnType("t", plain, col("g", BIGINT)));

        // not where the engine cannot, nor from plain to generated
        assertThat(new Differ().diff(one(narrow), one(narrow.withColumns(List.of(notNull("id", INT), col("a", INT), plain))))
                .changes()).containsExactly(new DropColumn("t", g), new AddColumn("t", plain));
        assertThat(inPlace.diff(one(b), one(a)).changes()).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropCheck", "DropIndex", "DropColumn", "AddColumn", "CreateIndex", "AddCheck");
        // nor a VIRTUAL column, which holds no values
        Column virtual = g.withGenerated("a * 2", dev.schemactl.schema.GeneratedKind.VIRTUAL);
        Table v = table("t").col(notNull("id", INT), col("a", INT), virtual).pk("id").build();
        assertThat(inPlace.diff(one(v), one(v.withColumns(List.of(notNull("id", INT), col("a", INT), plain)))).changes())
                .containsExactly(new DropColumn("t", virtual), new AddColumn("t", plain));
    }

    /** A primary key's method (a MariaDB MEMORY table's BTREE key) is part of it: a change rebuilds the key. */
    @Test
    void aPrimaryKeysMethodChangeRebuildsIt() {
        Table hash = table("t").col(notNull("a", INT)).pk("a").build();
        Table btree = hash.withPrimaryKey(hash.primaryKey().withMethod("btree"));
        assertThat(differ.diff(one(hash), one(btree)).changes()).containsExactly(
                new DropPrimaryKey("t", new PrimaryKey(null, List.of("a"))),
                new AddPrimaryKey("t", new PrimaryKey(null, List.of("a"), List.of(), "btree")));
        assertThat(differ.diff(one(btree), one(hash)).changes()).containsExactly(
                new DropPrimaryKey("t", new PrimaryKey(null, List.of("a"), List.of(), "btree")),
                new AddPrimaryKey("t", new PrimaryKey(null, List.of("a"))));
        assertThat(differ.diff(one(btree), one(btree.withPrimaryKey(new PrimaryKey("pk", List.of("a"), List.of(), "btree"))))
                .changes()).isEmpty();
        assertThat(new PrimaryKey(null, List.of("a"), List.of(), " ")).isEqualTo(new PrimaryKey(null, List.of("a")));
    }

    /**
     * A unique key's key order (MariaDB's creation order) decides the order keys are added in, never whether they
     * differ: the same keys in another order are no change.
     */
    @Test
    void uniqueKeysAreAddedInTheirKeyOrderWhichIsNoDifference() {
        Table bare = table("t").col(col("a", INT), col("b", INT), col("c", INT)).build();
        UniqueConstraint uc = new UniqueConstraint("uc", List.of("c")).withKeyOrder(0);
        UniqueConstraint ua = new UniqueConstraint("ua", List.of("a")).withKeyOrder(1);
        UniqueConstraint ub = new UniqueConstraint("ub", List.of("b")).withKeyOrder(2);
        Table keyed = bare.withUniques(List.of(ua, ub, uc));
        assertThat(differ.diff(one(bare), one(keyed)).changes())
                .containsExactly(new AddUnique("t", uc), new AddUnique("t", ua), new AddUnique("t", ub));
        Table otherOrder = bare.withUniques(List.of(ua.withKeyOrder(2), ub.withKeyOrder(0), uc.withKeyOrder(1)));
        assertThat(otherOrder).isEqualTo(keyed);
        assertThat(differ.diff(one(keyed), one(otherOrder)).changes()).isEmpty();
    }

    /**
     * An index's key order (MariaDB's creation order, counted with the unique keys and the foreign keys' own indexes)
     * decides the order indexes are created in on an existing table, never whether they differ; so does a foreign
     * key's (the place of the index the server made for it).
     */
    @Test
    void indexesAreCreatedInTheirKeyOrderWhichIsNoDifference() {
        Table bare = table("t").col(col("a", INT), col("b", INT), col("c", INT)).build();
        Index iz = new Index("iz", List.of(IndexColumn.asc("c")), false).withKeyOrder(0); // neither by name nor by columns
        Index iy = new Index("iy", List.of(IndexColumn.asc("b")), false).withKeyOrder(1);
        Index ix = new Index("ix", List.of(IndexColumn.asc("a")), false).withKeyOrder(2);
        Table indexed = bare.withIndexes(List.of(iz, iy, ix));
        assertThat(differ.diff(one(bare), one(indexed)).changes())
                .containsExactly(new CreateIndex("t", iz), new CreateIndex("t", iy), new CreateIndex("t", ix));
        Table otherOrder = bare.withIndexes(List.of(ix.withKeyOrder(0), iy.withKeyOrder(1), iz.withKeyOrder(2)));
        assertThat(otherOrder.indexes()).containsExactlyInAnyOrderElementsOf(indexed.indexes());
        assertThat(differ.diff(one(indexed), one(otherOrder)).changes()).isEmpty();
        assertThat(iz.withKeyOrder(7)).isEqualTo(iz).hasSameHashCodeAs(iz);
        ForeignKey fk = new ForeignKey("fk", List.of("a"), "p", List.of("id"), null, null);
        assertThat(fk.withKeyOrder(3)).isEqualTo(fk).hasSameHashCodeAs(fk);
    }

    /**
     * The INCLUDE columns of a PostgreSQL key are part of it: a change rebuilds the key; a renamed included column is
     * the same key.
     */
    @Test
    void aKeysIncludeColumnsChangeRebuildsIt() {
        Table plain = table("t").col(notNull("a", INT), col("b", INT), col("c", INT)).pk("a").unique("b").build();
        Table covering = plain.withPrimaryKey(plain.primaryKey().withInclude(List.of("c")))
                .withUniques(List.of(plain.uniques().get(0).withInclude(List.of("c"))));
        assertThat(differ.diff(one(plain), one(covering)).changes()).containsExactlyInAnyOrder(
                new DropPrimaryKey("t", new PrimaryKey(null, List.of("a"))),
                new DropUnique("t", new UniqueConstraint(null, List.of("b"))),
                new AddPrimaryKey("t", new PrimaryKey(null, List.of("a"), List.of(), null, List.of("c"))),
                new AddUnique("t", new UniqueConstraint(null, List.of("b"), null, false, List.of("c"))));
        assertThat(differ.diff(one(covering), one(covering.withPrimaryKey(covering.primaryKey().withInclude(List.of("c"))))).changes()).isEmpty();
        Table renamed = table("t").col(notNull("a", INT), col("b", INT), col("d", INT)).pk("a").unique("b").build();
        renamed = renamed.withPrimaryKey(renamed.primaryKey().withInclude(List.of("d")))
                .withUniques(List.of(renamed.uniques().get(0).withInclude(List.of("d"))));
        assertThat(differ.diff(one(covering), one(renamed), Renames.parse(List.of("t.c=d"))).changes())
                .singleElement().isInstanceOf(RenameColumn.class);
    }

    /** A column's physical options (PostgreSQL compression, storage, statistics target) are set in place. */
    @Test
    void columnOptionsAreSetInPlace() {
        Table before = table("t").col(col("v", INT)).build();
        Table after = table("t").col(col("v", INT).withOptions("STATISTICS 10")).build();
        assertThat(differ.diff(one(before), one(after)).changes()).containsExactly(
                new Change.SetColumnOptions("t", col("v", INT), col("v", INT).withOptions("STATISTICS 10")));
        assertThat(differ.diff(one(after), one(after)).changes()).isEmpty();
    }

    @Test
    void primaryKeyMatchedByColumns() {
        Table a = table("t").col(notNull("a", INT), notNull("b", INT)).pkNamed("whatever", "a").build();
        Table b = table("t").col(notNull("a", INT), notNull("b", INT)).pk("a", "b").build();
        assertThat(differ.diff(one(a), one(b)).changes()).containsExactly(
                new DropPrimaryKey("t", new PrimaryKey("whatever", List.of("a"))),
                new AddPrimaryKey("t", new PrimaryKey(null, List.of("a", "b"))));
        Table none = table("t").col(notNull("a", INT), notNull("b", INT)).build();
        assertThat(differ.diff(one(none), one(b)).changes()).containsExactly(new AddPrimaryKey("t", new PrimaryKey(null, List.of("a", "b"))));
        assertThat(differ.diff(one(b), one(none)).changes()).containsExactly(new DropPrimaryKey("t", new PrimaryKey(null, List.of("a", "b"))));
    }

    @Test
    void uniquesMatchedByOrderedColumnList() {
        Table a = table("t").col(col("a", INT), col("b", INT)).uniqueNamed("u1", "a", "b").build();
        Table b = table("t").col(col("a", INT), col("b", INT)).unique("b", "a").build();
        assertThat(differ.diff(one(a), one(b)).changes()).containsExactly(
                new DropUnique("t", new UniqueConstraint("u1", List.of("a", "b"))),
                new AddUnique("t", new UniqueConstraint(null, List.of("b", "a"))));
    }

    @Test
    void indexesMatchedByColumnsDirectionAndUniqueness() {
        Table asc = table("t").col(col("a", INT)).index("a").build();
        Table desc = table("t").col(col("a", INT)).index("a desc").build();
        Table uniq = table("t").col(col("a", INT)).uniqueIndex("a").build();
        assertThat(differ.diff(one(asc), one(desc)).changes()).containsExactly(
                new DropIndex("t", asc.indexes().get(0)), new CreateIndex("t", desc.indexes().get(0)));
        assertThat(differ.diff(one(asc), one(uniq)).changes()).containsExactly(
                new DropIndex("t", asc.indexes().get(0)), new CreateIndex("t", uniq.indexes().get(0)));
        Table renamedIndex = table("t").col(col("a", INT)).indexNamed("other_name", false, "a").build();
        assertThat(differ.diff(one(asc), one(renamedIndex)).changes()).isEmpty();
    }

    @Test
    void foreignKeysMatchedByColumnsTargetAndActions() {
        Table p = table("p").col(notNull("id", INT)).pk("id").build();
        Table c1 = table("c").col(col("p_id", INT)).fk("p_id", "p", "id").build();
        Table c2 = table("c").col(col("p_id", INT)).fk(null, List.of("p_id"), "p", List.of("id"), ReferentialAction.CASCADE).build();
        List<Change> changes = differ.diff(schema(List.of(p, c1)), schema(List.of(p, c2))).changes();
        assertThat(changes).containsExactly(new DropForeignKey("c", c1.foreignKeys().get(0)), new AddForeignKey("c", c2.foreignKeys().get(0)));
    }

    @Test
    void checksMatchedByNameWhenBothNamedElseByExpression() {
        Table named = table("t").col(col("a", INT)).checkNamed("ck_a", "a > 0").build();
        Table renamedSameExpr = table("t").col(col("a", INT)).checkNamed("ck_other", "a > 0").build();
        Table unnamedSameExpr = table("t").col(col("a", INT)).check("(a>0)").build();
        Table namedNewExpr = table("t").col(col("a", INT)).checkNamed("ck_a", "a > 1").build();
        assertThat(differ.diff(one(named), one(unnamedSameExpr)).changes()).isEmpty();
        assertThat(differ.diff(one(named), one(renamedSameExpr)).changes()).containsExactly(
                new DropCheck("t", new CheckConstraint("ck_a", "a > 0")), new AddCheck("t", new CheckConstraint("ck_other", "a > 0")));
        assertThat(differ.diff(one(named), one(namedNewExpr)).changes()).containsExactly(
                new DropCheck("t", new CheckConstraint("ck_a", "a > 0")), new AddCheck("t", new CheckConstraint("ck_a", "a > 1")));
    }

    @Test
    void sequences() {
        Sequence s = new Sequence("s", 1, 1);
        Table t = table("t").col(col("a", INT)).build();
        assertThat(differ.diff(schema(List.of(t)), schema(List.of(t), s)).changes()).containsExactly(new CreateSequence(s));
        assertThat(differ.diff(schema(List.of(t), s), schema(List.of(t))).changes()).containsExactly(new DropSequence(s));
    }

    /**
     * A same-named sequence and enum type in the default schema and in billing are two objects each: changing billing's
     * touches billing's only (matched by name alone, billing's replaced public's in the maps and the plan altered the
     * wrong one, or dropped and created them), and only billing's columns use billing's type.
     */
    /**
     * A check of a table in another schema, rebuilt around a type change of its column or only validated, names the
     * table by its key: named bare, its DROP CONSTRAINT went to a table of the default schema ("relation does not exist").
     */
    @Test
    void checkStepsOfATableInAnotherSchemaNameItsKey() {
        CheckConstraint positive = new CheckConstraint("invoices_total_check", "total >= 0");
        CheckConstraint currency = new CheckConstraint("invoices_cur_check", "cur <> ''", true, null, false);
        Table before = table("invoices").col(col("id", INT), col("total", INT), col("cur", TEXT)).build().withSchema("billing")
                .withChecks(List.of(positive, currency));
        Table after = table("invoices").col(col("id", INT), col("total", BIGINT), col("cur", TEXT)).build().withSchema("billing")
                .withChecks(List.of(positive, currency.withNotValid(false)));

        List<Change> changes = differ.diff(schema(List.of(before)), schema(List.of(after))).changes();

        assertThat(changes).contains(new DropCheck("billing.invoices", positive), new AddCheck("billing.invoices", positive),
                new Change.SetCheckValidation("billing.invoices", currency, currency.withNotValid(false)));
    }

    @Test
    void sameNamedSequencesAndEnumTypesOfTwoSchemasAreTwoObjects() {
        Table tasks = table("tasks").col(col("id", INT), col("st", dev.schemactl.schema.ColumnType.other("state"))).build();
        Table invoices = table("invoices").col(col("id", INT), col("st", dev.schemactl.schema.ColumnType.other("billing.state")))
                .build().withSchema("billing");
        EnumType publicState = new EnumType("state", List.of("open", "paid"));
        EnumType billingState = new EnumType("billing", "state", List.of("open", "paid"));
        EnumType billingStateMore = new EnumType("billing", "state", List.of("open", "sent", "paid"));
        Sequence publicTicket = new Sequence("ticket", 100, 5);
        Sequence billingTicket = new Sequence("billing", "ticket", 100, 5, null, null, null, false, null, null);
        Sequence billingTicketBy10 = new Sequence("billing", "ticket", 100, 10, null, null, null, false, null, null);
        Schema from = new Schema(List.of(tasks, invoices), List.of(publicTicket, billingTicket), List.of(publicState, billingState), List.of());
        Schema to = new Schema(List.of(tasks, invoices), List.of(publicTicket, billingTicketBy10), List.of(publicState, billingStateMore), List.of());

        assertThat(differ.diff(from, from).changes()).isEmpty();
        assertThat(differ.diff(from, to).changes()).containsExactly(
                new Change.AlterSequence(billingTicket, billingTicketBy10),
                new Change.AddEnumValues(billingState, billingStateMore, List.of(new Change.EnumUsage("billing.invoices", "st", null))));

        Schema withoutBilling = new Schema(List.of(tasks, invoices.withColumns(List.of(col("id", INT)))), List.of(publicTicket),
                List.of(publicState), List.of());
        assertThat(differ.diff(from, withoutBilling).changes()).containsExactly(
                new DropColumn("billing.invoices", invoices.columns().get(1)), new DropSequence(billingTicket), new Change.DropEnumType(billingState));
    }

    /** The tables a domain change checks are named by their key, so the risk rules find billing.items, not a public items. */
    @Test
    void tablesUsingADomainOfAnotherSchemaAreNamedByTheirKey() {
        dev.schemactl.schema.Domain posint = new dev.schemactl.schema.Domain("billing", "posint", "integer", null, null, false, List.of(), null);
        Table items = table("items").col(col("id", INT), col("qty", dev.schemactl.schema.ColumnType.other("billing.posint"))).build()
                .withSchema("billing");
        Schema from = new Schema(List.of(items), List.of(), List.of(), List.of(), List.of(posint));
        Schema to = from.withDomains(List.of(posint.withNotNull(true)));
        assertThat(differ.diff(from, to).changes()).containsExactly(
                new Change.SetDomainNotNull(posint.withNotNull(true), true, List.of("billing.items")));
    }

    /**
     * Domains are matched by (schema, name) and altered in place: a check with a new name and the same definition is
     * renamed, a changed one dropped and added, NOT NULL set last (after the checks), with the tables that use the
     * domain carried for the risk rules; a created domain comes before the table that uses it, a dropped one after
     * the column that used it; a domain over another is created after it and dropped before it.
     */
    @Test
    void domainsAreCreatedAlteredAndDroppedInPlace() {
        dev.schemactl.schema.DomainCheck positive = new dev.schemactl.schema.DomainCheck("posint_check", "CHECK ((VALUE > 0))", false);
        dev.schemactl.schema.DomainCheck small = new dev.schemactl.schema.DomainCheck("posint_small", "CHECK ((VALUE < 100))", false);
        dev.schemactl.schema.Domain posint = new dev.schemactl.schema.Domain(null, "posint", "integer", null, null, false, List.of(positive), null);
        Table items = table("items").col(col("id", INT), col("qty", dev.schemactl.schema.ColumnType.other("posint"))).build();
        Schema from = new Schema(List.of(items), List.of(), List.of(), List.of(), List.of(posint));
        dev.schemactl.schema.Domain altered = new dev.schemactl.schema.Domain(null, "posint", "integer", null, "1", true,
                List.of(positive.withName("positive"), small), "counts");
        Schema to = from.withDomains(List.of(altered));
        dev.schemactl.schema.Domain withDefault = posint.withDefault("1");
        dev.schemactl.schema.Domain renamed = withDefault.withChecks(List.of(positive.withName("positive")));
        dev.schemactl.schema.Domain withSmall = renamed.withChecks(List.of(positive.withName("positive"), small));
        assertThat(differ.diff(from, to).changes()).containsExactly(
                new Change.SetDomainDefault(withDefault, null, "1"),
                new Change.RenameDomainCheck(renamed, "posint_check", "positive"),
                new Change.AddDomainCheck(withSmall, small, List.of("items")),
                new Change.SetDomainNotNull(withSmall.withNotNull(true), true, List.of("items")),
                new Change.SetDomainComment(altered, null, "counts"));
        assertThat(differ.diff(to, to).changes()).isEmpty();

        dev.schemactl.schema.Domain price = new dev.schemactl.schema.Domain(null, "price", "posint", null, null, false, List.of(), null);
        Table orders = table("orders").col(col("id", INT), col("p", dev.schemactl.schema.ColumnType.other("price"))).build();
        Schema none = new Schema(List.of(), List.of(), List.of(), List.of(), List.of());
        Schema both = new Schema(List.of(orders), List.of(), List.of(), List.of(), List.of(price, posint));
        assertThat(differ.diff(none, both).changes()).containsExactly(new Change.CreateDomain(posint), new Change.CreateDomain(price),
                new CreateTable(orders));
        assertThat(differ.diff(both, none).changes()).containsExactly(new Change.DropTable(orders), new Change.DropDomain(price),
                new Change.DropDomain(posint));
    }

    /**
     * ALTER DOMAIN cannot change a base type: with a column using the domain the plan is refused (typed, naming the
     * domain and the table, with a hint); with none the domain is dropped and created again before the tables.
     */
    @Test
    void aDomainsBaseTypeChangeIsRefusedWhileAColumnUsesIt() {
        dev.schemactl.schema.Domain short5 = new dev.schemactl.schema.Domain(null, "code", "character varying(5)", null, null, false, List.of(), null);
        dev.schemactl.schema.Domain short20 = new dev.schemactl.schema.Domain(null, "code", "character varying(20)", null, null, false, List.of(), null);
        Table t = table("t").col(col("id", INT), col("c", dev.schemactl.schema.ColumnType.other("code"))).build();
        Schema from = new Schema(List.of(t), List.of(), List.of(), List.of(), List.of(short5));
        assertThatThrownBy(() -> differ.diff(from, from.withDomains(List.of(short20))))
                .isInstanceOf(SchemactlException.class)
                .hasMessageContaining("cannot change the base type of domain code from character varying(5) to character varying(20): t uses it")
                .satisfies(e -> assertThat(((SchemactlException) e).code()).isEqualTo(ErrorCode.PLAN_REFUSED))
                .satisfies(e -> assertThat(((SchemactlException) e).hint()).contains("by hand"));

        Table bare = table("t").col(col("id", INT)).build();
        Schema unused = new Schema(List.of(bare), List.of(), List.of(), List.of(), List.of(short5));
        assertThat(differ.diff(unused, new Schema(List.of(t), List.of(), List.of(), List.of(), List.of(short20))).changes())
                .containsExactly(new Change.DropDomain(short5), new Change.CreateDomain(short20), new AddColumn("t", t.columns().get(1)));
    }

    /**
     * A comment on a kept sequence or enum type changes in place (a step of its own, neither a drop nor an ALTER
     * SEQUENCE); a created one carries its comment in its CreateSequence / CreateEnumType.
     */
    @Test
    void commentsOfSequencesAndEnumTypesChangeInPlace() {
        Table t = table("t").col(col("id", INT)).build();
        Sequence ticket = new Sequence("billing", "ticket", 1, 1, null, null, null, false, null, null);
        EnumType state = new EnumType("billing", "state", List.of("open", "paid"));
        Schema from = new Schema(List.of(t), List.of(ticket), List.of(state), List.of());
        Schema to = new Schema(List.of(t), List.of(ticket.withComment("numbers")), List.of(state.withComment("states")), List.of());
        assertThat(differ.diff(from, to).changes()).containsExactly(
                new Change.SetSequenceComment(ticket.withComment("numbers"), null, "numbers"),
                new Change.SetEnumTypeComment(state.withComment("states"), null, "states"));
        assertThat(differ.diff(to, from).changes()).containsExactly(
                new Change.SetSequenceComment(ticket, "numbers", null),
                new Change.SetEnumTypeComment(state, "states", null));
        assertThat(differ.diff(to, to).changes()).isEmpty();
        assertThat(differ.diff(to, new Schema(List.of(t), List.of(ticket.withComment("")), List.of(state.withComment("states")), List.of()))
                .changes()).containsExactly(new Change.SetSequenceComment(ticket.withComment(""), "numbers", ""));

        // options and comment both change: an ALTER SEQUENCE and a comment step
        Sequence by5 = new Sequence("billing", "ticket", 1, 5, null, null, null, false, null, null, "by five");
        assertThat(differ.diff(to, new Schema(List.of(t), List.of(by5), List.of(state.withComment("states")), List.of())).changes())
                .containsExactly(new Change.AlterSequence(ticket.withComment("numbers"), by5), new Change.SetSequenceComment(by5, "numbers", "by five"));

        Schema none = new Schema(List.of(t), List.of(), List.of(), List.of());
        assertThat(differ.diff(none, to).changes()).containsExactly(new CreateSequence(ticket.withComment("numbers")),
                new Change.CreateEnumType(state.withComment("states")));
    }

    /**
     * A comment on the index behind a kept primary key or unique constraint (COMMENT ON INDEX users_email_key) changes
     * in place, apart from the constraint's own comment, named as the key is when the step runs (pair 749).
     */
    @Test
    void commentsOfTheIndexesBehindKeysChangeInPlace() {
        Differ postgres = new Differ(false, false, true);
        PrimaryKey pk = new PrimaryKey("t_pkey", List.of("id")).withComment("key");
        UniqueConstraint code = new UniqueConstraint("t_code_key", List.of("code"));
        Table base = table("t").col(notNull("id", INT), col("code", TEXT)).build();
        Table from = base.withPrimaryKey(pk).withUniques(List.of(code));
        Table to = base.withPrimaryKey(pk.withIndexComment("pk index")).withUniques(List.of(code.withIndexComment("code index")));
        assertThat(postgres.diff(one(from), one(to)).changes()).containsExactly(
                new Change.SetUniqueIndexComment("t", code, null, "code index"),
                new Change.SetPrimaryKeyIndexComment("t", pk, null, "pk index"));
        assertThat(postgres.diff(one(to), one(from)).changes()).containsExactly(
                new Change.SetUniqueIndexComment("t", code.withIndexComment("code index"), "code index", null),
                new Change.SetPrimaryKeyIndexComment("t", pk.withIndexComment("pk index"), "pk index", null));
        assertThat(postgres.diff(one(to), one(to)).changes()).isEmpty();
        // renamed: the index follows its constraint, the changed comment is set under the new name
        Table renamed = from.withUniques(List.of(code.withName("t_code_uq").withIndexComment("renamed")));
        assertThat(postgres.diff(one(from), one(renamed)).changes()).containsExactly(
                new Change.RenameConstraint("t", "t_code_key", "t_code_uq"),
                new Change.SetUniqueIndexComment("t", code.withName("t_code_uq"), null, "renamed"));
    }

    /**
     * Storage parameters of the index behind a kept primary key or unique constraint (WITH (fillfactor=80)) change in
     * place, named as the key is when the step runs (pairs 912, 970); equal ones plan nothing.
     */
    @Test
    void storageParametersOfTheIndexesBehindKeysChangeInPlace() {
        Differ postgres = new Differ(false, false, true);
        PrimaryKey pk = new PrimaryKey("t_pkey", List.of("id"));
        UniqueConstraint code = new UniqueConstraint("t_code_key", List.of("code"));
        Table base = table("t").col(notNull("id", INT), col("code", TEXT)).build();
        Table from = base.withPrimaryKey(pk).withUniques(List.of(code.withStorage("fillfactor=50")));
        Table to = base.withPrimaryKey(pk.withStorage("fillfactor=80")).withUniques(List.of(code.withStorage("fillfactor=70")));
        assertThat(postgres.diff(one(from), one(to)).changes()).containsExactly(
                new Change.SetUniqueStorage("t", code.withStorage("fillfactor=50"), "fillfactor=50", "fillfactor=70"),
                new Change.SetPrimaryKeyStorage("t", pk, null, "fillfactor=80"));
        assertThat(postgres.diff(one(to), one(to)).changes()).isEmpty();
        Table renamed = from.withUniques(List.of(code.withName("t_code_uq")));
        assertThat(postgres.diff(one(from), one(renamed)).changes()).containsExactly(
                new Change.RenameConstraint("t", "t_code_key", "t_code_uq"),
                new Change.SetUniqueStorage("t", code.withName("t_code_uq").withStorage("fillfactor=50"), "fillfactor=50", null));
    }

    /**
     * A comment on a kept primary key or unique constraint (COMMENT ON CONSTRAINT) changes in place, naming the key as
     * it is when the step runs (renamed first); a created table and a rebuilt key carry theirs; a unique index over the
     * same column keeps its own comment, apart (COMMENT ON INDEX).
     */
    @Test
    void commentsOfPrimaryKeysAndUniquesChangeInPlace() {
        Differ postgres = new Differ(false, false, true);
        PrimaryKey pk = new PrimaryKey("t_pkey", List.of("id"));
        UniqueConstraint code = new UniqueConstraint("t_code_key", List.of("code"));
        Index codeIndex = new Index("t_code_idx", List.of(IndexColumn.asc("code")), true);
        Table base = table("t").col(notNull("id", INT), col("code", TEXT), col("n", INT)).build();
        Table from = base.withPrimaryKey(pk.withComment("old key")).withUniques(List.of(code.withComment("per code")))
                .withIndexes(List.of(codeIndex.withComment("index")));
        Table to = base.withPrimaryKey(pk.withComment("the key")).withUniques(List.of(code))
                .withIndexes(List.of(codeIndex.withComment("index")));
        assertThat(postgres.diff(one(from), one(to)).changes()).containsExactly(
                new Change.SetUniqueComment("t", code.withComment("per code"), "per code", null),
                new Change.SetPrimaryKeyComment("t", pk.withComment("old key"), "old key", "the key"));
        assertThat(postgres.diff(one(to), one(from)).changes()).containsExactly(
                new Change.SetUniqueComment("t", code, null, "per code"),
                new Change.SetPrimaryKeyComment("t", pk.withComment("the key"), "the key", "old key"));
        assertThat(postgres.diff(one(from), one(from)).changes()).isEmpty();
        // only the index's comment changes: an index step, no constraint step
        assertThat(postgres.diff(one(from), one(from.withIndexes(List.of(codeIndex.withComment("changed"))))).changes())
                .containsExactly(new Change.SetIndexComment("t", codeIndex.withComment("changed"), "index", "changed"));

        // renamed keys keep their comments (PostgreSQL keeps them with the constraint); a changed one is set under the new name
        Table renamed = from.withPrimaryKey(pk.withName("t_pk").withComment("old key"))
                .withUniques(List.of(code.withName("t_code_uq").withComment("per code, renamed")));
        assertThat(postgres.diff(one(from), one(renamed)).changes()).containsExactly(
                new Change.RenameConstraint("t", "t_code_key", "t_code_uq"), new Change.RenameConstraint("t", "t_pkey", "t_pk"),
                new Change.SetUniqueComment("t", code.withName("t_code_uq").withComment("per code"), "per code", "per code, renamed"));

        // a key rebuilt over other columns, and a created table, carry their comments
        Table rebuilt = from.withPrimaryKey(new PrimaryKey("t_pkey", List.of("id", "n")).withComment("wider key"));
        assertThat(postgres.diff(one(from), one(rebuilt)).changes()).containsExactly(
                new DropPrimaryKey("t", pk.withComment("old key")),
                new AddPrimaryKey("t", new PrimaryKey("t_pkey", List.of("id", "n")).withComment("wider key")));
        assertThat(postgres.diff(Schema.EMPTY, one(from)).changes()).containsExactly(new CreateTable(from));
    }

    /**
     * A kept check's comment and validation, and a check rebuilt around a retyped column, name a table outside the
     * default schema by its key (billing.t): under the bare name the statement found no such table.
     */
    @Test
    void checkStepsOfATableInAnotherSchemaNameItByItsKey() {
        Differ postgres = new Differ(false, false, true);
        CheckConstraint n = new CheckConstraint("n_pos", "n > 0");
        CheckConstraint m = new CheckConstraint("m_pos", "m > 0");
        Table from = table("t").col(col("n", INT), col("m", INT)).build().withSchema("billing")
                .withChecks(List.of(m, new CheckConstraint("n_pos", "n > 0", true, "old", false)));
        Table to = table("t").col(col("n", INT), col("m", BIGINT)).build().withSchema("billing")
                .withChecks(List.of(m, new CheckConstraint("n_pos", "n > 0", false, "new", false)));
        List<Change> changes = postgres.diff(one(from), one(to)).changes();
        assertThat(changes).filteredOn(c -> c instanceof DropCheck || c instanceof AddCheck || c instanceof Change.SetCheckComment
                        || c instanceof Change.SetCheckValidation).extracting(Change::table)
                .containsExactly("billing.t", "billing.t", "billing.t", "billing.t");
        assertThat(changes).contains(new DropCheck("billing.t", m), new AddCheck("billing.t", m),
                new Change.SetCheckComment("billing.t", new CheckConstraint("n_pos", "n > 0", true, "old", false), "old", "new"));
    }

    /**
     * A sequence only the database has is kept and listed under its schema; the kept plan leaves the enum types alone
     * (the kept desired state lost them: the plan dropped every enum type).
     */
    @Test
    void databaseOnlySequencesOfTwoSchemasAreListedQualifiedAndEnumTypesStay() {
        Table tasks = table("tasks").col(col("id", INT), col("st", dev.schemactl.schema.ColumnType.other("state"))).build();
        EnumType state = new EnumType("state", List.of("open"));
        Sequence publicTicket = new Sequence("ticket", 1, 1);
        Sequence billingTicket = new Sequence("billing", "ticket", 1, 1, null, null, null, false, null, null);
        Table audit = table("audit").col(col("id", INT)).build();
        Schema live = new Schema(List.of(tasks, audit), List.of(publicTicket, billingTicket), List.of(state), List.of());
        Schema wanted = new Schema(List.of(tasks), List.of(publicTicket), List.of(state), List.of());
        DatabaseOnly.Result result = DatabaseOnly.plan(differ, live, wanted, Renames.NONE, false);
        assertThat(result.extras()).extracting(DatabaseOnly.Extra::description).containsExactly("table audit", "sequence billing.ticket");
        assertThat(result.plan().changes()).isEmpty();
    }

    // ------------------------------------------------------------------ ordering

    @Test
    void createsTablesInForeignKeyOrderAndAddsForeignKeysLast() {
        Table a = table("a").col(notNull("id", INT), col("b_id", INT)).pk("id").fk("b_id", "b", "id").build();
        Table b = table("b").col(notNull("id", INT), col("c_id", INT)).pk("id").fk("c_id", "c", "id").build();
        Table c = table("c").col(notNull("id", INT)).pk("id").build();
        Sequence s = new Sequence("seq", 1, 1);
        List<Change> changes = differ.diff(Schema.EMPTY, schema(List.of(a, b, c), s)).changes();
        assertThat(changes).containsExactly(
                new CreateSequence(s),
                new CreateTable(c), new CreateTable(b), new CreateTable(a),
                new AddForeignKey("a", a.foreignKeys().get(0)),
                new AddForeignKey("b", b.foreignKeys().get(0)));
    }

    @Test
    void foreignKeyCyclesAreCreatedAndDroppedThroughSeparateSteps() {
        Table x = table("x").col(notNull("id", INT), col("y_id", INT)).pk("id").fk("y_id", "y", "id").build();
        Table y = table("y").col(notNull("id", INT), col("x_id", INT)).pk("id").fk("x_id", "x", "id").build();
        Table self = table("z").col(notNull("id", INT), col("parent", INT)).pk("id").fk("parent", "z", "id").build();
        Schema s = schema(List.of(x, y, self));
        List<Change> up = differ.diff(Schema.EMPTY, s).changes();
        // z only references itself, so it is ready first; the x/y cycle is broken by name order
        assertThat(up).containsExactly(new CreateTable(self), new CreateTable(x), new CreateTable(y),
                new AddForeignKey("x", x.foreignKeys().get(0)), new AddForeignKey("y", y.foreignKeys().get(0)),
                new AddForeignKey("z", self.foreignKeys().get(0)));
        List<Change> down = differ.diff(s, Schema.EMPTY).changes();
        assertThat(down).containsExactly(
                new DropForeignKey("x", x.foreignKeys().get(0)), new DropForeignKey("y", y.foreignKeys().get(0)),
                new DropForeignKey("z", self.foreignKeys().get(0)),
                new DropTable(x), new DropTable(y), new DropTable(self));
    }

    @Test
    void foreignKeysIntoADroppedTableAreDroppedBeforeIt() {
        Table p = table("p").col(notNull("id", INT)).pk("id").build();
        Table c = table("c").col(notNull("id", INT), col("p_id", INT)).pk("id").fk("p_id", "p", "id").build();
        Table cWithout = table("c").col(notNull("id", INT)).pk("id").build();
        List<Change> changes = differ.diff(schema(List.of(p, c)), schema(List.of(cWithout))).changes();
        assertThat(changes).containsExactly(
                new DropForeignKey("c", c.foreignKeys().get(0)),
                new DropColumn("c", col("p_id", INT)),
                new DropTable(p));
    }

    @Test
    void dropsForeignKeyBeforeTheIndexAndColumnItUses() {
        Table p = table("p").col(notNull("id", INT)).pk("id").build();
        Table c = table("c").col(notNull("id", INT), col("p_id", INT)).pk("id").fk("p_id", "p", "id").index("p_id").build();
        Table c2 = table("c").col(notNull("id", INT)).pk("id").build();
        List<Change> changes = differ.diff(schema(List.of(p, c)), schema(List.of(p, c2))).changes();
        assertThat(changes).containsExactly(
                new DropForeignKey("c", c.foreignKeys().get(0)),
                new DropIndex("c", c.indexes().get(0)),
                new DropColumn("c", col("p_id", INT)));
    }

    @Test
    void foreignKeysOverRebuiltThingsAreDroppedAndReAdded() {
        Table p = table("p").col(notNull("id", INT), notNull("code", varchar(10))).pk("id").unique("code").build();
        Table c = table("c").col(notNull("id", INT), col("p_id", INT), col("p_code", varchar(10)))
                .pk("id").fk("p_id", "p", "id").fk("p_code", "p", "code").index("p_code").build();
        // p.id widens (type change on a referenced column); p's unique(code) is replaced by a unique index;
        // c's own index on p_code is dropped (MariaDB needs an index under each foreign key)
        Table p2 = table("p").col(notNull("id", BIGINT), notNull("code", varchar(10))).pk("id").uniqueIndex("code").build();
        Table c2 = table("c").col(notNull("id", INT), col("p_id", BIGINT), col("p_code", varchar(10)))
                .pk("id").fk("p_id", "p", "id").fk("p_code", "p", "code").build();
        List<Change> changes = new Differ(true).diff(schema(List.of(p, c)), schema(List.of(p2, c2))).changes();
        ForeignKey byCode = c.foreignKeys().stream().filter(f -> f.columns().equals(List.of("p_code"))).findFirst().orElseThrow();
        ForeignKey byId = c.foreignKeys().stream().filter(f -> f.columns().equals(List.of("p_id"))).findFirst().orElseThrow();
        assertThat(changes).containsExactly(
                new DropForeignKey("c", byCode),
                new DropForeignKey("c", byId),
                new DropIndex("c", c.indexes().get(0)),
                new DropUnique("p", p.uniques().get(0)),
                new AlterColumnType("c", col("p_id", INT), col("p_id", BIGINT)),
                new AlterColumnType("p", notNull("id", INT), notNull("id", BIGINT)),
                new CreateIndex("p", p2.indexes().get(0)),
                new AddForeignKey("c", byCode),
                new AddForeignKey("c", byId));
    }

    @Test
    void foreignKeysAroundIndexChangesAreRebuiltOnlyWhenTheEngineNeedsAnIndex() {
        Table p = table("p").col(notNull("id", INT)).pk("id").build();
        Table bare = table("c").col(notNull("id", INT), col("p_id", INT), col("x", INT)).pk("id").fk("p_id", "p", "id").build();
        Table indexed = table("c").col(notNull("id", INT), col("p_id", INT), col("x", INT)).pk("id").fk("p_id", "p", "id")
                .index("p_id", "x").build();
        Table twice = table("c").col(notNull("id", INT), col("p_id", INT), col("x", INT)).pk("id").fk("p_id", "p", "id")
                .index("p_id", "x").index("p_id").build();
        ForeignKey fk = bare.foreignKeys().get(0);
        Index pIdX = indexed.indexes().get(0);
        Index pId = twice.indexes().stream().filter(i -> i.columns().size() == 1).findFirst().orElseThrow();
        // PostgreSQL: an index under a foreign key is independent of it
        assertThat(differ.diff(schema(List.of(p, bare)), schema(List.of(p, indexed))).changes())
                .containsExactly(new CreateIndex("c", pIdX));
        assertThat(differ.diff(schema(List.of(p, indexed)), schema(List.of(p, bare))).changes())
                .containsExactly(new DropIndex("c", pIdX));
        // MariaDB, H2: adding or dropping the only covering index rebuilds the foreign key around it
        Differ mariadb = new Differ(true);
        assertThat(mariadb.diff(schema(List.of(p, bare)), schema(List.of(p, indexed))).changes())
                .containsExactly(new DropForeignKey("c", fk), new CreateIndex("c", pIdX), new AddForeignKey("c", fk));
        assertThat(mariadb.diff(schema(List.of(p, indexed)), schema(List.of(p, bare))).changes())
                .containsExactly(new DropForeignKey("c", fk), new DropIndex("c", pIdX), new AddForeignKey("c", fk));
        // ... unless an unchanged index no larger than the dropped one keeps covering it
        Table single = table("c").col(notNull("id", INT), col("p_id", INT), col("x", INT)).pk("id").fk("p_id", "p", "id")
                .index("p_id").build();
        assertThat(mariadb.diff(schema(List.of(p, twice)), schema(List.of(p, single))).changes())
                .containsExactly(new DropIndex("c", pIdX));
        // a larger one is not enough: H2's foreign key takes over the smallest covering index
        assertThat(mariadb.diff(schema(List.of(p, twice)), schema(List.of(p, indexed))).changes())
                .containsExactly(new DropForeignKey("c", fk), new DropIndex("c", pId), new AddForeignKey("c", fk));
    }

    @Test
    void schemaAtoBIsOrderedInPhases() {
        Plan plan = new Differ(true).diff(Fixtures.schemaA(), Fixtures.schemaB(), Fixtures.renamesAB());
        List<Change> changes = plan.changes();
        // every change kind appears
        Set<String> kinds = changes.stream().map(c -> c.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = new TreeSet<>();
        for (Class<?> k : Change.class.getPermittedSubclasses()) {
            if (!dev.schemactl.engine.RendererContract.POSTGRES_ONLY.contains(k)
                    && !dev.schemactl.engine.RendererContract.MARIADB_ONLY.contains(k)
                    && !dev.schemactl.engine.RendererContract.HINTED_ONLY.contains(k)) all.add(k.getSimpleName());
        }
        assertThat(kinds).isEqualTo(all);
        // phases are contiguous and in order
        List<Integer> phases = changes.stream().map(DifferTest::phase).toList();
        assertThat(phases).isSorted();
        int lastAlter = -1;
        for (int i = 0; i < changes.size(); i++) if (phase(changes.get(i)) == 9 && !(changes.get(i) instanceof AddColumn)) lastAlter = i;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof AddColumn a && a.column().generatedExpression() != null) assertThat(i).isGreaterThan(lastAlter);
        }
        // specific orderings
        assertThat(indexOf(changes, DropForeignKey.class, "legacy_notes")).isLessThan(indexOf(changes, DropTable.class, "legacy_notes"));
        assertThat(indexOf(changes, DropForeignKey.class, "orders")).isLessThan(indexOf(changes, DropIndex.class, "orders"));
        assertThat(indexOf(changes, DropForeignKey.class, "employees")).isLessThan(indexOf(changes, AlterColumnType.class, "departments"));
        assertThat(indexOf(changes, RenameTable.class, "order_items")).isLessThan(indexOf(changes, DropColumn.class, "order_items") + 100);
        assertThat(indexOf(changes, DropColumn.class, "order_items")).isLessThan(indexOf(changes, RenameTable.class, "order_items"));
        assertThat(indexOf(changes, AddColumn.class, "order_lines")).isGreaterThan(indexOf(changes, RenameTable.class, "order_items"));
        assertThat(indexOf(changes, AddForeignKey.class, "shipments")).isGreaterThan(indexOf(changes, CreateTable.class, "shipments"));
        assertThat(changes.get(changes.size() - 1)).isEqualTo(new DropSequence(new Sequence("invoice_seq", 1000, 1)));
        assertThat(plan.renameHints()).isEmpty();
    }

    private static int phase(Change c) {
        if (c instanceof DropForeignKey) return 0;
        if (c instanceof DropCheck || c instanceof DropUnique || c instanceof DropIndex || c instanceof DropPrimaryKey) return 1;
        if (c instanceof SetIdentity s && !s.after().isIdentity()) return 1;
        if (c instanceof DropColumn) return 2;
        if (c instanceof DropTable) return 3;
        if (c instanceof RenameTable) return 4;
        if (c instanceof RenameColumn) return 5;
        if (c instanceof CreateSequence) return 6;
        if (c instanceof CreateTable) return 7;
        // a generated column comes after the type changes (PostgreSQL cannot retype a column one uses)
        if (c instanceof AddColumn a) return a.column().generatedExpression() != null ? 9 : 8;
        if (c instanceof AlterColumnType || c instanceof SetNullable || c instanceof SetDefault
                || c instanceof SetColumnComment || c instanceof SetTableComment) return 9;
        if (c instanceof AddPrimaryKey || c instanceof AddUnique || c instanceof CreateIndex || c instanceof AddCheck) return 10;
        if (c instanceof SetIdentity) return 11;
        if (c instanceof AddForeignKey) return 12;
        if (c instanceof DropSequence) return 13;
        throw new AssertionError(c);
    }

    @Test
    void aTableCollationRollbackAlsoRestoresAColumnThatGetsItsOwnCollation() {
        Table before = table("people").col(notNull("id", INT), notNull("name", varchar(100)), col("bio", TEXT)).pk("id").build()
                .withCollation("latin1_swedish_ci");
        Table after = table("people").col(notNull("id", INT), notNull("name", varchar(100)).withCollation("utf8mb4_bin"), col("bio", TEXT))
                .pk("id").build().withCollation("utf8mb4_general_ci");
        Change.SetTableCollation step = (Change.SetTableCollation) differ.diff(one(before), one(after)).changes().get(0);
        // name's own rollback (a MODIFY without COLLATE) runs first and leaves it on the new table default
        assertThat(step.columns()).extracting(Column::name).containsExactly("id", "bio");
        assertThat(step.restoredColumns()).extracting(Column::name).containsExactly("id", "name", "bio");
    }

    @Test
    void aTableCollationChangeCarriesTheColumnsThatFollowItAndRunsBeforeColumnsAreAddedOrAltered() {
        Table before = table("notes").col(notNull("id", INT), col("title", varchar(80)), col("code", varchar(10)).withCollation("utf8mb4_bin"))
                .pk("id").build();
        Table after = table("notes").col(notNull("id", INT), col("title", varchar(120)), col("code", varchar(10)).withCollation("utf8mb4_bin"),
                col("note", varchar(20))).pk("id").build().withCollation("utf8mb4_unicode_ci");
        List<Change> changes = differ.diff(one(before), one(after)).changes();
        // the columns as they are when the step runs (title still varchar(80)); code has its own collation
        assertThat(changes.get(0)).isEqualTo(new Change.SetTableCollation("notes", null, "utf8mb4_unicode_ci",
                List.of(notNull("id", INT), col("title", varchar(80)))));
        assertThat(changes.subList(1, changes.size())).hasOnlyElementsOfTypes(AddColumn.class, AlterColumnType.class);
        assertThat(differ.diff(one(after), one(before)).changes()).contains(new Change.SetTableCollation("notes", "utf8mb4_unicode_ci", null,
                List.of(notNull("id", INT), col("title", varchar(120)))));
    }

    @Test
    void withCaseInsensitiveColumnNamesACaseOnlyDifferenceIsARenameNotADropAndAdd() {
        Table before = table("tracks").col(notNull("id", INT), notNull("name", varchar(50))).pk("id").build();
        Table after = table("tracks").col(notNull("id", INT), notNull("Name", varchar(50))).pk("id").build();
        assertThat(differ.columnNamesIgnoringCase().diff(one(before), one(after)).changes())
                .containsExactly(new RenameColumn("tracks", notNull("name", varchar(50)), "Name"));
        // engines where Name and name are two columns (PostgreSQL) drop and add
        assertThat(differ.diff(one(before), one(after)).changes()).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropColumn", "AddColumn");
    }

    // ------------------------------------------------------------------ renames

    @Test
    void withoutAHintADroppedAndAnAddedColumnOfTheSameTypeAreAHint() {
        Table before = users();
        Table after = table("users").col(identity("id", BIGINT), notNull("email", varchar(100)), col("full_name", varchar(50)), col("age", INT))
                .pk("id").build();
        Plan plan = differ.diff(one(before), one(after));
        assertThat(plan.changes()).containsExactly(
                new DropColumn("users", col("name", varchar(50))),
                new AddColumn("users", col("full_name", varchar(50))),
                new AddColumn("users", col("age", INT)));
        assertThat(plan.renameHints()).containsExactly(new RenameHint("users", "name", "full_name", "--rename users.name=full_name"));
        // the hint, passed back, produces the rename
        Plan renamed = differ.diff(one(before), one(after), Renames.parse(List.of(plan.renameHints().get(0).argument())));
        assertThat(renamed.changes()).containsExactly(
                new RenameColumn("users", col("name", varchar(50)), "full_name"),
                new AddColumn("users", col("age", INT)));
        assertThat(renamed.renameHints()).isEmpty();
    }

    @Test
    void addedColumnsArePlacedByTheNamesTheTableHasWhenTheyRun() {
        Table before = table("users").col(notNull("id", INT), col("nick", varchar(20)), col("created", INT)).build();
        Table after = table("members").col(notNull("id", INT), col("alias", varchar(20)), col("email", TEXT), col("created", INT),
                col("tail", INT)).build();
        Plan plan = differ.diff(one(before), one(after), Renames.parse(List.of("users.nick=alias", "users=members")));
        assertThat(plan.changes()).containsExactly(
                new RenameTable("users", "members"),
                new RenameColumn("members", col("nick", varchar(20)), "alias"),
                new AddColumn("members", col("email", TEXT), ColumnPosition.after("alias")),
                new AddColumn("members", col("tail", INT), ColumnPosition.LAST));
        // the way back: each dropped column remembers where it stood when its step runs
        Plan back = differ.diff(one(after), one(before), Renames.parse(List.of("members.alias=nick", "members=users")));
        assertThat(back.changes()).startsWith(
                new DropColumn("members", col("email", TEXT), ColumnPosition.after("alias")),
                new DropColumn("members", col("tail", INT), ColumnPosition.LAST));
    }

    // ------------------------------------------------------------------ column order (MariaDB moves columns)

    @Test
    void aReorderOnlyMovesTheFewestColumnsAndTheMoveRemembersWhereItStood() {
        Table before = table("contacts").col(notNull("id", INT), col("phone", varchar(20)), notNull("name", varchar(50)),
                col("email", varchar(100))).build();
        Table after = table("contacts").col(notNull("id", INT), notNull("name", varchar(50)), col("email", varchar(100)),
                col("phone", varchar(20))).build();
        assertThat(differ.diff(one(before), one(after)).changes()).as("engines that do not move columns").isEmpty();
        Plan plan = differ.movingColumns().diff(one(before), one(after));
        assertThat(plan.changes()).containsExactly(
                new Change.MoveColumn("contacts", col("phone", varchar(20)), ColumnPosition.after("email"), ColumnPosition.after("id")));
        assertThat(order(before, plan)).isEqualTo(names(after));
        assertThat(differ.movingColumns().keepingColumnOrder().diff(one(before), one(after)).changes())
                .as("a desired state whose column order is not the user's (entities)").isEmpty();
    }

    @Test
    void aReorderWithAddsAndDropsEndsExactlyInTheDesiredOrder() {
        Table before = table("t").col(notNull("id", INT), col("a", INT), col("gone", INT), col("b", INT), col("c", INT)).build();
        Table after = table("t").col(col("c", INT), notNull("id", INT), col("new1", INT), col("b", INT), col("a", INT),
                col("new2", INT)).build();
        Plan plan = differ.movingColumns().diff(one(before), one(after));
        assertThat(plan.changes()).filteredOn(c -> c instanceof Change.MoveColumn).hasSize(2);
        assertThat(order(before, plan)).isEqualTo(names(after));
        // and the rollback, undoing the steps in reverse order, gives back the order it started from
        assertThat(undone(after, plan)).isEqualTo(names(before));
        Plan back = differ.movingColumns().diff(one(after), one(before));
        assertThat(order(after, back)).isEqualTo(names(before));
        assertThat(undone(before, back)).isEqualTo(names(after));
    }

    @Test
    void aMovedColumnThatIsAlsoRetypedMovesRightAfterItsLastAlterationWithTheNewDefinition() {
        Table before = table("t").col(notNull("id", INT), col("note", varchar(20)), col("x", INT)).build();
        Table after = table("t").col(notNull("id", INT), col("x", INT), notNull("note", varchar(40))).build();
        Plan plan = differ.movingColumns().diff(one(before), one(after));
        assertThat(plan.changes()).containsExactly(
                new AlterColumnType("t", col("note", varchar(20)), col("note", varchar(40))),
                new SetNullable("t", col("note", varchar(40)), notNull("note", varchar(40))),
                new Change.MoveColumn("t", notNull("note", varchar(40)), ColumnPosition.after("x"), ColumnPosition.after("id")));
    }

    /** The column order the plan's steps leave, replayed from {@code start}. */
    private static List<String> order(Table start, Plan plan) {
        List<String> columns = new java.util.ArrayList<>(names(start));
        for (Change c : plan.changes()) {
            if (c instanceof DropColumn d) columns.remove(d.column().name());
            if (c instanceof AddColumn a) place(columns, a.column().name(), a.position());
            if (c instanceof Change.MoveColumn m) {
                columns.remove(m.column().name());
                place(columns, m.column().name(), m.position());
            }
        }
        return columns;
    }

    /** The column order the plan's rollback leaves, its steps undone in reverse from {@code end}. */
    private static List<String> undone(Table end, Plan plan) {
        List<String> columns = new java.util.ArrayList<>(names(end));
        for (int i = plan.changes().size() - 1; i >= 0; i--) {
            Change c = plan.changes().get(i);
            if (c instanceof AddColumn a) columns.remove(a.column().name());
            if (c instanceof DropColumn d) place(columns, d.column().name(), d.position());
            if (c instanceof Change.MoveColumn m) {
                columns.remove(m.column().name());
                place(columns, m.column().name(), m.previous());
            }
        }
        return columns;
    }

    private static void place(List<String> columns, String column, ColumnPosition position) {
        if (position instanceof ColumnPosition.After a) columns.add(columns.indexOf(a.column()) + 1, column);
        else if (position instanceof ColumnPosition.First) columns.add(0, column);
        else columns.add(column);
    }

    private static List<String> names(Table t) {
        return t.columns().stream().map(dev.schemactl.schema.Column::name).toList();
    }

    @Test
    void differentTypesGiveNoHint() {
        Table before = users();
        Table after = table("users").col(identity("id", BIGINT), notNull("email", varchar(100)), col("full_name", varchar(60)))
                .pk("id").build();
        assertThat(differ.diff(one(before), one(after)).renameHints()).isEmpty();
    }

    @Test
    void renamedColumnIsThenComparedLikeAnyOther() {
        Table before = table("t").col(col("a", varchar(10)), col("keep", INT)).index("a").build();
        Table after = table("t").col(notNull("b", varchar(20)), col("keep", INT)).index("b").build();
        Plan plan = differ.diff(one(before), one(after), Renames.NONE.withColumn("t", "a", "b"));
        assertThat(plan.changes()).containsExactly(
                new RenameColumn("t", col("a", varchar(10)), "b"),
                new AlterColumnType("t", col("b", varchar(10)), col("b", varchar(20))),
                new SetNullable("t", col("b", varchar(20)), notNull("b", varchar(20))));
    }

    @Test
    void checksAndIndexExpressionsOverARenamedColumnAreKeptAndADefaultNamedCheckFollowsTheName() {
        // PostgreSQL rewrites them on RENAME COLUMN: dropping and re-adding them would only revalidate and rebuild
        Differ postgres = new Differ(false, false, true);
        Index lower = new Index("acct_mail_lower", List.of(IndexColumn.ofExpression("lower(mail)", false, null)), true, null,
                "(mail IS NOT NULL)", List.of());
        Index lowerAfter = new Index("acct_mail_lower", List.of(IndexColumn.ofExpression("lower(\"eMail\")", false, null)), true, null,
                "(\"eMail\" IS NOT NULL)", List.of());
        Table before = table("acct").col(notNull("id", INT), col("mail", TEXT)).pk("id")
                .checkNamed("acct_mail_check", "(mail <> ''::text)").checkNamed("mail_not_blank", "length(mail) > 0").build();
        Table after = table("acct").col(notNull("id", INT), col("eMail", TEXT)).pk("id")
                .checkNamed("acct_eMail_check", "(\"eMail\" <> ''::text)").checkNamed("mail_not_blank", "length(\"eMail\") > 0").build();
        Plan plan = postgres.diff(one(before.withIndexes(List.of(lower))), one(after.withIndexes(List.of(lowerAfter))),
                Renames.NONE.withColumn("acct", "mail", "eMail"));
        assertThat(plan.changes()).containsExactly(
                new RenameColumn("acct", col("mail", TEXT), "eMail"),
                new Change.RenameConstraint("acct", "acct_mail_check", "acct_eMail_check"));
        // a cast to a type named like the old column, or a function of that name, is not the column
        Table castBefore = table("t").col(col("text", TEXT)).checkNamed("c", "upper(text) <> text::text").build();
        Table castAfter = table("t").col(col("body", TEXT)).checkNamed("c", "upper(body) <> body::body").build();
        assertThat(postgres.diff(one(castBefore), one(castAfter), Renames.NONE.withColumn("t", "text", "body")).changes())
                .anyMatch(c -> c instanceof DropCheck);
    }

    @Test
    void indexesAndUniqueKeysNamedDifferentlyAreRenamedWhereOnlyIndexesCanBe() {
        Differ mariadb = new Differ(true, true).renamingIndexes();
        Table before = table("t").col(notNull("id", INT), col("a", INT), col("b", INT)).pk("id")
                .indexNamed("idx_a", false, "a").uniqueNamed("uq_b", "b").checkNamed("ck_old", "a > 0").build();
        Table after = table("t").col(notNull("id", INT), col("a", INT), col("b", INT)).pk("id")
                .indexNamed("idx_a2", false, "a").uniqueNamed("uq_b2", "b").checkNamed("ck_new", "a > 0").build();
        List<Change> changes = mariadb.diff(one(before), one(after)).changes();
        assertThat(changes).contains(new Change.RenameIndex("t", "idx_a", "idx_a2"), new Change.RenameIndex("t", "uq_b", "uq_b2"));
        // no RENAME CONSTRAINT for a check on MariaDB: dropped and added under its new name
        assertThat(changes).noneMatch(c -> c instanceof Change.RenameConstraint).anyMatch(c -> c instanceof DropCheck);
    }

    @Test
    void tableRenameKeepsConstraintsAndReferences() {
        Table p = table("p").col(notNull("id", INT)).pk("id").build();
        Table c = table("c").col(notNull("id", INT), col("p_id", INT)).pk("id").fk("p_id", "p", "id").index("p_id").build();
        Table p2 = table("parent").col(notNull("id", INT), col("extra", TEXT)).pk("id").build();
        Table c2 = table("c").col(notNull("id", INT), col("p_id", INT)).pk("id").fk("p_id", "parent", "id").index("p_id").build();
        Plan plan = differ.diff(schema(List.of(p, c)), schema(List.of(p2, c2)), Renames.parse(List.of("p=parent")));
        assertThat(plan.changes()).containsExactly(new RenameTable("p", "parent"), new AddColumn("parent", col("extra", TEXT)));
    }

    @Test
    void columnRenamesMayNameTheTableByItsOldOrNewName() {
        Table before = table("people").col(notNull("id", INT), col("nm", varchar(10))).pk("id").build();
        Table after = table("persons").col(notNull("id", INT), col("name", varchar(10))).pk("id").build();
        List<Change> expected = List.of(new RenameTable("people", "persons"),
                new RenameColumn("persons", col("nm", varchar(10)), "name"));
        assertThat(differ.diff(one(before), one(after), Renames.parse(List.of("people=persons", "people.nm=name"))).changes())
                .isEqualTo(expected);
        assertThat(differ.diff(one(before), one(after), Renames.parse(List.of("people=persons", "persons.nm=name"))).changes())
                .isEqualTo(expected);
    }

    @Test
    void renameChainsAreOrderedAndCyclesGoThroughATemporaryName() {
        Table a = table("a").col(col("x", INT)).build();
        Table b = table("b").col(col("y", INT)).build();
        Table bAsC = table("c").col(col("y", INT)).build();
        Table aAsB = table("b").col(col("x", INT)).build();
        Plan plan = differ.diff(schema(List.of(a, b)), schema(List.of(aAsB, bAsC)), Renames.parse(List.of("a=b", "b=c")));
        assertThat(plan.changes()).containsExactly(new RenameTable("b", "c"), new RenameTable("a", "b"));

        Table bAsA = table("a").col(col("y", INT)).build();
        // issue 11, item 7: a swap is no longer refused; it goes through a temporary name in the same plan
        Plan swap = differ.diff(schema(List.of(a, b)), schema(List.of(aAsB, bAsA)), Renames.parse(List.of("a=b", "b=a")));
        assertThat(swap.changes()).containsExactly(new RenameTable("a", "schemactl_swap_a"), new RenameTable("b", "a"),
                new RenameTable("schemactl_swap_a", "b"));
    }

    @Test
    void renamesNamingUnknownThingsAreRefused() {
        Table t = users();
        assertThatThrownBy(() -> differ.diff(one(t), one(t), Renames.parse(List.of("nope=users"))))
                .isInstanceOf(SchemactlException.class).satisfies(e -> assertThat(((SchemactlException) e).code()).isEqualTo(ErrorCode.USAGE));
        assertThatThrownBy(() -> differ.diff(one(t), one(t), Renames.parse(List.of("users.nope=name"))))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("no such column");
        assertThatThrownBy(() -> differ.diff(one(t), one(t), Renames.parse(List.of("users.name=nope"))))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("has no column nope");
        assertThatThrownBy(() -> Renames.parse(List.of("a.b.c.d=e"))).isInstanceOf(SchemactlException.class);
        // schema.table.column names a table of another schema (its key); one that is in neither schema is refused
        assertThatThrownBy(() -> differ.diff(one(t), one(t), Renames.parse(List.of("billing.users.name=full_name"))))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("not in both schemas");
        assertThatThrownBy(() -> Renames.parse(List.of("a=b", "a=c"))).isInstanceOf(SchemactlException.class);
    }

    @Test
    void aTableRenameHintNamingASequenceRenamesItAndTheDefaultsCallingIt() {
        // mariadb pair 834: `--rename-table seq_invoice=invoice_id_seq` was refused; without the hint the plan drops
        // seq_invoice and creates invoice_id_seq, which counts again from its START
        Column before = notNull("id", BIGINT).withDefault("nextval(`seq_invoice`)");
        Column after = before.withDefault("nextval(`invoice_id_seq`)");
        Table other = table("notes").col(col("n", BIGINT).withDefault("nextval(`seq_invoice_2`)")).build();
        Sequence old = new Sequence("seq_invoice", 500, 1);
        Sequence renamed = new Sequence("invoice_id_seq", 500, 1);
        Schema a = schema(List.of(table("invoices").col(before).pk("id").build(), other), old);
        Schema b = schema(List.of(table("invoices").col(after).pk("id").build(), other), renamed);
        Plan plan = differ.diff(a, b, Renames.parse(List.of("seq_invoice=invoice_id_seq")));
        assertThat(plan.changes()).containsExactly(new Change.RenameSequence(old, renamed,
                List.of(new Change.SetDefault("invoices", before, after))));
        // what else differs still follows, from the renamed sequence (a new increment: an ALTER, not a drop)
        Sequence stepped = new Sequence("invoice_id_seq", 500, 2);
        assertThat(differ.diff(a, schema(b.tables(), stepped), Renames.parse(List.of("seq_invoice=invoice_id_seq"))).changes())
                .containsExactly(new Change.RenameSequence(old, renamed, List.of(new Change.SetDefault("invoices", before, after))),
                        new Change.AlterSequence(renamed, stepped));
        assertThatThrownBy(() -> differ.diff(a, schema(b.tables()), Renames.parse(List.of("seq_invoice=invoice_id_seq"))))
                .isInstanceOf(SchemactlException.class)
                .hasMessageContaining("cannot rename sequence seq_invoice to invoice_id_seq: the target schema has no sequence invoice_id_seq")
                .satisfies(e -> assertThat(((SchemactlException) e).code()).isEqualTo(ErrorCode.USAGE));
    }

    @Test
    void aSequenceRenameRewritesOnlyTheCallsThatNameIt() {
        assertThat(SequenceRenames.rewrite("nextval('seq_invoice'::regclass)", "seq_invoice", "inv")).isEqualTo("nextval('inv'::regclass)");
        assertThat(SequenceRenames.rewrite("NEXT VALUE FOR `seq_invoice`", "seq_invoice", "inv")).isEqualTo("NEXT VALUE FOR `inv`");
        assertThat(SequenceRenames.rewrite("nextval(seq_invoice_2)", "seq_invoice", "inv")).isEqualTo("nextval(seq_invoice_2)");
        assertThat(SequenceRenames.rewrite("'seq_invoice'", "seq_invoice", "inv")).isEqualTo("'seq_invoice'"); // a text default
        assertThat(SequenceRenames.rewrite(null, "seq_invoice", "inv")).isNull();
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void shuffledInputsGiveTheIdenticalPlan() {
        Schema a = Fixtures.schemaA();
        Schema b = Fixtures.schemaB();
        Plan expected = differ.diff(a, b, Fixtures.renamesAB());
        Random random = new Random(42);
        for (int i = 0; i < 25; i++) {
            Plan again = differ.diff(shuffle(a, random), shuffle(b, random), Fixtures.renamesAB());
            assertThat(again).isEqualTo(expected);
            assertThat(again.changes().toString()).isEqualTo(expected.changes().toString());
        }
    }

    private static Schema shuffle(Schema s, Random random) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            tables.add(new Table(t.name(), t.columns(), t.primaryKey(), shuffled(t.uniques(), random), shuffled(t.indexes(), random),
                    shuffled(t.foreignKeys(), random), shuffled(t.checks(), random), t.comment()));
        }
        return new Schema(shuffled(tables, random), shuffled(s.sequences(), random));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Test
    void unnamedConstraintsDoNotBreakTableOrdering() {
        Table t = new Table("t", List.of(col("a", INT), col("b", INT)), null, List.of(),
                List.of(new Index(null, List.of(IndexColumn.asc("b")), false), new Index(null, List.of(IndexColumn.asc("a")), false)),
                List.of(), List.of(new CheckConstraint(null, "b > 0"), new CheckConstraint(null, "a > 0")), null);
        // a table keeps its source's index order (MariaDB's key order); sources without one sort by name, unnamed last
        assertThat(Table.byName(t.indexes())).extracting(Index::columnNames).containsExactly(List.of("a"), List.of("b"));
        assertThat(t.checks()).extracting(CheckConstraint::expression).containsExactly("a > 0", "b > 0");
    }

    @Test
    void anEnumValueAnArrayDefaultNamesIsNotAddedInPlaceAndARebuildUnderADomainIsRefused() {
        Column moods = col("moods", dev.schemactl.schema.ColumnType.other("mood[]"));
        EnumType mood = new EnumType("mood", List.of("sad", "ok"));
        EnumType more = new EnumType("mood", List.of("sad", "ok", "so so"));
        Schema from = new Schema(List.of(table("t").col(col("id", INT), moods.withDefault("'{ok}'::mood[]")).build()), List.of(),
                List.of(mood), List.of());
        Schema to = new Schema(List.of(table("t").col(col("id", INT), moods.withDefault("'{ok,\"so so\"}'::mood[]")).build()),
                List.of(), List.of(more), List.of());
        // ADD VALUE 'so so' then SET DEFAULT '{ok,"so so"}' failed: unsafe use of new value "so so"
        assertThat(differ.diff(from, to).changes()).hasAtLeastOneElementOfType(Change.ReplaceEnumType.class)
                .noneMatch(c -> c instanceof Change.AddEnumValues);

        dev.schemactl.schema.Domain notSad = new dev.schemactl.schema.Domain(null, "not_sad", "mood", null, null, false,
                List.of(), null);
        Schema underDomain = new Schema(from.tables(), List.of(), List.of(mood), List.of(), List.of(notSad));
        Schema fewer = new Schema(from.tables(), List.of(), List.of(new EnumType("mood", List.of("ok"))), List.of(), List.of(notSad));
        assertThatThrownBy(() -> differ.diff(underDomain, fewer)).isInstanceOf(SchemactlException.class)
                .hasMessageContaining("domain not_sad depends on it");
    }
}
