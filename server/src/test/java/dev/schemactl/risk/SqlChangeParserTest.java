package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TypeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/** What hand-written SQL becomes: Changes filled in from the schema, the few other statement kinds, or Unknown. */
class SqlChangeParserTest {

    private static final Schema LIVE = schema(List.of(
            table("orders").col(notNull("id", INT), notNull("code", INT), col("note", varchar(100)),
                            col("flag", INT).withDefault("0"), col("customer_id", INT))
                    .pk("id").indexNamed("orders_note_idx", false, "note").checkNamed("ck_code", "code >= 0")
                    .fk("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"), null).build(),
            table("customers").col(notNull("id", INT)).pk("id").uniqueNamed("uk_customers_id", "id").build()));

    private static Op op(EngineKind engine, String sql) {
        SqlChangeParser.Parsed p = new SqlChangeParser(engine, LIVE).parse(sql);
        assertThat(p.ops()).as(sql).hasSize(1);
        return p.ops().get(0);
    }

    private static Change change(EngineKind engine, String sql) {
        Op op = op(engine, sql);
        assertThat(op).as(sql).isInstanceOf(Op.Structural.class);
        return ((Op.Structural) op).change();
    }

    /**
     * The guard MariaDB's conversion through text writes before inet6 becomes inet4 (MariaDbTextConversion): one
     * anonymous block that reads the table and SIGNALs, harmless; it was split at its inner semicolons into three
     * statements, two of them UNKNOWN-STATEMENT ("END IF").
     */
    @Test
    void mariaDbConversionGuardIsOneHarmlessStatement() {
        String guard = "BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM orders WHERE note IS NOT NULL AND NOT IS_IPV4_MAPPED(note)) THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'schemactl: orders.note holds a value inet4 cannot hold; nothing was changed'; "
                + "END IF; END";
        List<SqlChangeParser.Parsed> parsed = new SqlChangeParser(EngineKind.MARIADB, LIVE).parseScript(guard + ";\n"
                + "ALTER TABLE orders MODIFY COLUMN note varchar(45) NULL;\n");
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0).ops()).singleElement().isInstanceOf(Op.Harmless.class);
        assertThat(parsed.get(1).ops()).singleElement().isInstanceOf(Op.Structural.class);
    }

    /**
     * An expression's COLLATE, which JSqlParser 5.3 does not take: musicbrainz's baseline has
     * {@code CREATE INDEX ... (name COLLATE "musicbrainz"."musicbrainz")}, each scored UNKNOWN-STATEMENT, so its up on a
     * fresh database was refused by the default policy. The index (keys, order, uniqueness) and the check are read.
     */
    @Test
    void expressionCollationsAreRead() {
        assertThat(change(EngineKind.POSTGRESQL, "CREATE INDEX orders_note_c ON public.orders (note COLLATE \"musicbrainz\".\"musicbrainz\")"))
                .isInstanceOfSatisfying(Change.CreateIndex.class, c -> assertThat(c.index().columnNames()).containsExactly("note"));
        assertThat(change(EngineKind.POSTGRESQL, "CREATE UNIQUE INDEX orders_note_c ON orders (note COLLATE musicbrainz.\"musicbrainz\" DESC, code)"))
                .isInstanceOfSatisfying(Change.CreateIndex.class, c -> {
                    assertThat(c.index().columnNames()).containsExactly("note", "code");
                    assertThat(c.index().unique()).isTrue();
                    assertThat(c.index().columns().get(0).descending()).isTrue();
                });
        assertThat(change(EngineKind.POSTGRESQL, "CREATE INDEX orders_note_c ON orders (note COLLATE \"C\" text_pattern_ops) WHERE note COLLATE \"C\" > 'a'"))
                .isInstanceOf(Change.CreateIndex.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT ck_note CHECK (note COLLATE \"C\" > 'a')"))
                .isInstanceOf(Change.AddCheck.class);
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders ADD CONSTRAINT ck_note CHECK (note COLLATE utf8mb4_bin > 'a')"))
                .isInstanceOf(Change.AddCheck.class);
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE names (name varchar(10) COLLATE \"C\" NOT NULL, CHECK ((name COLLATE \"C\") <> ''))"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> assertThat(c.definition().checks()).hasSize(1));
        // quoted text stays as it is
        assertThat(SqlChangeParser.withoutExpressionCollations("CREATE INDEX i ON t (a COLLATE \"C\") WHERE b = ' COLLATE \"C\"'"))
                .isEqualTo("CREATE INDEX i ON t (a) WHERE b = ' COLLATE \"C\"'");
    }

    /**
     * A constraint's deferrability inside CREATE TABLE, which JSqlParser 5.3 does not take: musicbrainz's baseline has
     * {@code CONSTRAINT medium_uniq UNIQUE (release, position) DEFERRABLE}; the table was not understood, its indexes
     * scored as on a million rows, and up on a fresh database refused by the default policy.
     */
    @Test
    void deferrableConstraintsOfANewTableAreRead() {
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE medium (id integer NOT NULL, release integer NOT NULL, position integer NOT NULL, "
                + "CONSTRAINT medium_pkey PRIMARY KEY (id) NOT DEFERRABLE INITIALLY IMMEDIATE, CONSTRAINT medium_uniq UNIQUE (release, position) DEFERRABLE, "
                + "CONSTRAINT medium_fk FOREIGN KEY (release) REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED, note text DEFAULT 'deferrable')"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> {
                    assertThat(c.definition().columns()).hasSize(4);
                    assertThat(c.definition().uniques()).hasSize(1);
                    assertThat(c.definition().foreignKeys()).hasSize(1);
                    assertThat(c.definition().columns().get(3).defaultExpression()).isEqualTo("'deferrable'");
                });
        // and a unique key's NULLS NOT DISTINCT (musicbrainz's release_label_uniq), in a new table or added to one
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE release_label (id integer NOT NULL, release integer, label integer, "
                + "CONSTRAINT release_label_uniq UNIQUE NULLS NOT DISTINCT (release, label) DEFERRABLE INITIALLY DEFERRED)"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> assertThat(c.definition().uniques()).hasSize(1));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT uq_code UNIQUE NULLS NOT DISTINCT (code)"))
                .isInstanceOf(Change.AddUnique.class);
    }

    /** The storage parameters of a key's index, as the PostgreSQL renderer changes them in place (pairs 912, 970). */
    @Test
    void postgresIndexStorageParametersAreClassified() {
        assertThat(op(EngineKind.POSTGRESQL, "ALTER INDEX orders_pkey SET (fillfactor=60, deduplicate_items=off)")).isNotInstanceOf(Op.Unknown.class);
        assertThat(op(EngineKind.POSTGRESQL, "ALTER INDEX public.orders_pkey RESET (fillfactor)")).isNotInstanceOf(Op.Unknown.class);
    }

    /**
     * JSqlParser 5.3 rejects {@code DEFAULT nextval('seq')} inside CREATE TABLE (it parses {@code nextval('seq'::regclass)}):
     * every serial column schemactl writes (baselines, new tables) was an UNKNOWN-STATEMENT, the table was not known as
     * created by the migration, and its indexes were scored as if on a table of a million rows.
     */
    @Test
    void postgresCreateTableWithASequenceDefaultIsATable() {
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE category (category_id integer DEFAULT nextval('category_category_id_seq') NOT NULL, "
                + "name text NOT NULL, CONSTRAINT category_pkey PRIMARY KEY (category_id))")).isInstanceOfSatisfying(
                Change.CreateTable.class, c -> assertThat(c.definition().columns()).hasSize(2));
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE billing.items (id bigint NOT NULL DEFAULT nextval('billing.\"Items_id_seq\"'))"))
                .isInstanceOf(Change.CreateTable.class);
    }

    /** What a baseline or dump writes for PostgreSQL's unmanaged objects is understood (each was an UNKNOWN-STATEMENT). */
    @Test
    void postgresUnmanagedObjectStatementsAreHarmless() {
        for (String sql : List.of("COMMENT ON TRIGGER last_updated ON public.actor IS 'x'", "COMMENT ON SCHEMA billing IS 'y'",
                "COMMENT ON STATISTICS public.s IS 'z'", "COMMENT ON MATERIALIZED VIEW public.m IS 'w'",
                "CREATE AGGREGATE public.group_concat(text) (SFUNC = _group_concat, STYPE = text)",
                "CREATE OPERATOR public.=== (FUNCTION = public.f, LEFTARG = integer, RIGHTARG = integer)",
                "CREATE STATISTICS public.s (dependencies) ON a, b FROM public.t",
                "CREATE TEXT SEARCH CONFIGURATION public.mb (PARSER = pg_catalog.\"default\")")) {
            assertThat(op(EngineKind.POSTGRESQL, sql)).as(sql).isInstanceOf(Op.Harmless.class);
        }
    }

    /**
     * A partition made by the migration is a new, empty table (pagila's payment_p2022_01 in a baseline): it was an
     * UNKNOWN-STATEMENT, and its indexes and foreign keys were scored as on a table of a million rows.
     */
    @Test
    void postgresPartitionOfIsANewTable() {
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE public.payment_p2022_01 PARTITION OF public.payment\n"
                + "FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> assertThat(c.table()).isEqualTo("payment_p2022_01"));
    }

    @Test
    void mariaDbFulltextAndSpatialKeysAreIndexesWithThatMethod() {
        assertThat(change(EngineKind.MARIADB, "CREATE FULLTEXT INDEX ft_note ON orders (note)")).isInstanceOfSatisfying(
                Change.CreateIndex.class, c -> {
                    assertThat(c.index().method()).isEqualTo("fulltext");
                    assertThat(c.index().columnNames()).containsExactly("note");
                });
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders ADD SPATIAL KEY sp_note (note)")).isInstanceOfSatisfying(
                Change.CreateIndex.class, c -> assertThat(c.index().method()).isEqualTo("spatial"));
        assertThat(change(EngineKind.MARIADB, "CREATE INDEX ix_note ON orders (note)")).isInstanceOfSatisfying(
                Change.CreateIndex.class, c -> assertThat(c.index().method()).isNull());
    }

    /**
     * The primary-key clauses the MariaDB renderer writes for a MEMORY table's BTREE key parse into the key's changes.
     * The method itself is not read (as for an index's USING): it is relative to the table's engine, which a statement
     * does not always say, and no risk rule reads it.
     */
    @Test
    void mariaDbPrimaryKeyClausesWithAMethodParse() {
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE `orders` ADD PRIMARY KEY (`id`) USING BTREE")).isInstanceOfSatisfying(
                Change.AddPrimaryKey.class, c -> assertThat(c.primaryKey().columns()).containsExactly("id"));
        assertThat(new SqlChangeParser(EngineKind.MARIADB, LIVE)
                .parse("ALTER TABLE `orders` DROP PRIMARY KEY, ADD PRIMARY KEY (`id` DESC) USING BTREE").ops())
                .extracting(o -> ((Op.Structural) o).change().getClass().getSimpleName())
                .containsExactly("DropPrimaryKey", "AddPrimaryKey");
        assertThat(change(EngineKind.MARIADB, "CREATE TABLE `ticks` (`at` int NOT NULL, `val` int NOT NULL, "
                + "PRIMARY KEY (`at`) USING BTREE) ENGINE=MEMORY")).isInstanceOfSatisfying(
                Change.CreateTable.class, c -> assertThat(c.definition().primaryKey().columns()).containsExactly("at"));
    }

    @Test
    void tablesAndColumns() {
        Change create = change(EngineKind.POSTGRESQL, "CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "name varchar(50) NOT NULL DEFAULT 'x', doc json, parent_id int REFERENCES orders (id))");
        assertThat(create).isInstanceOfSatisfying(Change.CreateTable.class, c -> {
            assertThat(c.definition().columns()).extracting(col -> col.name()).containsExactly("id", "name", "doc", "parent_id");
            assertThat(c.definition().columns().get(0).isIdentity()).isTrue();
            assertThat(c.definition().columns().get(1).nullable()).isFalse();
            assertThat(c.definition().columns().get(1).defaultExpression()).isEqualTo("'x'");
            assertThat(c.definition().columns().get(2).type().kind()).isEqualTo(TypeKind.JSON);
            assertThat(c.definition().primaryKey().columns()).containsExactly("id");
            assertThat(c.definition().foreignKeys()).singleElement().satisfies(f -> assertThat(f.referencedTable()).isEqualTo("orders"));
        });
        assertThat(change(EngineKind.POSTGRESQL, "DROP TABLE orders")).isInstanceOfSatisfying(Change.DropTable.class,
                c -> assertThat(c.definition().columns()).hasSize(5));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders DROP COLUMN note")).isInstanceOfSatisfying(
                Change.DropColumn.class, c -> assertThat(c.column().type()).isEqualTo(varchar(100)));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD COLUMN r double precision DEFAULT random()"))
                .isInstanceOfSatisfying(Change.AddColumn.class, c -> {
                    assertThat(c.column().defaultExpression()).isEqualTo("random()");
                    assertThat(c.column().type().kind()).isEqualTo(TypeKind.DOUBLE);
                });
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN note TYPE varchar(10) USING note::varchar(10)"))
                .isInstanceOfSatisfying(Change.AlterColumnType.class, c -> {
                    assertThat(c.before().type()).isEqualTo(varchar(100));
                    assertThat(c.after().type()).isEqualTo(varchar(10));
                });
        assertThat(change(EngineKind.H2, "ALTER TABLE orders ALTER COLUMN note SET DATA TYPE VARCHAR(10)"))
                .isInstanceOf(Change.AlterColumnType.class);
        assertThat(change(EngineKind.H2, "ALTER TABLE orders ALTER COLUMN note RENAME TO remark"))
                .isInstanceOfSatisfying(Change.RenameColumn.class, c -> assertThat(c.newName()).isEqualTo("remark"));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders RENAME TO purchases")).isInstanceOf(Change.RenameTable.class);
        assertThat(change(EngineKind.MARIADB, "RENAME TABLE orders TO purchases")).isInstanceOf(Change.RenameTable.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN note SET NOT NULL"))
                .isInstanceOfSatisfying(Change.SetNullable.class, c -> assertThat(c.before().nullable()).isTrue());
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN code DROP NOT NULL"))
                .isInstanceOfSatisfying(Change.SetNullable.class, c -> assertThat(c.after().nullable()).isTrue());
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN flag DROP DEFAULT"))
                .isInstanceOfSatisfying(Change.SetDefault.class, c -> assertThat(c.before().defaultExpression()).isEqualTo("0"));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY"))
                .isInstanceOf(Change.SetIdentity.class);
    }

    @Test
    void mariaDbModifyBecomesWhatItAmountsTo() {
        SqlChangeParser.Parsed p = new SqlChangeParser(EngineKind.MARIADB, LIVE)
                .parse("ALTER TABLE `orders` MODIFY COLUMN `note` VARCHAR(100) NOT NULL");
        assertThat(p.ops()).singleElement().isInstanceOfSatisfying(Op.Structural.class,
                s -> assertThat(s.change()).isInstanceOf(Change.SetNullable.class));
        assertThat(op(EngineKind.MARIADB, "ALTER TABLE orders MODIFY COLUMN note VARCHAR(100) NULL COMMENT 'hi'"))
                .isInstanceOf(Op.Harmless.class);
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders MODIFY COLUMN note VARCHAR(20) NULL"))
                .isInstanceOf(Change.AlterColumnType.class);
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer, DROP INDEX IF EXISTS fk_orders_customer"))
                .isInstanceOf(Change.DropForeignKey.class);
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders DROP PRIMARY KEY")).isInstanceOf(Change.DropPrimaryKey.class);
        assertThat(change(EngineKind.MARIADB, "DROP INDEX orders_note_idx ON orders")).isInstanceOf(Change.DropIndex.class);
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders ADD COLUMN g INT AS (code * 2) STORED"))
                .isInstanceOfSatisfying(Change.AddColumn.class, c -> assertThat(c.column().generatedExpression()).isEqualTo("code * 2"));
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders ADD COLUMN g INT AS (code * 2) VIRTUAL"))
                .isInstanceOfSatisfying(Change.AddColumn.class, c -> assertThat(c.column().generatedExpression()).isNull());
    }

    @Test
    void constraintsAndIndexes() {
        SqlChangeParser parser = new SqlChangeParser(EngineKind.POSTGRESQL, LIVE);
        SqlChangeParser.Parsed fk = parser.parse("ALTER TABLE orders ADD CONSTRAINT fk2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID");
        assertThat(fk.notValid()).isTrue();
        assertThat(((Op.Structural) fk.ops().get(0)).change()).isInstanceOf(Change.AddForeignKey.class);
        SqlChangeParser.Parsed check = parser.parse("ALTER TABLE orders ADD CHECK (code < 100)");
        assertThat(((Op.Structural) check.ops().get(0)).change()).isInstanceOfSatisfying(Change.AddCheck.class,
                c -> assertThat(c.check().name()).isNull());
        assertThat(parser.parse("ALTER TABLE orders VALIDATE CONSTRAINT fk2").ops()).singleElement()
                .isEqualTo(new Op.Validate("orders", "fk2"));
        SqlChangeParser.Parsed index = parser.parse("CREATE INDEX CONCURRENTLY ix ON orders (code, note)");
        assertThat(index.concurrently()).isTrue();
        assertThat(((Op.Structural) index.ops().get(0)).change()).isInstanceOfSatisfying(Change.CreateIndex.class,
                c -> assertThat(c.index().columnNames()).containsExactly("code", "note"));
        assertThat(parser.parse("DROP INDEX CONCURRENTLY ix").concurrently()).isTrue();
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders DROP CONSTRAINT fk_orders_customer")).isInstanceOf(Change.DropForeignKey.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders DROP CONSTRAINT ck_code")).isInstanceOf(Change.DropCheck.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE customers DROP CONSTRAINT uk_customers_id")).isInstanceOf(Change.DropUnique.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT uq UNIQUE (code)")).isInstanceOf(Change.AddUnique.class);
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD PRIMARY KEY (id)")).isInstanceOf(Change.AddPrimaryKey.class);
        // a column's physical options (PostgreSQL): set in place, no statement of unknown effect
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN note SET STORAGE EXTERNAL"))
                .isInstanceOfSatisfying(Change.SetColumnOptions.class, c -> assertThat(c.after().options()).isEqualTo("STORAGE EXTERNAL"));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ALTER COLUMN note SET STATISTICS -1"))
                .isInstanceOfSatisfying(Change.SetColumnOptions.class, c -> assertThat(c.after().options()).isNull());
        assertThat(new SqlChangeParser(EngineKind.POSTGRESQL, LIVE).parse(
                "ALTER TABLE orders ALTER COLUMN note SET COMPRESSION lz4, ALTER COLUMN code SET STATISTICS 5").ops())
                .allSatisfy(o -> assertThat(o).isInstanceOf(Op.Structural.class)).hasSize(2);
        // an expression index key's statistics target: set in place, on the index the working schema knows
        SqlChangeParser withIndex = new SqlChangeParser(EngineKind.POSTGRESQL, LIVE);
        withIndex.parse("CREATE INDEX ix_lower ON orders (note, code)");
        assertThat(((Op.Structural) withIndex.parse("ALTER INDEX public.ix_lower ALTER COLUMN 1 SET STATISTICS 3000").ops().get(0)).change())
                .isInstanceOfSatisfying(Change.SetIndexStatistics.class, c -> {
                    assertThat(c.table()).isEqualTo("orders");
                    assertThat(c.before().keyStatistics()).containsExactly(null, null);
                    assertThat(c.after().keyStatistics()).containsExactly(3000, null);
                });
        // a key's covering columns: what the rules read is the key
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT pk PRIMARY KEY (id) INCLUDE (code)"))
                .isInstanceOfSatisfying(Change.AddPrimaryKey.class, c -> assertThat(c.primaryKey()).isEqualTo(
                        new dev.schemactl.schema.PrimaryKey("pk", List.of("id"), List.of(), null, List.of("code"))));
        assertThat(change(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT uq UNIQUE (code) INCLUDE (note)"))
                .isInstanceOfSatisfying(Change.AddUnique.class, c -> assertThat(c.unique().include()).containsExactly("note"));
        assertThat(change(EngineKind.POSTGRESQL, "CREATE TABLE k (a int, b int, c int, PRIMARY KEY (a DESC) INCLUDE (\"C\"), UNIQUE (b) INCLUDE (a, c))"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> {
                    assertThat(c.definition().primaryKey().include()).containsExactly("C");
                    assertThat(c.definition().primaryKey().descending()).containsExactly("a");
                    assertThat(c.definition().uniques()).singleElement().satisfies(u -> assertThat(u.include()).containsExactly("a", "c"));
                });
        assertThat(op(EngineKind.POSTGRESQL, "ALTER TABLE orders ADD CONSTRAINT uq UNIQUE USING INDEX ux")).isInstanceOf(Op.Harmless.class);
        // partial and covering indexes: the tail JSqlParser cannot parse does not matter to the rules
        assertThat(change(EngineKind.POSTGRESQL, "CREATE INDEX open_orders ON orders (code) WHERE note IS NULL"))
                .isInstanceOfSatisfying(Change.CreateIndex.class, c -> assertThat(c.index().columnNames()).containsExactly("code"));
        assertThat(change(EngineKind.POSTGRESQL, "CREATE UNIQUE INDEX CONCURRENTLY ux ON orders (code) INCLUDE (note) WITH (fillfactor = 90)"))
                .isInstanceOfSatisfying(Change.CreateIndex.class, c -> assertThat(c.index().unique()).isTrue());
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE `orders` ADD COLUMN `c` INT NOT NULL DEFAULT 0 AFTER `code`"))
                .isInstanceOfSatisfying(Change.AddColumn.class, c -> assertThat(c.column().defaultExpression()).isEqualTo("0"));
        // as the MariaDB renderer places columns: FIRST, and AFTER with a key in the same statement
        assertThat(change(EngineKind.MARIADB, "ALTER TABLE orders ADD COLUMN lead int NULL FIRST"))
                .isInstanceOfSatisfying(Change.AddColumn.class, c -> assertThat(c.column().name()).isEqualTo("lead"));
        assertThat(new SqlChangeParser(EngineKind.MARIADB, LIVE).parse(
                "ALTER TABLE orders ADD COLUMN n bigint NOT NULL AUTO_INCREMENT AFTER code, ADD UNIQUE KEY uk_n (n)").ops())
                .extracting(o -> ((Op.Structural) o).change().getClass().getSimpleName()).containsExactly("AddColumn", "AddUnique");
    }

    @Test
    void statementsWithoutAChange() {
        assertThat(op(EngineKind.POSTGRESQL, "TRUNCATE TABLE orders RESTART IDENTITY CASCADE")).isEqualTo(new Op.Truncate("orders"));
        assertThat(op(EngineKind.POSTGRESQL, "DELETE FROM orders")).isEqualTo(new Op.DeleteAll("orders"));
        assertThat(op(EngineKind.POSTGRESQL, "DELETE FROM orders WHERE id = 1")).isInstanceOf(Op.DataChange.class);
        assertThat(op(EngineKind.POSTGRESQL, "DROP SCHEMA audit CASCADE")).isEqualTo(new Op.DropSchema("audit"));
        assertThat(op(EngineKind.POSTGRESQL, "ALTER TYPE mood ADD VALUE 'meh'")).isEqualTo(new Op.AddEnumValue("mood", "meh", false));
        assertThat(op(EngineKind.POSTGRESQL, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'"))
                .isEqualTo(new Op.AddEnumValue("mood", "meh", true));
        assertThat(op(EngineKind.POSTGRESQL, "SET lock_timeout = '5s'")).isInstanceOf(Op.SetLockTimeout.class);
        assertThat(op(EngineKind.POSTGRESQL, "SET lock_timeout TO '5s'")).isInstanceOf(Op.SetLockTimeout.class);
        assertThat(op(EngineKind.POSTGRESQL, "SET LOCAL lock_timeout = 5000")).isInstanceOf(Op.SetLockTimeout.class);
        assertThat(op(EngineKind.POSTGRESQL, "BEGIN")).isEqualTo(new Op.TransactionControl(true));
        assertThat(op(EngineKind.POSTGRESQL, "COMMIT")).isEqualTo(new Op.TransactionControl(false));
        assertThat(op(EngineKind.POSTGRESQL, "INSERT INTO orders (id, code) VALUES (1, 2)")).isInstanceOf(Op.DataChange.class);
        assertThat(op(EngineKind.POSTGRESQL, "SELECT pg_sleep(1)")).isInstanceOf(Op.Harmless.class);
        assertThat(op(EngineKind.POSTGRESQL, "COMMENT ON COLUMN orders.note IS 'x'")).isInstanceOf(Op.Harmless.class);
        assertThat(op(EngineKind.POSTGRESQL, "CREATE TYPE mood AS ENUM ('ok', 'meh')")).isInstanceOf(Op.Harmless.class);
        SqlChangeParser.Parsed two = new SqlChangeParser(EngineKind.POSTGRESQL, LIVE).parse("DROP TABLE orders, customers CASCADE");
        assertThat(two.ops()).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(Op.Structural.class));
    }

    @Test
    void whatCannotBeParsedOrClassifiedIsUnknown() {
        assertThat(op(EngineKind.H2, "CREATE ALIAS IF NOT EXISTS SLEEPY FOR 'java.lang.Thread.sleep'")).isInstanceOf(Op.Unknown.class);
        assertThat(op(EngineKind.POSTGRESQL, "FROBNICATE ALL THE TABLES")).isInstanceOfSatisfying(Op.Unknown.class,
                u -> assertThat(u.reason()).startsWith("JSqlParser:"));
        assertThat(op(EngineKind.POSTGRESQL, "DROP INDEX no_such_index")).isInstanceOf(Op.Unknown.class);
    }

    @Test
    void laterStatementsSeeEarlierOnes() {
        SqlChangeParser parser = new SqlChangeParser(EngineKind.POSTGRESQL, LIVE);
        List<SqlChangeParser.Parsed> parsed = parser.parseScript("""
                -- a comment
                CREATE TABLE tmp (id int, v varchar(5));
                ALTER TABLE tmp ALTER COLUMN v TYPE varchar(2);
                ALTER TABLE tmp RENAME TO tmp2;
                ALTER TABLE tmp2 DROP COLUMN v;
                """);
        assertThat(parsed).hasSize(4);
        assertThat(((Op.Structural) parsed.get(1).ops().get(0)).change()).isInstanceOfSatisfying(Change.AlterColumnType.class,
                c -> assertThat(c.before().type()).isEqualTo(varchar(5)));
        assertThat(((Op.Structural) parsed.get(3).ops().get(0)).change()).isInstanceOfSatisfying(Change.DropColumn.class,
                c -> assertThat(c.column().type()).isEqualTo(varchar(2)));
    }

    /**
     * public.items and billing.items are two tables: a statement qualified with billing acts on billing's (its
     * columns' types, its index of a name public's table has too), an unqualified one on the default schema's, and a
     * rename keeps the table in its schema (later statements find it under billing.goods).
     */
    @Test
    void sameNamedTablesOfTwoSchemasAreTwoTables() {
        Schema live = schema(List.of(
                table("items").col(notNull("id", INT), col("qty", INT)).pk("id").indexNamed("items_qty_idx", false, "qty").build(),
                table("items").col(notNull("id", INT), col("qty", varchar(10))).pk("id").indexNamed("items_qty_idx", true, "qty")
                        .build().withSchema("billing")));
        SqlChangeParser parser = new SqlChangeParser(EngineKind.POSTGRESQL, live);
        List<SqlChangeParser.Parsed> parsed = parser.parseScript("""
                ALTER TABLE billing.items DROP COLUMN qty;
                ALTER TABLE items DROP COLUMN qty;
                DROP INDEX billing.items_qty_idx;
                ALTER TABLE billing.items RENAME TO goods;
                ALTER TABLE billing.goods ADD COLUMN note text;
                """);
        assertThat(((Op.Structural) parsed.get(0).ops().get(0)).change()).isInstanceOfSatisfying(Change.DropColumn.class, c -> {
            assertThat(c.table()).isEqualTo("billing.items");
            assertThat(c.column().type()).isEqualTo(varchar(10));
        });
        assertThat(((Op.Structural) parsed.get(1).ops().get(0)).change()).isInstanceOfSatisfying(Change.DropColumn.class, c -> {
            assertThat(c.table()).isEqualTo("items");
            assertThat(c.column().type()).isEqualTo(INT);
        });
        assertThat(((Op.Structural) parsed.get(2).ops().get(0)).change()).isInstanceOfSatisfying(Change.DropIndex.class, c -> {
            assertThat(c.table()).isEqualTo("billing.items");
            assertThat(c.index().unique()).isTrue();
        });
        assertThat(((Op.Structural) parsed.get(3).ops().get(0)).change()).isInstanceOfSatisfying(Change.RenameTable.class,
                c -> assertThat(c.newKey()).isEqualTo("billing.goods"));
        assertThat(((Op.Structural) parsed.get(4).ops().get(0)).change()).isInstanceOfSatisfying(Change.AddColumn.class,
                c -> assertThat(c.table()).isEqualTo("billing.goods"));
    }
}
