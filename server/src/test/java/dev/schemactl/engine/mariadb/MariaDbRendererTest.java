package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.RendererContract;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.BIGINT;
import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.identity;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

class MariaDbRendererTest extends RendererContract {

    @Override
    protected EngineKind kind() {
        return EngineKind.MARIADB;
    }

    /** MariaDB's MODIFY keeps a STORED column's values when it becomes plain, and recomputes them on the way back. */
    @Test
    void dropGenerationIsAModifyEachWay() {
        dev.schemactl.schema.Column g = dev.schemactl.diff.Fixtures.generated("total", INT, "`qty` * 2");
        RenderedChange change = renderer().render(new dev.schemactl.diff.Change.DropGeneration("t", g, g.withGenerated(null, null)));
        assertThat(change.forward()).containsExactly("ALTER TABLE t MODIFY COLUMN total int NULL");
        assertThat(change.rollback()).singleElement().asString().startsWith("ALTER TABLE t MODIFY COLUMN total int AS (`qty` * 2) STORED");
    }

    @Test
    void columnAlterationsModifyTheFullDefinition() {
        RenderedChange type = renderer().render(new Change.AlterColumnType("t",
                col("c", INT).withDefault("1").withComment("n"), col("c", BIGINT).withDefault("1").withComment("n")));
        assertThat(type.forward()).containsExactly("ALTER TABLE t MODIFY COLUMN c bigint DEFAULT 1 NULL COMMENT 'n'");
        assertThat(type.rollback()).containsExactly("ALTER TABLE t MODIFY COLUMN c int DEFAULT 1 NULL COMMENT 'n'");
        assertThat(renderer().render(new Change.SetNullable("t", col("c", INT), notNull("c", INT))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN c int NOT NULL");
        assertThat(renderer().render(new Change.SetIdentity("t", notNull("id", BIGINT), identity("id", BIGINT))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN id bigint NOT NULL AUTO_INCREMENT");
        assertThat(renderer().render(new Change.SetColumnComment("t", col("c", INT), col("c", INT).withComment("a\\b'c"))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN c int NULL COMMENT 'a\\\\b''c'");
        assertThat(renderer().render(new Change.SetTableComment("t", "x", null)).forward())
                .containsExactly("ALTER TABLE t COMMENT = ''");
        assertThat(renderer().render(new Change.RenameTable("a", "b")).forward()).containsExactly("RENAME TABLE a TO b");
    }

    /**
     * MariaDB 10.11 cannot ALTER inet4, inet6 or uuid into one another or into numbers or dates ('Cannot cast', even on
     * an empty table): such a step is refused, while character and binary types convert both ways in one MODIFY.
     * inet4 and inet6 convert into each other through text, their values rewritten (pairs 800, 960, 961; the way to
     * inet4 checks first that every address is IPv4-mapped), and so does uuid into 32 to 35 characters (pairs 819, 962).
     */
    @Test
    void pluginTypesConvertOnlyToCharacterAndBinaryTypesOrThroughThem() {
        ColumnType inet4 = ColumnType.other("inet4");
        ColumnType inet6 = ColumnType.other("inet6");
        ColumnType uuid = ColumnType.of(dev.schemactl.schema.TypeKind.UUID);
        for (ColumnType[] refused : new ColumnType[][] {{uuid, inet6}, {inet6, uuid}, {inet4, uuid}, {INT, inet4}, {inet6, BIGINT}, {uuid, BIGINT}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer().render(new Change.AlterColumnType("t",
                            notNull("ip", refused[0]), notNull("ip", refused[1]))))
                    .isInstanceOfSatisfying(dev.schemactl.error.SchemactlException.class,
                            e -> assertThat(e.code()).isEqualTo(dev.schemactl.error.ErrorCode.PLAN_REFUSED))
                    .hasMessageContaining("t.ip");
        }
        assertThat(renderer().render(new Change.AlterColumnType("t", notNull("ip", varchar(45)), notNull("ip", inet6))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN ip inet6 NOT NULL");
        assertThat(renderer().render(new Change.AlterColumnType("t", notNull("id", ColumnType.sized(dev.schemactl.schema.TypeKind.CHAR, 36)),
                notNull("id", uuid))).rollback()).containsExactly("ALTER TABLE t MODIFY COLUMN id char(36) NOT NULL");

        RenderedChange widened = renderer().render(new Change.AlterColumnType("t", col("ip", inet4), col("ip", inet6)));
        assertThat(widened.forward()).containsExactly("ALTER TABLE t MODIFY COLUMN ip varchar(45) NULL",
                "UPDATE t SET ip = CONCAT('::ffff:', ip) WHERE ip NOT LIKE '%:%'", "ALTER TABLE t MODIFY COLUMN ip inet6 NULL");
        assertThat(widened.rollback()).containsExactly("BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM t WHERE ip IS NOT NULL AND "
                        + "NOT IS_IPV4_MAPPED(ip)) THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'schemactl: t.ip holds a value inet4 "
                        + "cannot hold (see the migration''s converts-values); nothing was changed'; END IF; END",
                "ALTER TABLE t MODIFY COLUMN ip varchar(45) NULL", "UPDATE t SET ip = SUBSTRING(ip, 8) WHERE ip LIKE '::ffff:%'",
                "ALTER TABLE t MODIFY COLUMN ip inet4 NULL");
        assertThat(widened.rollbackLosesData()).isFalse(); // every value comes back, or the rollback fails first

        ColumnType char32 = ColumnType.sized(dev.schemactl.schema.TypeKind.CHAR, 32);
        RenderedChange native_ = renderer().render(new Change.AlterColumnType("t", notNull("id", char32), notNull("id", uuid)));
        assertThat(native_.forward()).containsExactly("ALTER TABLE t MODIFY COLUMN id uuid NOT NULL");
        assertThat(native_.rollback()).containsExactly("ALTER TABLE t MODIFY COLUMN id char(36) NOT NULL",
                "UPDATE t SET id = REPLACE(id, '-', '') WHERE id LIKE '%-%'", "ALTER TABLE t MODIFY COLUMN id char(32) NOT NULL");
        assertThat(native_.rollbackLosesData()).isTrue(); // hex digits come back in lower case
        assertThat(renderer().valueRewrite(native_.change())).isEqualTo("t.id: one MODIFY; rollback through char(36), each uuid "
                + "written as its 32 hex digits in lower case, without dashes");
        // 31 characters cannot hold a uuid's digits: one MODIFY, which fails on data as it should
        assertThat(renderer().render(new Change.AlterColumnType("t", notNull("id", uuid),
                notNull("id", ColumnType.sized(dev.schemactl.schema.TypeKind.CHAR, 31)))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN id char(31) NOT NULL");
    }

    /** A comment's line breaks are escaped: a line of it starting with --rollback would be the file's own (pair 802). */
    @Test
    void lineBreaksInLiteralsAreEscaped() {
        assertThat(renderer().render(new Change.SetColumnComment("t", col("c", INT), col("c", INT).withComment("by:\n--rollback x\r\n"))).forward())
                .containsExactly("ALTER TABLE t MODIFY COLUMN c int NULL COMMENT 'by:\\n--rollback x\\r\\n'");
        assertThat(renderer().render(new Change.SetTableComment("t", null, "a;\n-- b")).forward())
                .containsExactly("ALTER TABLE t COMMENT = 'a;\\n-- b'");
    }

    /** Keys keep the KEY_BLOCK_SIZE they were built with: leaving one rebuilds them in the same ALTER (pair 572). */
    @Test
    void leavingAKeyBlockSizeRebuildsTheKeysInTheSameStatement() {
        var t = table("t").col(notNull("id", INT), col("p", INT), col("code", varchar(5))).pk("id").unique("code").index("p").build()
                .withOptions("ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8");
        Change change = new Change.SetTableOptions("t", t.options(), null);
        RenderedChange r = renderer().render(new dev.schemactl.diff.Plan(List.of(change), List.of(),
                new dev.schemactl.schema.Schema(List.of(t), List.of()))).get(0);
        assertThat(r.forward()).containsExactly("ALTER TABLE t ROW_FORMAT=DEFAULT, KEY_BLOCK_SIZE=0, DROP PRIMARY KEY, ADD PRIMARY KEY (id),"
                + " DROP INDEX uk_t_code, ADD CONSTRAINT uk_t_code UNIQUE (code), DROP INDEX idx_t_p, ADD KEY idx_t_p (p)");
        // back to KEY_BLOCK_SIZE=8 from none: keys built with 0 show nothing, as those of a table created so
        assertThat(r.rollback()).containsExactly("ALTER TABLE t ROW_FORMAT=COMPRESSED, KEY_BLOCK_SIZE=8");
    }

    /**
     * Aria fills in its page checksum while the ALTER TABLE leaving it runs, so an InnoDB table made from an Aria one
     * keeps PAGE_CHECKSUM=1 unless a second statement takes it away (pairs 690, 691); PAGE_CHECKSUM=0 would stay as written.
     */
    @Test
    void leavingAriaDropsThePageChecksumInASecondStatement() {
        RenderedChange r = renderer().render(new Change.SetTableOptions("t", "ENGINE=Aria TRANSACTIONAL=1", null));
        assertThat(r.forward()).containsExactly("ALTER TABLE t ENGINE=InnoDB, TRANSACTIONAL=DEFAULT", "ALTER TABLE t PAGE_CHECKSUM=DEFAULT");
        assertThat(r.rollback()).containsExactly("ALTER TABLE t ENGINE=Aria, TRANSACTIONAL=1");
        assertThat(renderer().render(new Change.SetTableOptions("t", "PAGE_CHECKSUM=1", null)).forward())
                .containsExactly("ALTER TABLE t PAGE_CHECKSUM=DEFAULT");
        assertThat(renderer().render(new Change.SetTableOptions("t", "ENGINE=Aria", "ENGINE=MyISAM PAGE_CHECKSUM=1")).forward())
                .containsExactly("ALTER TABLE t ENGINE=MyISAM, PAGE_CHECKSUM=1");
        // MyISAM refuses TRANSACTIONAL even as DEFAULT (and would keep it in a comment): taken away while still Aria
        assertThat(renderer().render(new Change.SetTableOptions("t", "ENGINE=Aria TRANSACTIONAL=1", "ENGINE=MyISAM")).forward())
                .containsExactly("ALTER TABLE t TRANSACTIONAL=DEFAULT", "ALTER TABLE t ENGINE=MyISAM", "ALTER TABLE t PAGE_CHECKSUM=DEFAULT");
    }

    @Test
    void notNullWithADefaultFillsTheNullsWithItFirst() {
        RenderedChange set = renderer().render(new Change.SetNullable("t",
                col("c", INT).withDefault("0"), notNull("c", INT).withDefault("0")));
        assertThat(set.forward()).containsExactly("UPDATE t SET c = DEFAULT WHERE c IS NULL",
                "ALTER TABLE t MODIFY COLUMN c int DEFAULT 0 NOT NULL");
        assertThat(set.rollback()).containsExactly("ALTER TABLE t MODIFY COLUMN c int DEFAULT 0 NULL");
    }

    @Test
    void keysIndexesAndForeignKeysUseMariaDbForms() {
        var t = table("t").col(notNull("id", INT), col("p", INT), col("key", varchar(5))).pk("id").unique("key").index("p")
                .fk("p", "t", "id").build();
        assertThat(renderer().render(new Change.DropPrimaryKey("t", t.primaryKey())).forward())
                .containsExactly("ALTER TABLE t DROP PRIMARY KEY");
        assertThat(renderer().render(new Change.DropUnique("t", t.uniques().get(0))).forward())
                .containsExactly("ALTER TABLE t DROP INDEX uk_t_key");
        assertThat(renderer().render(new Change.DropIndex("t", t.indexes().get(0))).forward())
                .containsExactly("DROP INDEX idx_t_p ON t");
        assertThat(renderer().render(new Change.DropForeignKey("t", t.foreignKeys().get(0))).forward())
                .containsExactly("ALTER TABLE t DROP FOREIGN KEY fk_t_p, DROP INDEX IF EXISTS fk_t_p");
        assertThat(renderer().createTable(t)).isEqualTo("CREATE TABLE t (\n    id int NOT NULL,\n    p int NULL,\n"
                + "    `key` varchar(5) NULL,\n    PRIMARY KEY (id),\n    CONSTRAINT uk_t_key UNIQUE (`key`)\n)");
    }

    /**
     * A definition with a key order (MariaDB's inspector's) is created with every key inside CREATE TABLE at its place:
     * unique keys of either kind, indexes (FULLTEXT as such), and a foreign key's own index as a plain KEY of its name,
     * so that SHOW CREATE TABLE lists them as the original did; without one, indexes follow as CREATE INDEX.
     */
    /** Connector/J's IGNORE_SPACE makes a built-in function's name reserved before "(": osTicket's KEY `mid` (mid). */
    @Test
    void aKeyNamedLikeABuiltInFunctionIsBackquotedInsideCreateTable() {
        var base = table("t").col(notNull("id", INT), col("mid", INT), col("p", INT)).pk("id").build();
        var mid = new dev.schemactl.schema.Index("mid", List.of(dev.schemactl.schema.IndexColumn.asc("mid")), false).withKeyOrder(0);
        var fk = new dev.schemactl.schema.ForeignKey("count", List.of("p"), "parent", List.of("id"), null, null).withKeyOrder(1);
        var t = base.withIndexes(List.of(mid)).withForeignKeys(List.of(fk));
        assertThat(renderer().createTableStatements(t).get(0)).contains("    KEY `mid` (mid),\n    KEY `count` (p)\n)");
    }

    @Test
    void keysWithAKeyOrderAreWrittenInsideCreateTableAtTheirPlace() {
        var base = table("t").col(notNull("id", INT), col("a", INT), col("b", INT), col("p", INT), col("body", varchar(50)))
                .pk("id").build();
        var ua = new dev.schemactl.schema.UniqueConstraint("ua", List.of("a")).withKeyOrder(0);
        var ub = new dev.schemactl.schema.Index("ub", List.of(dev.schemactl.schema.IndexColumn.asc("b")), true)
                .withComment("c").withKeyOrder(1);
        var ib = new dev.schemactl.schema.Index("ib", List.of(dev.schemactl.schema.IndexColumn.asc("b")), false).withKeyOrder(3);
        var ft = new dev.schemactl.schema.Index("ft", List.of(dev.schemactl.schema.IndexColumn.asc("body")), false)
                .withMethod("fulltext").withKeyOrder(4);
        var fk = new dev.schemactl.schema.ForeignKey("fk_p", List.of("p"), "parent", List.of("id"), null, null).withKeyOrder(2);
        var t = base.withUniques(List.of(ua)).withIndexes(List.of(ub, ib, ft)).withForeignKeys(List.of(fk));
        assertThat(renderer().createTableStatements(t)).containsExactly("CREATE TABLE t (\n    id int NOT NULL,\n    a int NULL,\n"
                + "    b int NULL,\n    p int NULL,\n    body varchar(50) NULL,\n    PRIMARY KEY (id),\n"
                + "    CONSTRAINT ua UNIQUE (a),\n    UNIQUE KEY ub (b) COMMENT 'c',\n    KEY fk_p (p),\n    KEY ib (b),\n"
                + "    FULLTEXT KEY ft (body)\n)");
        var unordered = base.withIndexes(List.of(ib.withKeyOrder(dev.schemactl.schema.Index.NO_KEY_ORDER)))
                .withForeignKeys(List.of(fk.withKeyOrder(dev.schemactl.schema.Index.NO_KEY_ORDER)));
        assertThat(renderer().createTableStatements(unordered)).hasSize(2).last().isEqualTo("CREATE INDEX ib ON t (b)");
    }

    @Test
    void anAutoIncrementColumnNoPrimaryOrUniqueKeyLeadsGetsItsIndexInsideCreateTable() {
        var t = table("audit").col(notNull("tenant", INT), identity("n", BIGINT), col("msg", varchar(20)))
                .pk("tenant", "n").index("msg").index("n").build();
        // MariaDB refuses CREATE TABLE with an AUTO_INCREMENT column that no key leads, so CREATE INDEX after it is too
        // late; the index before it in the table's order is written inside too, before it: SHOW CREATE TABLE lists keys
        // in creation order, and created after the table it would come after idx_audit_n (Cacti's processes table)
        assertThat(renderer().createTableStatements(t)).containsExactly("CREATE TABLE audit (\n    tenant int NOT NULL,\n"
                + "    n bigint NOT NULL AUTO_INCREMENT,\n    msg varchar(20) NULL,\n    PRIMARY KEY (tenant, n),\n"
                + "    KEY idx_audit_msg (msg),\n    KEY idx_audit_n (n)\n)");
        var after = table("audit").col(notNull("tenant", INT), identity("n", BIGINT), col("msg", varchar(20)))
                .pk("tenant", "n").index("n").index("msg").build();
        assertThat(renderer().createTableStatements(after)).containsExactly("CREATE TABLE audit (\n    tenant int NOT NULL,\n"
                + "    n bigint NOT NULL AUTO_INCREMENT,\n    msg varchar(20) NULL,\n    PRIMARY KEY (tenant, n),\n"
                + "    KEY idx_audit_n (n)\n)", "CREATE INDEX idx_audit_msg ON audit (msg)");
        var led = table("audit").col(identity("n", BIGINT), notNull("tenant", INT)).pk("n", "tenant").index("n").build();
        assertThat(renderer().createTableStatements(led)).hasSize(2);
    }

    @Test
    void aSpatialKeyBeforeTheAutoIncrementKeyIsWrittenInsideCreateTableAsASpatialKey() {
        var t = table("places").col(notNull("tenant", INT), identity("n", BIGINT), notNull("pos", ColumnType.other("point")))
                .pk("tenant", "n").build();
        t = t.withIndexes(List.of(new Index("sp_pos", List.of(IndexColumn.asc("pos")), false, "spatial", null, List.of()),
                new Index("idx_places_n", List.of(IndexColumn.asc("n")), false)));
        assertThat(renderer().createTableStatements(t)).containsExactly("CREATE TABLE places (\n    tenant int NOT NULL,\n"
                + "    n bigint NOT NULL AUTO_INCREMENT,\n    pos point NOT NULL,\n    PRIMARY KEY (tenant, n),\n"
                + "    SPATIAL KEY sp_pos (pos),\n    KEY idx_places_n (n)\n)");
    }

    @Test
    void aTableCollationRollbackReappliesTheColumnsThatFollowedTheTableBefore() {
        var name = col("name", varchar(10));
        RenderedChange r = renderer().render(new Change.SetTableCollation("p", "latin1_swedish_ci", "utf8mb4_general_ci",
                List.of(), List.of(name)));
        assertThat(r.forward()).containsExactly("ALTER TABLE p COLLATE=utf8mb4_general_ci");
        assertThat(r.rollback()).containsExactly("ALTER TABLE p COLLATE=latin1_swedish_ci",
                "ALTER TABLE p MODIFY COLUMN name varchar(10) NULL");
    }

    @Test
    void anAutoIncrementColumnAddedToATableWithRowsCarriesItsKeyInTheSameStatement() {
        var before = table("visits").col(notNull("page", varchar(10))).build();
        var after = table("visits").col(identity("id", BIGINT), notNull("page", varchar(10))).pk("id").build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after)));
        // ADD COLUMN ... AUTO_INCREMENT alone is refused (no key leads it); ADD PRIMARY KEY after it is too late
        // (and goes first, where the desired table has it)
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE visits ADD COLUMN id bigint NOT NULL AUTO_INCREMENT FIRST, ADD PRIMARY KEY (id)");
        assertThat(up.stream().flatMap(r -> r.rollback().stream())).containsExactly("ALTER TABLE visits DROP PRIMARY KEY, DROP COLUMN id");
        List<RenderedChange> down = renderer().render(differ.diff(schemaOf(after), schemaOf(before)));
        assertThat(down.stream().flatMap(r -> r.forward().stream())).containsExactly("ALTER TABLE visits DROP PRIMARY KEY, DROP COLUMN id");
        assertThat(down.stream().flatMap(r -> r.rollback().stream())).containsExactly(
                "ALTER TABLE visits ADD COLUMN id bigint NOT NULL AUTO_INCREMENT FIRST, ADD PRIMARY KEY (id)");
    }

    @Test
    void aReorderedColumnIsRestatedAtItsNewPlaceAndPutBackOnRollback() {
        var before = table("contacts").col(notNull("id", INT), col("phone", varchar(20)), notNull("name", varchar(50))).build();
        var after = table("contacts").col(notNull("id", INT), notNull("name", varchar(50)), col("phone", varchar(20))).build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after)));
        // one move either way; of equal choices, the column that comes first in the table stays
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE contacts MODIFY COLUMN name varchar(50) NOT NULL AFTER id");
        assertThat(up.stream().flatMap(r -> r.rollback().stream())).containsExactly(
                "ALTER TABLE contacts MODIFY COLUMN name varchar(50) NOT NULL AFTER phone");
    }

    @Test
    void aMoveOfAColumnModifiedAnywayRidesOnThatModify() {
        var before = table("t").col(notNull("id", INT), col("note", varchar(20)), col("x", INT)).build();
        var after = table("t").col(col("note", varchar(40)), notNull("id", INT), col("x", INT)).build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after)));
        // one rebuild: the retyped column is the one moved (moving id instead would be as few moves, but two statements)
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE t MODIFY COLUMN note varchar(40) NULL FIRST");
        assertThat(up.stream().flatMap(r -> r.rollback().stream())).containsExactly(
                "ALTER TABLE t MODIFY COLUMN note varchar(20) NULL AFTER id");
    }

    @Test
    void addedColumnsGoWhereTheDesiredTableHasThemAndAnAppendSaysNothing() {
        var before = table("t").col(notNull("id", INT), col("b", INT)).build();
        var after = table("t").col(col("lead", INT), notNull("id", INT), col("a1", INT), col("a2", INT), col("b", INT),
                col("tail", INT)).build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after)));
        // each after its desired predecessor as it exists by then (a2 after the a1 just added)
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE t ADD COLUMN lead int NULL FIRST",
                "ALTER TABLE t ADD COLUMN a1 int NULL AFTER id",
                "ALTER TABLE t ADD COLUMN a2 int NULL AFTER a1",
                "ALTER TABLE t ADD COLUMN tail int NULL");
    }

    @Test
    void aDroppedColumnsRollbackPutsItBackWhereItStoodAlsoWhenItsNeighboursGoToo() {
        var before = table("t").col(col("a", INT), notNull("id", INT), col("b", INT), col("c", INT), col("d", INT),
                col("e", INT)).build();
        var after = table("t").col(notNull("id", INT), col("d", INT)).build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after)));
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly("ALTER TABLE t DROP COLUMN a",
                "ALTER TABLE t DROP COLUMN b", "ALTER TABLE t DROP COLUMN c", "ALTER TABLE t DROP COLUMN e");
        // rolled back last step first: e (last), c after id (b is not back yet), b after id, a first
        List<String> rollback = new java.util.ArrayList<>(up.stream().map(r -> String.join("; ", r.rollback())).toList());
        java.util.Collections.reverse(rollback);
        assertThat(rollback).containsExactly("ALTER TABLE t ADD COLUMN e int NULL",
                "ALTER TABLE t ADD COLUMN c int NULL AFTER id", "ALTER TABLE t ADD COLUMN b int NULL AFTER id",
                "ALTER TABLE t ADD COLUMN a int NULL FIRST");
    }

    @Test
    void aPrimaryKeyWithAMethodIsWrittenUsingItAndRebuiltInOneStatementWhenAnAutoIncrementColumnLeadsIt() {
        var hash = table("ticks").col(identity("id", BIGINT), notNull("at", INT)).pk("id").build();
        var btree = hash.withPrimaryKey(hash.primaryKey().withMethod("btree"));
        assertThat(renderer().createTable(btree)).isEqualTo("CREATE TABLE ticks (\n    id bigint NOT NULL AUTO_INCREMENT,\n"
                + "    at int NOT NULL,\n    PRIMARY KEY (id) USING BTREE\n)");
        assertThat(renderer().render(new Change.AddPrimaryKey("ticks", btree.primaryKey())).forward())
                .containsExactly("ALTER TABLE ticks ADD PRIMARY KEY (id) USING BTREE");
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(hash), schemaOf(btree)));
        // DROP PRIMARY KEY alone is refused: the AUTO_INCREMENT column would lead no key
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE ticks DROP PRIMARY KEY, ADD PRIMARY KEY (id) USING BTREE");
        assertThat(up.stream().flatMap(r -> r.rollback().stream())).containsExactly(
                "ALTER TABLE ticks DROP PRIMARY KEY, ADD PRIMARY KEY (id)");
    }

    @Test
    void aPrimaryKeyAnAutoIncrementColumnLeavesTheLeadOfIsReplacedInOneStatementWithTheKeyTheColumnNeeds() {
        var byId = table("orders").col(identity("id", BIGINT), notNull("tenant_id", INT)).pk("id").build();
        var byTenant = table("orders").col(identity("id", BIGINT), notNull("tenant_id", INT)).pk("tenant_id", "id")
                .indexNamed("idx_orders_id", false, "id").build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<RenderedChange> up = renderer().render(differ.diff(schemaOf(byId), schemaOf(byTenant)));
        // each half alone is refused: between them the AUTO_INCREMENT column would lead no key
        assertThat(up.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id), ADD KEY idx_orders_id (id)");
        assertThat(up.stream().flatMap(r -> r.rollback().stream())).containsExactly(
                "ALTER TABLE orders DROP INDEX idx_orders_id, DROP PRIMARY KEY, ADD PRIMARY KEY (id)");
        List<RenderedChange> down = renderer().render(differ.diff(schemaOf(byTenant), schemaOf(byId)));
        assertThat(down.stream().flatMap(r -> r.forward().stream())).containsExactly(
                "ALTER TABLE orders DROP INDEX idx_orders_id, DROP PRIMARY KEY, ADD PRIMARY KEY (id)");
    }

    @Test
    void aColumnThatLeavesAnAutoIncrementKeyAndBecomesNullableIsRestatedAfterTheKeyIsReplaced() {
        var before = table("readings").col(identity("id", INT), notNull("sensor", INT), notNull("at", INT)).pk("id", "sensor").build();
        var after = table("readings").col(identity("id", INT), col("sensor", INT), notNull("at", INT)).pk("id", "at").build();
        var differ = dev.schemactl.engine.Engines.of(EngineKind.MARIADB).differ();
        List<String> up = renderer().render(differ.diff(schemaOf(before), schemaOf(after))).stream()
                .flatMap(r -> r.forward().stream()).toList();
        // MODIFY ... NULL on a column of the primary key leaves it NOT NULL: it is restated once the key is replaced
        assertThat(up).last().isEqualTo("ALTER TABLE readings DROP PRIMARY KEY, ADD PRIMARY KEY (id, at), MODIFY COLUMN sensor int NULL");
    }

    private static dev.schemactl.schema.Schema schemaOf(dev.schemactl.schema.Table t) {
        return dev.schemactl.diff.Fixtures.schema(List.of(t));
    }
}
