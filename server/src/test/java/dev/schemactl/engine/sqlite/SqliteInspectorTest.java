package dev.schemactl.engine.sqlite;

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
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.schema.UnmanagedObject;
import dev.schemactl.testing.QueryCounter;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteInspectorTest {

    /** tables (with their CREATE TABLE text), columns, indexes with their columns, foreign keys */
    private static final int EXPECTED_QUERIES = 5; // tables, columns, indexes, foreign keys, views and triggers

    /** A schema as people write it for SQLite by hand: mixed case, inline and table constraints, quoting. */
    private static final String DDL = """
            CREATE TABLE Customer (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              Email VARCHAR(200) NOT NULL CONSTRAINT customer_email_uq UNIQUE,
              name TEXT,
              code CHAR(3) NOT NULL DEFAULT 'abc',
              active BOOLEAN NOT NULL DEFAULT TRUE,
              score NUMERIC(10,2) DEFAULT 0,
              balance DECIMAL(12,4) DEFAULT -1.5,
              level INT DEFAULT (-1),
              small SMALLINT,
              ratio REAL,
              weight DOUBLE PRECISION DEFAULT 1.5,
              born DATE DEFAULT '2000-01-01',
              wake TIME,
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at timestamp with time zone(3),
              external_id UUID DEFAULT (lower(hex(randomblob(16)))),
              profile JSON,
              avatar BLOB,
              raw_bytes VARBINARY(16),
              nickname varchar(30),
              notes VARCHAR,
              motto varchar(50) DEFAULT 'Keep CALM',
              "doubled" numeric(12,2) GENERATED ALWAYS AS (score * 2) STORED,
              anything,
              CONSTRAINT customer_code_nick_uq UNIQUE (code, nickname),
              CONSTRAINT score_nonneg CHECK (score >= 0)
            );
            CREATE TABLE product (
              id integer NOT NULL CONSTRAINT pk_product PRIMARY KEY,
              sku varchar(40) NOT NULL,
              price numeric(10,2) NOT NULL -- in cents? no: in units
            );
            CREATE UNIQUE INDEX product_sku ON product (sku);
            CREATE TABLE [orders] (
              customer_id bigint NOT NULL,
              order_no integer NOT NULL,
              product_id integer REFERENCES product ON DELETE SET NULL ON UPDATE NO ACTION,
              quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
              note varchar(100),
              placed_at timestamp DEFAULT CURRENT_TIMESTAMP,
              PRIMARY KEY (customer_id, order_no),
              CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES Customer(id) ON DELETE CASCADE
            );
            CREATE INDEX orders_placed_desc ON orders (placed_at DESC);
            CREATE INDEX orders_product_note ON orders (product_id, note);
            CREATE INDEX orders_lower_note ON orders (lower(note));
            CREATE TABLE line_item (
              id integer PRIMARY KEY,
              order_customer_id bigint,
              order_no integer,
              FOREIGN KEY (order_customer_id, order_no) REFERENCES orders (customer_id, order_no) ON UPDATE RESTRICT
            );
            CREATE TABLE schema_migrations (id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL, dateexecuted timestamp, orderexecuted int NOT NULL, md5sum varchar(35));
            CREATE TABLE schema_migrations_lock (id int PRIMARY KEY, locked boolean NOT NULL, lockgranted timestamp NULL, lockedby varchar(255));
            CREATE VIEW big_orders AS SELECT * FROM orders WHERE quantity > 10;
            CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN SELECT 1; END
            """;

    private static ColumnType of(TypeKind kind) {
        return ColumnType.of(kind);
    }

    @Test
    void readsTheWholeSchemaIntoTheModel() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                for (String sql : DDL.split(";\n(?=CREATE)")) st.execute(sql);
                st.execute("INSERT INTO customer (email, code) VALUES ('a@b', 'xyz')"); // fills sqlite_sequence
            }
            Schema schema = new SqliteInspector().inspect(c);

            assertThat(schema.tables()).extracting(Table::name).containsExactly("customer", "line_item", "orders", "product");
            assertThat(schema.sequences()).isEmpty();

            Table customer = schema.table("customer").orElseThrow();
            assertThat(customer.columns()).containsExactly(
                    new Column("id", of(TypeKind.INTEGER), false, null, true, null, null).withOptions(SqliteRenderer.KEY_WITHOUT_NOT_NULL),
                    new Column("email", ColumnType.sized(TypeKind.VARCHAR, 200), false, null, false, null, null),
                    new Column("name", of(TypeKind.TEXT), true, null, false, null, null),
                    new Column("code", ColumnType.sized(TypeKind.CHAR, 3), false, "'abc'", false, null, null),
                    new Column("active", of(TypeKind.BOOLEAN), false, "TRUE", false, null, null),
                    new Column("score", ColumnType.decimal(10, 2), true, "0", false, null, null),
                    new Column("balance", ColumnType.decimal(12, 4), true, "-1.5", false, null, null),
                    new Column("level", of(TypeKind.INTEGER), true, "-1", false, null, null),
                    new Column("small", of(TypeKind.INTEGER), true, null, false, null, null),
                    new Column("ratio", of(TypeKind.REAL), true, null, false, null, null),
                    new Column("weight", of(TypeKind.DOUBLE), true, "1.5", false, null, null),
                    new Column("born", of(TypeKind.DATE), true, "'2000-01-01'", false, null, null),
                    new Column("wake", ColumnType.temporal(TypeKind.TIME, null), true, null, false, null, null),
                    new Column("created_at", ColumnType.temporal(TypeKind.TIMESTAMP, null), false, "CURRENT_TIMESTAMP", false, null, null),
                    new Column("updated_at", ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 3), true, null, false, null, null),
                    new Column("external_id", of(TypeKind.UUID), true, "lower(hex(randomblob(16)))", false, null, null),
                    new Column("profile", of(TypeKind.JSON), true, null, false, null, null),
                    new Column("avatar", of(TypeKind.BLOB), true, null, false, null, null),
                    new Column("raw_bytes", ColumnType.sized(TypeKind.VARBINARY, 16), true, null, false, null, null),
                    new Column("nickname", ColumnType.sized(TypeKind.VARCHAR, 30), true, null, false, null, null),
                    new Column("notes", of(TypeKind.VARCHAR), true, null, false, null, null),
                    new Column("motto", ColumnType.sized(TypeKind.VARCHAR, 50), true, "'Keep CALM'", false, null, null),
                    new Column("doubled", ColumnType.decimal(12, 2), true, null, false, "score * 2", null),
                    new Column("anything", ColumnType.other(""), true, null, false, null, null));
            assertThat(customer).isEqualTo(new Table("customer", customer.columns(), new PrimaryKey(null, List.of("id")),
                    List.of(new UniqueConstraint("customer_email_uq", List.of("email")),
                            new UniqueConstraint("customer_code_nick_uq", List.of("code", "nickname"))),
                    List.of(), List.of(), List.of(new CheckConstraint("score_nonneg", "score >= 0")), null));

            Table orders = schema.table("orders").orElseThrow();
            assertThat(orders).isEqualTo(new Table("orders", List.of(
                    new Column("customer_id", of(TypeKind.INTEGER), false, null, false, null, null),
                    new Column("order_no", of(TypeKind.INTEGER), false, null, false, null, null),
                    new Column("product_id", of(TypeKind.INTEGER), true, null, false, null, null),
                    new Column("quantity", of(TypeKind.INTEGER), false, "1", false, null, null),
                    new Column("note", ColumnType.sized(TypeKind.VARCHAR, 100), true, null, false, null, null),
                    new Column("placed_at", ColumnType.temporal(TypeKind.TIMESTAMP, null), true, "CURRENT_TIMESTAMP", false, null, null)),
                    new PrimaryKey(null, List.of("customer_id", "order_no")),
                    List.of(),
                    // the expression index is read from its CREATE INDEX text
                    List.of(new Index("orders_lower_note", List.of(new IndexColumn(null, "lower(note)", false, null)), false),
                            new Index("orders_placed_desc", List.of(new IndexColumn("placed_at", true)), false),
                            new Index("orders_product_note", List.of(IndexColumn.asc("product_id"), IndexColumn.asc("note")), false)),
                    List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customer", List.of("id"),
                                    ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                            // REFERENCES product without columns: the parent's primary key
                            new ForeignKey(null, List.of("product_id"), "product", List.of("id"),
                                    ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)),
                    List.of(new CheckConstraint(null, "quantity > 0")),
                    null));

            Table product = schema.table("product").orElseThrow();
            assertThat(product).isEqualTo(new Table("product", List.of(
                    new Column("id", of(TypeKind.INTEGER), false, null, false, null, null),
                    new Column("sku", ColumnType.sized(TypeKind.VARCHAR, 40), false, null, false, null, null),
                    new Column("price", ColumnType.decimal(10, 2), false, null, false, null, null)),
                    new PrimaryKey("pk_product", List.of("id")), List.of(),
                    List.of(new Index("product_sku", List.of(IndexColumn.asc("sku")), true)), List.of(), List.of(), null));

            Table lineItem = schema.table("line_item").orElseThrow();
            // a plain INTEGER PRIMARY KEY is a key, not identity (no AUTOINCREMENT), and NOT NULL; declared without
            // NOT NULL (PRAGMA notnull 0), which its option keeps, unlike product.id declared NOT NULL
            assertThat(lineItem.column("id").orElseThrow()).isEqualTo(new Column("id", of(TypeKind.INTEGER), false, null, false, null, null)
                    .withOptions(SqliteRenderer.KEY_WITHOUT_NOT_NULL));
            assertThat(lineItem.foreignKeys()).containsExactly(new ForeignKey(null, List.of("order_customer_id", "order_no"), "orders",
                    List.of("customer_id", "order_no"), ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT));
        }
    }

    /** An entity cannot declare an expression index: a diff from entities, even with --drop-extra, keeps the live one. */
    @Test
    void anEntityDiffKeepsALiveExpressionIndexEvenWhenDroppingExtras() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT)");
            st.execute("CREATE UNIQUE INDEX users_email_lower ON users (lower(email))");
            st.execute("CREATE INDEX users_name ON users (name)");
            Schema live = new SqliteInspector().inspect(c);
            Table entity = dev.schemactl.diff.Fixtures.table("users").col(dev.schemactl.diff.Fixtures.notNull("id", dev.schemactl.diff.Fixtures.BIGINT),
                    dev.schemactl.diff.Fixtures.col("email", dev.schemactl.diff.Fixtures.TEXT),
                    dev.schemactl.diff.Fixtures.col("name", dev.schemactl.diff.Fixtures.TEXT)).pk("id").build();
            Schema desired = dev.schemactl.source.EntityBlindSpots.carry(
                    SqliteEngine.INSTANCE.normalizeDesired(dev.schemactl.diff.Fixtures.schema(List.of(entity))), live,
                    SqliteEngine.INSTANCE::entityTableOptions, SqliteEngine.INSTANCE::entityColumnType);
            var result = dev.schemactl.diff.DatabaseOnly.plan(SqliteEngine.INSTANCE.differ(), live, desired, dev.schemactl.diff.Renames.NONE, true);
            // the plain index is the entity's to drop; the expression index is not
            assertThat(result.plan().changes()).singleElement().satisfies(ch -> {
                assertThat(ch).isInstanceOf(dev.schemactl.diff.Change.DropIndex.class);
                assertThat(((dev.schemactl.diff.Change.DropIndex) ch).index().name()).isEqualTo("users_name");
            });
        }
    }

    /** An entity's key column (NOT NULL, no option) matches `id INTEGER PRIMARY KEY` once the live option is carried. */
    @Test
    void anEntityKeyColumnMatchesAKeyDeclaredWithoutNotNull() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n BIGINT, m INT)");
            Schema live = new SqliteInspector().inspect(c);
            Table entity = dev.schemactl.diff.Fixtures.table("t").col(dev.schemactl.diff.Fixtures.notNull("id", dev.schemactl.diff.Fixtures.BIGINT),
                    dev.schemactl.diff.Fixtures.col("a", dev.schemactl.diff.Fixtures.TEXT),
                    dev.schemactl.diff.Fixtures.col("n", dev.schemactl.diff.Fixtures.BIGINT),
                    dev.schemactl.diff.Fixtures.col("m", dev.schemactl.diff.Fixtures.INT)).pk("id").build();
            Schema desired = dev.schemactl.source.EntityBlindSpots.carry(
                    SqliteEngine.INSTANCE.normalizeDesired(dev.schemactl.diff.Fixtures.schema(List.of(entity))), live,
                    SqliteEngine.INSTANCE::entityTableOptions, SqliteEngine.INSTANCE::entityColumnType);
            // the entity cannot choose between INT and BIGINT (one SQLite type): the declared names stay as they are
            assertThat(SqliteEngine.INSTANCE.differ().diff(live, desired).changes()).isEmpty();
        }
    }

    @Test
    void readsTableOptionsAndViewsAndTriggersAsUnmanaged() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, v TEXT) STRICT");
            st.execute("CREATE TABLE w (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID");
            st.execute("CREATE TABLE sw (k TEXT PRIMARY KEY) STRICT, WITHOUT ROWID");
            st.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY, \"Note\" TEXT, other TEXT)");
            st.execute("CREATE VIEW pv AS SELECT id, [Note] FROM plain WHERE other <> 'v'");
            st.execute("CREATE TRIGGER s_ai AFTER INSERT ON s BEGIN UPDATE plain SET other = 'x' WHERE id = NEW.id; END");
            Schema schema = new SqliteInspector().inspect(c);
            assertThat(schema.table("s").orElseThrow().options()).isEqualTo("STRICT");
            assertThat(schema.table("w").orElseThrow().options()).isEqualTo("WITHOUT ROWID");
            assertThat(schema.table("sw").orElseThrow().options()).isEqualTo("STRICT, WITHOUT ROWID");
            assertThat(schema.table("plain").orElseThrow().options()).isNull();
            assertThat(schema.unmanaged()).containsExactly(
                    new UnmanagedObject("trigger", null, "s_ai", "s",
                            "CREATE TRIGGER s_ai AFTER INSERT ON s BEGIN UPDATE plain SET other = 'x' WHERE id = NEW.id; END",
                            List.of("plain", "plain.id", "plain.other", "s", "s.id")),
                    new UnmanagedObject("view", null, "pv", null, "CREATE VIEW pv AS SELECT id, [Note] FROM plain WHERE other <> 'v'",
                            List.of("plain", "plain.id", "plain.note", "plain.other")));
        }
    }

    @Test
    void aVirtualTableIsUnmanagedItsShadowTablesLeftOutAndDumpThenLoadKeepsIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); TestDatabase copy = TestDatabase.create(EngineKind.SQLITE)) {
            String fts = "CREATE VIRTUAL TABLE docs USING fts5(title, body, content='notes', content_rowid='id')";
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)");
                st.execute(fts);
                st.execute("CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN "
                        + "INSERT INTO docs (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body); END");
                Schema schema = new SqliteInspector().inspect(c);
                // before: docs (with its hidden columns) and docs_config, docs_data, docs_docsize, docs_idx were managed tables
                assertThat(schema.tables()).extracting(Table::name).containsExactly("notes");
                assertThat(schema.unmanaged()).contains(new UnmanagedObject("virtual table", null, "docs", null, fts,
                        List.of("notes", "notes.id", "notes.title", "notes.body")));
            }
            java.nio.file.Path project = java.nio.file.Files.createTempDirectory("schemactl-fts-");
            dev.schemactl.testing.Cli.Run dump = new dev.schemactl.testing.Cli(project).env("DATABASE_URL", db.urlText()).run("dump");
            assertThat(dump.exit()).as(dump.all()).isZero();
            dev.schemactl.testing.Cli.Run load = new dev.schemactl.testing.Cli(project).env("DATABASE_URL", copy.urlText()).run("load");
            assertThat(load.exit()).as(load.all()).isZero();
            assertThat(catalog(copy)).isEqualTo(catalog(db));
        }
    }

    /** sqlite_schema as SQLite has it (type, name, table; the text of the virtual table, view and trigger). */
    private static List<String> catalog(TestDatabase db) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, CASE WHEN type = 'table' AND sql NOT LIKE "
                     + "'CREATE VIRTUAL%' THEN NULL ELSE sql END FROM sqlite_schema WHERE name NOT LIKE 'schemactl%' ORDER BY type, name")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3) + ": " + rs.getString(4));
        }
        return out;
    }

    @Test
    void usesTheSameFewQueriesWhateverTheNumberOfTables() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            int small = countQueries(c, 3);
            int large = countQueries(c, 60);
            assertThat(large).isEqualTo(small).isEqualTo(EXPECTED_QUERIES);
        }
    }

    private static int countQueries(Connection c, int tables) throws Exception {
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < tables; i++) {
                st.execute("CREATE TABLE IF NOT EXISTS t" + i + " (id integer PRIMARY KEY AUTOINCREMENT, code varchar(10) UNIQUE,"
                        + " parent_id integer" + (i > 0 ? " REFERENCES t" + (i - 1) + "(id) ON DELETE CASCADE" : "")
                        + ", qty integer CHECK (qty > 0), kind varchar(1) CONSTRAINT t" + i + "_kind CHECK (kind IN ('a', 'b')))");
                st.execute("CREATE INDEX IF NOT EXISTS t" + i + "_qty ON t" + i + " (qty DESC)");
            }
        }
        QueryCounter counter = QueryCounter.wrap(c);
        Schema schema = new SqliteInspector().inspect(counter.connection());
        assertThat(schema.tables()).hasSize(tables);
        assertThat(schema.tables()).allSatisfy(t -> {
            assertThat(t.columns()).hasSize(5);
            assertThat(t.column("id").orElseThrow().isIdentity()).isTrue();
            assertThat(t.uniques()).containsExactly(new UniqueConstraint(null, List.of("code")));
            assertThat(t.indexes()).extracting(Index::name).containsExactly(t.name() + "_qty");
            assertThat(t.checks()).hasSize(2);
            assertThat(t.foreignKeys()).hasSize(t.name().equals("t0") ? 0 : 1);
        });
        return counter.executions();
    }

    @Test
    void readsConstraintsFromTheCreateTableText() {
        CreateTableSql sql = CreateTableSql.parse("""
                CREATE TABLE "odd ""name"" t" ( -- a comment, (with parens
                  [a b] integer NOT NULL CONSTRAINT "pk" PRIMARY KEY AUTOINCREMENT,
                  `c` text CHECK (c <> ')') /* ) */ REFERENCES other (x) ON DELETE CASCADE,
                  g AS (length(c) + 1) VIRTUAL,
                  CONSTRAINT u1 UNIQUE ("c", [a b] COLLATE nocase),
                  CHECK (length(c) > 0)
                )""");
        assertThat(sql.columns.get("a b").autoincrement()).isTrue();
        assertThat(sql.columns.get("g").generatedExpression()).isEqualTo("length(c) + 1");
        assertThat(sql.columns.get("g").stored()).isFalse();
        assertThat(sql.constraints).containsExactly(
                new CreateTableSql.Constraint("pk", "PRIMARY KEY", List.of("a b"), null, null, List.of()),
                new CreateTableSql.Constraint(null, "CHECK", List.of("c"), "c <> ')'", null, List.of()),
                new CreateTableSql.Constraint(null, "FOREIGN KEY", List.of("c"), null, "other", List.of("x")),
                new CreateTableSql.Constraint("u1", "UNIQUE", List.of("c", "a b"), null, null, List.of()),
                new CreateTableSql.Constraint(null, "CHECK", List.of(), "length(c) > 0", null, List.of()));
    }

    @Test
    void normalizesDefaults() {
        assertThat(SqliteInspector.normalizeDefault(null)).isNull();
        assertThat(SqliteInspector.normalizeDefault("NULL")).isNull();
        assertThat(SqliteInspector.normalizeDefault("'It''s'")).isEqualTo("'It''s'");
        assertThat(SqliteInspector.normalizeDefault("CURRENT_TIMESTAMP")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(SqliteInspector.normalizeDefault("(datetime('now', 'UTC'))")).isEqualTo("datetime('now', 'UTC')");
        assertThat(SqliteInspector.normalizeDefault("FALSE")).isEqualTo("FALSE");
    }
}
