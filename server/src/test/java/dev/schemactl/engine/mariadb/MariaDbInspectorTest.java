package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.testing.QueryCounter;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbInspectorTest {

    /**
     * tables, checks, columns, statistics, foreign keys, one UNION ALL over the sequences (there are some), and the
     * unmanaged objects: views and triggers in one query, routines in another
     */
    private static final int EXPECTED_QUERIES = 8;

    private static final String DDL = """
            CREATE TABLE customer (
              id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
              email varchar(200) NOT NULL COMMENT 'login address',
              name text COMMENT '',
              code char(3) NOT NULL DEFAULT 'abc',
              active boolean NOT NULL DEFAULT true,
              verified bit(1) DEFAULT b'0',
              score decimal(10,2) DEFAULT 0,
              balance decimal(12,4) DEFAULT -1.5,
              `rank` int DEFAULT -1,
              small smallint,
              tiny tinyint,
              ratio float,
              weight double DEFAULT 1.5,
              born date DEFAULT '2000-01-01',
              wake time,
              created_at datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
              updated_at timestamp NULL DEFAULT CURRENT_TIMESTAMP,
              external_id uuid DEFAULT UUID(),
              profile json,
              bio longtext,
              avatar blob,
              raw_bytes varbinary(16),
              status enum('new','active','it''s') NOT NULL DEFAULT 'new',
              nickname varchar(30) DEFAULT NULL,
              motto varchar(50) DEFAULT 'Keep CALM',
              doubled decimal(12,2) AS (score * 2) STORED,
              CONSTRAINT customer_email_uq UNIQUE (email),
              UNIQUE KEY customer_code_nick_uq (code, nickname),
              CONSTRAINT score_nonneg CHECK (score >= 0)
            ) COMMENT 'People who buy';
            CREATE TABLE product (
              id int AUTO_INCREMENT PRIMARY KEY,
              sku varchar(40) NOT NULL,
              price decimal(10,2) NOT NULL,
              UNIQUE INDEX product_sku (sku)
            );
            CREATE TABLE orders (
              customer_id bigint NOT NULL,
              order_no int NOT NULL,
              product_id int,
              quantity int NOT NULL DEFAULT 1 CHECK (quantity > 0),
              note varchar(100),
              placed_at datetime DEFAULT CURRENT_TIMESTAMP,
              PRIMARY KEY (customer_id, order_no),
              CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer(id) ON DELETE CASCADE,
              CONSTRAINT fk_orders_product FOREIGN KEY (product_id) REFERENCES product(id) ON DELETE SET NULL ON UPDATE NO ACTION,
              INDEX orders_placed_desc (placed_at DESC),
              INDEX orders_product_note (product_id, note),
              CHECK (note <> '')
            );
            CREATE TABLE line_item (
              id int AUTO_INCREMENT PRIMARY KEY,
              product_id int NOT NULL,
              order_customer_id bigint,
              order_no int,
              CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product(id),
              FOREIGN KEY (order_customer_id, order_no) REFERENCES orders(customer_id, order_no) ON DELETE CASCADE
            );
            CREATE SEQUENCE invoice_no_seq START WITH 1000 INCREMENT BY 10;
            CREATE SEQUENCE plain_seq;
            CREATE TABLE schema_migrations (id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL, dateexecuted timestamp NULL, orderexecuted int NOT NULL, md5sum varchar(35));
            CREATE TABLE schema_migrations_lock (id int PRIMARY KEY, locked boolean NOT NULL, lockgranted timestamp NULL, lockedby varchar(255));
            CREATE VIEW big_orders AS SELECT * FROM orders WHERE quantity > 10
            """;

    @Test
    void readsTheWholeSchemaIntoTheModel() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                for (String sql : DDL.split(";\n")) st.execute(sql);
            }
            Schema schema = new MariaDbInspector().inspect(c);

            assertThat(schema.tables()).extracting(Table::name).containsExactly("customer", "line_item", "orders", "product");
            assertThat(schema.sequences()).containsExactly(new Sequence("invoice_no_seq", 1000, 10), new Sequence("plain_seq", 1, 1));

            Table customer = schema.table("customer").orElseThrow();
            assertThat(customer.columns()).containsExactly(
                    new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, true, null, null),
                    new Column("email", ColumnType.sized(TypeKind.VARCHAR, 200), false, null, false, null, "login address"),
                    new Column("name", ColumnType.of(TypeKind.TEXT), true, null, false, null, null),
                    new Column("code", ColumnType.sized(TypeKind.CHAR, 3), false, "'abc'", false, null, null),
                    new Column("active", ColumnType.of(TypeKind.BOOLEAN), false, "true", false, null, null),
                    new Column("verified", ColumnType.of(TypeKind.BOOLEAN), true, "false", false, null, null),
                    new Column("score", ColumnType.decimal(10, 2), true, "0.00", false, null, null),
                    new Column("balance", ColumnType.decimal(12, 4), true, "-1.5000", false, null, null),
                    new Column("rank", ColumnType.of(TypeKind.INTEGER), true, "-1", false, null, null),
                    new Column("small", ColumnType.of(TypeKind.SMALLINT), true, null, false, null, null),
                    new Column("tiny", ColumnType.of(TypeKind.TINYINT), true, null, false, null, null),
                    new Column("ratio", ColumnType.of(TypeKind.REAL), true, null, false, null, null),
                    new Column("weight", ColumnType.of(TypeKind.DOUBLE), true, "1.5", false, null, null),
                    new Column("born", ColumnType.of(TypeKind.DATE), true, "'2000-01-01'", false, null, null),
                    new Column("wake", ColumnType.temporal(TypeKind.TIME, 0), true, null, false, null, null),
                    new Column("created_at", ColumnType.temporal(TypeKind.TIMESTAMP, 6), false, "current_timestamp", false, null, null),
                    new Column("updated_at", ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 0), true, "current_timestamp", false, null, null),
                    new Column("external_id", ColumnType.of(TypeKind.UUID), true, "uuid()", false, null, null),
                    new Column("profile", ColumnType.of(TypeKind.JSON), true, null, false, null, null),
                    new Column("bio", ColumnType.of(TypeKind.CLOB), true, null, false, null, null),
                    new Column("avatar", ColumnType.of(TypeKind.BLOB).withLobSize(dev.schemactl.schema.LobSize.REGULAR), true, null, false, null, null),
                    new Column("raw_bytes", ColumnType.sized(TypeKind.VARBINARY, 16), true, null, false, null, null),
                    new Column("status", ColumnType.enumOf(List.of("new", "active", "it's")), false, "'new'", false, null, null),
                    new Column("nickname", ColumnType.sized(TypeKind.VARCHAR, 30), true, null, false, null, null),
                    new Column("motto", ColumnType.sized(TypeKind.VARCHAR, 50), true, "'Keep CALM'", false, null, null),
                    new Column("doubled", ColumnType.decimal(12, 2), true, null, false, "`score` * 2", null));
            assertThat(customer).isEqualTo(new Table("customer", customer.columns(),
                    new PrimaryKey("PRIMARY", List.of("id")),
                    List.of(new UniqueConstraint("customer_email_uq", List.of("email")),
                            new UniqueConstraint("customer_code_nick_uq", List.of("code", "nickname"))),
                    List.of(), List.of(),
                    // the automatic json_valid(`profile`) check of the json column is not listed
                    List.of(new CheckConstraint("score_nonneg", "`score` >= 0")),
                    "People who buy"));

            Table orders = schema.table("orders").orElseThrow();
            assertThat(orders.columns()).containsExactly(
                    new Column("customer_id", ColumnType.of(TypeKind.BIGINT), false, null, false, null, null),
                    new Column("order_no", ColumnType.of(TypeKind.INTEGER), false, null, false, null, null),
                    new Column("product_id", ColumnType.of(TypeKind.INTEGER), true, null, false, null, null),
                    // a column-level CHECK belongs to its column: a MODIFY that does not restate it drops it
                    new Column("quantity", ColumnType.of(TypeKind.INTEGER), false, "1", false, null, null).withCheck("`quantity` > 0"),
                    new Column("note", ColumnType.sized(TypeKind.VARCHAR, 100), true, null, false, null, null),
                    new Column("placed_at", ColumnType.temporal(TypeKind.TIMESTAMP, 0), true, "current_timestamp", false, null, null));
            assertThat(orders).isEqualTo(new Table("orders", orders.columns(),
                    new PrimaryKey("PRIMARY", List.of("customer_id", "order_no")),
                    List.of(),
                    List.of(new Index("orders_placed_desc", List.of(new IndexColumn("placed_at", true)), false),
                            new Index("orders_product_note", List.of(IndexColumn.asc("product_id"), IndexColumn.asc("note")), false)),
                    List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customer", List.of("id"),
                                    ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                            new ForeignKey("fk_orders_product", List.of("product_id"), "product", List.of("id"),
                                    // the fixture writes ON UPDATE NO ACTION out, which SHOW CREATE TABLE keeps
                                    ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION_STATED)),
                    List.of(new CheckConstraint("CONSTRAINT_1", "`note` <> ''")),
                    null));

            // both foreign keys got an implicit index: the one named after the constraint is what creating the named
            // constraint makes again (not listed); the unnamed constraint's is named after its first column, a name
            // only an index of the model recreates (the employees sample's `KEY dept_no` came back as dept_emp_ibfk_2)
            Table lineItem = schema.table("line_item").orElseThrow();
            assertThat(lineItem.indexes()).containsExactly(new Index("order_customer_id",
                    List.of(IndexColumn.asc("order_customer_id"), IndexColumn.asc("order_no")), false));
            assertThat(lineItem.foreignKeys()).containsExactly(
                    new ForeignKey("line_item_ibfk_1", List.of("order_customer_id", "order_no"), "orders",
                            List.of("customer_id", "order_no"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                    new ForeignKey("fk_line_product", List.of("product_id"), "product", List.of("id"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
            assertThat(lineItem.primaryKey().columns()).containsExactly("id");
            assertThat(lineItem.column("id").orElseThrow().isIdentity()).isTrue();

            Table product = schema.table("product").orElseThrow();
            assertThat(product.uniques()).containsExactly(new UniqueConstraint("product_sku", List.of("sku")));
            assertThat(product.indexes()).isEmpty();
        }
    }

    @Test
    void listsAnExplicitIndexThatLooksLikeNoForeignKeyIndex() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE parent (id int PRIMARY KEY)");
                st.execute("CREATE TABLE child (id int PRIMARY KEY, parent_id int, other_id int,"
                        + " INDEX child_parent (parent_id), INDEX other_id (other_id),"
                        + " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent(id))");
            }
            Table child = new MariaDbInspector().inspect(c).table("child").orElseThrow();
            assertThat(child.indexes()).containsExactly(
                    new Index("child_parent", List.of(IndexColumn.asc("parent_id")), false),
                    new Index("other_id", List.of(IndexColumn.asc("other_id")), false));
        }
    }

    /**
     * Indexes come in the server's key order (SHOW CREATE TABLE's: unique keys first, NOT NULL ones before the others,
     * then ordinary and SPATIAL keys in creation order, FULLTEXT last), and FULLTEXT / SPATIAL keys are indexes with
     * that method (a SPATIAL key's SUB_PART of 32 is no key prefix).
     */
    @Test
    void readsKeysInTheServersOrderWithFulltextAndSpatial() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int NOT NULL PRIMARY KEY, a varchar(10), b varchar(10), c int, g point NOT NULL, "
                        + "n varchar(10) NOT NULL, u int, w int, FULLTEXT KEY ft (a, b), KEY zz (c), UNIQUE KEY uw (w), UNIQUE KEY uq (u), KEY aa (a), "
                        + "SPATIAL KEY sp (g), UNIQUE KEY un (n))");
                st.execute("CREATE INDEX bb ON t (b)");
            }
            Table t = new MariaDbInspector().inspect(c).table("t").orElseThrow();
            // unique constraints are sorted by columns (equality) and carry the server's order as their key order
            assertThat(t.uniques()).extracting(UniqueConstraint::name).containsExactly("un", "uq", "uw");
            assertThat(t.uniquesInKeyOrder()).extracting(UniqueConstraint::name).containsExactly("un", "uw", "uq");
            assertThat(t.indexes()).extracting(Index::name).containsExactly("zz", "aa", "sp", "bb", "ft");
            assertThat(t.indexes()).extracting(Index::method).containsExactly(null, null, "spatial", null, "fulltext");
            assertThat(t.indexes().get(2).columns()).containsExactly(IndexColumn.asc("g"));
            assertThat(t.indexes().get(4).columns()).containsExactly(IndexColumn.asc("a"), IndexColumn.asc("b"));
            assertThat(new MariaDbInspector().inspect(c).unmanaged()).isEmpty();
        }
    }

    /** The key order is a rendering hint: the same unique keys created in another order make an equal table. */
    @Test
    void uniqueKeysCreatedInAnotherOrderMakeAnEqualTable() throws Exception {
        try (TestDatabase one = TestDatabase.create(EngineKind.MARIADB); TestDatabase two = TestDatabase.create(EngineKind.MARIADB);
             Connection c1 = one.connect(); Connection c2 = two.connect(); Statement s1 = c1.createStatement(); Statement s2 = c2.createStatement()) {
            s1.execute("CREATE TABLE t (a int, b int, UNIQUE KEY ub (b), UNIQUE KEY ua (a))");
            s2.execute("CREATE TABLE t (a int, b int, UNIQUE KEY ua (a), UNIQUE KEY ub (b))");
            Table first = new MariaDbInspector().inspect(c1).table("t").orElseThrow();
            Table second = new MariaDbInspector().inspect(c2).table("t").orElseThrow();
            assertThat(first.uniquesInKeyOrder()).extracting(UniqueConstraint::name).containsExactly("ub", "ua");
            assertThat(second.uniquesInKeyOrder()).extracting(UniqueConstraint::name).containsExactly("ua", "ub");
            assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        }
    }

    /** EXTRA lists an invisible column's ON UPDATE as {@code on update current_timestamp(6), INVISIBLE} (pair 566). */
    @Test
    void readsOnUpdateOfAnInvisibleColumnWithoutTheFlagsAfterIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY, a timestamp(6) NOT NULL DEFAULT current_timestamp(6)"
                        + " ON UPDATE current_timestamp(6) INVISIBLE, b datetime(3) ON UPDATE current_timestamp(3) INVISIBLE,"
                        + " c datetime(3) ON UPDATE current_timestamp(3))");
            }
            Table t = new MariaDbInspector().inspect(c).table("t").orElseThrow();
            assertThat(t.column("a").orElseThrow().onUpdate()).isEqualTo("current_timestamp");
            assertThat(t.column("a").orElseThrow().invisible()).isTrue();
            assertThat(t.column("b").orElseThrow().onUpdate()).isEqualTo(t.column("c").orElseThrow().onUpdate()).isNotNull();
        }
    }

    /** Bytes that are not text in a binary default come back as a hex literal, not as '?' (pair 580). */
    @Test
    void readsBinaryDefaultsWithBytesThatAreNotTextAsHexLiterals() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY, f varbinary(4) NOT NULL DEFAULT 0x00FF, m binary(2) DEFAULT 0xCAFE,"
                        + " q varbinary(5) DEFAULT 'a?''\\\\', p varbinary(3) DEFAULT 'abc')");
            }
            Table t = new MariaDbInspector().inspect(c).table("t").orElseThrow();
            assertThat(t.column("f").orElseThrow().defaultExpression()).isEqualTo("0x00ff");
            assertThat(t.column("m").orElseThrow().defaultExpression()).isEqualTo("0xcafe");
            assertThat(t.column("q").orElseThrow().defaultExpression()).isEqualTo("0x613f275c");
            assertThat(t.column("p").orElseThrow().defaultExpression()).isEqualTo("'abc'");
        }
    }

    @Test
    void usesTheSameFewQueriesWhateverTheNumberOfTables() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            int small = countQueries(c, 3);
            int large = countQueries(c, 60);
            assertThat(large).isEqualTo(small).isLessThanOrEqualTo(8).isEqualTo(EXPECTED_QUERIES);
        }
    }

    /** Grows the schema to {@code tables} linked tables (and a sequence per ten), inspects it through a counter. */
    private static int countQueries(Connection c, int tables) throws Exception {
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < tables; i++) {
                st.execute("CREATE TABLE IF NOT EXISTS t" + i + " (id int AUTO_INCREMENT PRIMARY KEY, code varchar(10) UNIQUE,"
                        + " parent_id int, qty int CHECK (qty > 0), doc json, INDEX t" + i + "_qty (qty DESC)"
                        + (i > 0 ? ", CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1) + "(id) ON DELETE CASCADE" : "")
                        + ") COMMENT 'table " + i + "'");
                if (i % 10 == 0) st.execute("CREATE SEQUENCE IF NOT EXISTS s" + i);
            }
        }
        QueryCounter counter = QueryCounter.wrap(c);
        Schema schema = new MariaDbInspector().inspect(counter.connection());
        assertThat(schema.tables()).hasSize(tables);
        assertThat(schema.sequences()).hasSize((tables + 9) / 10);
        assertThat(schema.tables()).allSatisfy(t -> {
            assertThat(t.columns()).hasSize(5);
            assertThat(t.indexes()).extracting(Index::name).containsExactly(t.name() + "_qty");
            assertThat(t.column("qty").orElseThrow().check()).isEqualTo("`qty` > 0");
            assertThat(t.checks()).isEmpty();
            assertThat(t.comment()).startsWith("table ");
        });
        return counter.executions();
    }

    @Test
    void normalizesDefaults() {
        ColumnType text = ColumnType.sized(TypeKind.VARCHAR, 10);
        ColumnType bool = ColumnType.of(TypeKind.BOOLEAN);
        assertThat(MariaDbDefaults.normalize(null, text)).isNull();
        assertThat(MariaDbDefaults.normalize("NULL", text)).isNull();
        assertThat(MariaDbDefaults.normalize("'NULL'", text)).isEqualTo("'NULL'");
        assertThat(MariaDbDefaults.normalize("'It''s'", text)).isEqualTo("'It''s'");
        assertThat(MariaDbDefaults.normalize("current_timestamp()", text)).isEqualTo("current_timestamp");
        assertThat(MariaDbDefaults.normalize("CURRENT_TIMESTAMP(3)", text)).isEqualTo("current_timestamp(3)");
        assertThat(MariaDbDefaults.normalize("concat('A',UPPER('b'))", text)).isEqualTo("concat('A',upper('b'))");
        assertThat(MariaDbDefaults.normalize("b'1'", bool)).isEqualTo("true");
        assertThat(MariaDbDefaults.normalize("0", bool)).isEqualTo("false");
        assertThat(MariaDbDefaults.normalize("1", ColumnType.of(TypeKind.INTEGER))).isEqualTo("1");
        // string literals come back with backslash escapes; they are written the standard way
        assertThat(MariaDbDefaults.normalize("'it\\'s'", text)).isEqualTo("'it''s'");
        assertThat(MariaDbDefaults.normalize("'a\\\\b'", text)).isEqualTo("'a\\b'");
        // a plain CURRENT_TIMESTAMP on a datetime(6) is stored as current_timestamp(6)
        ColumnType datetime6 = ColumnType.temporal(TypeKind.TIMESTAMP, 6);
        assertThat(MariaDbDefaults.normalize("current_timestamp(6)", datetime6)).isEqualTo("current_timestamp");
        assertThat(MariaDbDefaults.normalize("current_timestamp(3)", datetime6)).isEqualTo("current_timestamp(3)");
        // time and datetime literals come back padded to the column's precision
        assertThat(MariaDbDefaults.normalize("'2020-01-01 10:00:00.000000'", datetime6)).isEqualTo("'2020-01-01 10:00:00'");
        assertThat(MariaDbDefaults.normalize("'10:00:00.500'", ColumnType.temporal(TypeKind.TIME, 3))).isEqualTo("'10:00:00.500'");
        assertThat(MariaDbDefaults.normalize("'10:00:00.000'", text)).isEqualTo("'10:00:00.000'");
    }
}
