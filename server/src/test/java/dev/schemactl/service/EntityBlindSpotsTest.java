package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting schemactl on a database whose desired state is entities: what entities cannot say (partitioning, UNLOGGED,
 * table options, NOT VALID, NO INHERIT, a sequence's OWNED BY and comment, MATCH FULL, DEFERRABLE, index methods, opclasses, predicates, INCLUDE (of indexes, primary keys and uniques), comments, IGNORED,
 * DESC key parts, collations, column compression / storage / statistics targets) is kept as the live database has it. Judged by the catalog (PostgreSQL) and by
 * SHOW CREATE TABLE (MariaDB), read here, before and after a migration for a real entity change.
 */
class EntityBlindSpotsTest {
    private static final String PACKAGE = "com.example.carry";

    @TempDir
    Path dir;

    private static final String CUSTOMER = """
            package com.example.carry;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customer", indexes = @Index(name = "ix_customer_name", columnList = "name"))
            public class Customer {
                @Id public Long id;
                @Column(nullable = false, length = 100) public String name;
                @Column(unique = true) public String email;
            }
            """;

    private static final String PURCHASE = """
            package com.example.carry;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "purchase", indexes = @Index(name = "ix_purchase_customer", columnList = "customer_id"),
                   check = @CheckConstraint(name = "ck_purchase_amount", constraint = "amount > 0"))
            public class Purchase {
                @Id public Long id;
                public int amount;
                @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
                public Customer customer;
                /*NOTE*/
            }
            """;

    private static final String EVENT_LOG = """
            package com.example.carry;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "event_log", indexes = @Index(name = "ix_event_log_payload", columnList = "payload"))
            public class EventLog {
                @Id /*ID*/ public Long id;
                public String payload;
            }
            """;

    /** EventLog's id from a sequence of its own, which the PostgreSQL database has OWNED BY event_log.id. */
    private static final String EVENT_LOG_SEQUENCE = EVENT_LOG.replace("/*ID*/", """
            @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_ids")
                @SequenceGenerator(name = "event_ids", sequenceName = "event_log_ids", allocationSize = 1)""");

    private String eventLog = EVENT_LOG;

    private static final String POSTGRES = """
            CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY, name varchar(100) COLLATE "C" NOT NULL, email varchar(255),
              CONSTRAINT uk_customer_email UNIQUE NULLS NOT DISTINCT (email) INCLUDE (name) DEFERRABLE INITIALLY DEFERRED)
              WITH (fillfactor = 70);
            CREATE INDEX ix_customer_name ON customer (name varchar_pattern_ops) INCLUDE (email) WHERE name <> '';
            COMMENT ON INDEX ix_customer_name IS 'lookup by name';
            COMMENT ON CONSTRAINT uk_customer_email ON customer IS 'one per person';
            ALTER TABLE customer ALTER COLUMN email SET COMPRESSION lz4, ALTER COLUMN email SET STORAGE EXTERNAL,
              ALTER COLUMN name SET STATISTICS 500;
            CREATE TABLE purchase (id bigint NOT NULL, amount integer NOT NULL, customer_id bigint,
              CONSTRAINT purchase_pkey PRIMARY KEY (id) INCLUDE (customer_id));
            INSERT INTO purchase VALUES (1, -5, 42);
            COMMENT ON CONSTRAINT purchase_pkey ON purchase IS 'one row per purchase';
            ALTER TABLE purchase ADD CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
              MATCH FULL ON UPDATE CASCADE NOT VALID;
            COMMENT ON CONSTRAINT fk_purchase_customer ON purchase IS 'who bought';
            ALTER TABLE purchase ADD CONSTRAINT ck_purchase_amount CHECK (amount > 0) NO INHERIT NOT VALID;
            COMMENT ON CONSTRAINT ck_purchase_amount ON purchase IS 'old refunds are negative';
            CREATE INDEX ix_purchase_customer ON purchase USING hash (customer_id);
            ALTER TABLE purchase CLUSTER ON purchase_pkey;
            CREATE UNLOGGED TABLE event_log (id bigint NOT NULL PRIMARY KEY, payload varchar(255));
            CREATE INDEX ix_event_log_payload ON event_log USING brin (payload);
            CREATE SEQUENCE event_log_ids START 1 INCREMENT 1;
            ALTER SEQUENCE event_log_ids OWNED BY event_log.id;
            COMMENT ON SEQUENCE event_log_ids IS 'event numbers';
            """;

    private static final String MARIADB = """
            CREATE TABLE customer (id bigint NOT NULL, name varchar(100) COLLATE utf8mb4_bin NOT NULL, email varchar(255),
              PRIMARY KEY (id), UNIQUE KEY uk_customer_email (email) COMMENT 'one per person',
              KEY ix_customer_name (name(20)) COMMENT 'lookup by name' IGNORED) ROW_FORMAT=DYNAMIC STATS_PERSISTENT=0;
            CREATE TABLE purchase (id bigint NOT NULL, amount integer NOT NULL, customer_id bigint, PRIMARY KEY (id DESC),
              KEY ix_purchase_customer (customer_id) COMMENT 'fk lookup',
              CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON UPDATE CASCADE,
              CONSTRAINT ck_purchase_amount CHECK (amount > 0)) STATS_AUTO_RECALC=0;
            CREATE TABLE event_log (id bigint NOT NULL, payload varchar(255), PRIMARY KEY (id),
              KEY ix_event_log_payload (payload) IGNORED) PARTITION BY HASH (id) PARTITIONS 4;
            """;

    @Test
    void postgresEntitiesKeepWhatTheyCannotSay() throws Exception {
        eventLog = EVENT_LOG_SEQUENCE;
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, POSTGRES);
            Map<String, String> before = postgresCatalog(db);
            assertThat(before).containsEntry("event_log persistence", "u").containsEntry("purchase columns", "id,amount,customer_id")
                    .containsEntry("customer options", "{fillfactor=70}")
                    .containsEntry("customer.name collation", "C")
                    .containsEntry("customer.email physical", "l/e/-1").containsEntry("customer.name physical", "/x/500")
                    .containsEntry("purchase constraint purchase_pkey", "PRIMARY KEY (id) INCLUDE (customer_id) valid=true"
                            + " comment=one row per purchase")
                    .containsEntry("customer constraint uk_customer_email", "UNIQUE NULLS NOT DISTINCT (email) INCLUDE (name)"
                            + " DEFERRABLE INITIALLY DEFERRED valid=true comment=one per person")
                    .containsEntry("purchase constraint ck_purchase_amount", "CHECK ((amount > 0)) NO INHERIT NOT VALID valid=false"
                            + " comment=old refunds are negative")
                    .containsEntry("event_log sequence event_log_ids", "owned by event_log.id")
                    .containsEntry("event_log sequence event_log_ids comment", "event numbers")
                    .containsEntry("purchase constraint fk_purchase_customer",
                            "FOREIGN KEY (customer_id) REFERENCES customer(id) MATCH FULL ON UPDATE CASCADE NOT VALID valid=false comment=who bought");
            adoptAndAddAColumn(db, before, () -> postgresCatalog(db));
        }
    }

    @Test
    void mariaDbEntitiesKeepWhatTheyCannotSay() throws Exception {
        assertThat(new org.hibernate.dialect.MariaDBDialect().getTableTypeString())
                .as("Hibernate's MariaDB DDL says the engine, so ENGINE is not carried").containsIgnoringCase("engine=InnoDB");
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, MARIADB);
            Map<String, String> before = showCreateTables(db);
            assertThat(before.get("event_log")).contains("PARTITION BY HASH").contains("IGNORED");
            assertThat(before.get("customer")).contains("ROW_FORMAT=DYNAMIC").contains("COMMENT 'lookup by name' IGNORED");
            assertThat(before.get("purchase")).contains("PRIMARY KEY (`id` DESC)");
            adoptAndAddAColumn(db, before, () -> showCreateTables(db));
        }
    }

    /**
     * Hibernate orders an entity's columns its own way (id, then by name), not the user's: a MariaDB table whose columns
     * stand otherwise is not rebuilt to move them (a SQL file or database as the desired state does move them).
     */
    @Test
    void mariaDbEntitiesNeverMoveAColumn() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, MARIADB.replace("CREATE TABLE purchase (id bigint NOT NULL, amount integer NOT NULL, customer_id bigint,",
                    "CREATE TABLE purchase (customer_id bigint, amount integer NOT NULL, id bigint NOT NULL,"));
            Map<String, String> before = showCreateTables(db);
            assertThat(before.get("purchase")).containsSubsequence("`customer_id`", "`amount`", "`id`");
            adoptAndAddAColumn(db, before, () -> showCreateTables(db));
        }
    }

    /** Hibernate's DDL says engine=InnoDB: a MyISAM table still gets ENGINE=InnoDB, and only that (its CHECKSUM=1 stays). */
    @Test
    void mariaDbEntitiesStillSayInnoDb() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, MARIADB.replace("PARTITION BY HASH (id) PARTITIONS 4", "ENGINE=MyISAM CHECKSUM=1"));
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Path v1 = compileModel("v1", PURCHASE);
            Cli.Run diff = cli.run("diff", "--models", dir.relativize(v1).toString(), "--package", PACKAGE);
            assertThat(diff.exit()).as(diff.all()).isZero();
            String forward = diff.out().substring(diff.out().indexOf("-- forward"), diff.out().indexOf("-- rollback"));
            assertThat(forward.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList()).as(diff.all())
                    .containsExactly("ALTER TABLE event_log ENGINE=InnoDB;");
        }
    }

    /**
     * A MEMORY table's BTREE key (not its default HASH) is carried like any index method: only the engine Hibernate's
     * DDL says changes, and the key is left as it is (ALTER TABLE ... ENGINE keeps its USING BTREE).
     */
    @Test
    void mariaDbEntitiesKeepAMemoryTablesBtreeKey() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, MARIADB.replace("KEY ix_event_log_payload (payload) IGNORED) PARTITION BY HASH (id) PARTITIONS 4",
                    "KEY ix_event_log_payload (payload) USING BTREE) ENGINE=MEMORY"));
            assertThat(showCreateTables(db).get("event_log")).contains("USING BTREE").contains("ENGINE=MEMORY");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Path v1 = compileModel("v1", PURCHASE);
            Cli.Run diff = cli.run("diff", "--models", dir.relativize(v1).toString(), "--package", PACKAGE);
            assertThat(diff.exit()).as(diff.all()).isZero();
            String forward = diff.out().substring(diff.out().indexOf("-- forward"), diff.out().indexOf("-- rollback"));
            assertThat(forward.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList()).as(diff.all())
                    .containsExactly("ALTER TABLE event_log ENGINE=InnoDB;");
        }
    }

    /**
     * A MEMORY table's BTREE primary key (not its default HASH) is carried like an index's method: only the engine
     * Hibernate's DDL says changes, the key keeps its USING BTREE through the migration, and the rollback gives back the
     * MEMORY table with it.
     */
    @Test
    void mariaDbEntitiesKeepAMemoryTablesBtreePrimaryKey() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, MARIADB.replace("PRIMARY KEY (id),\n  KEY ix_event_log_payload (payload) IGNORED) PARTITION BY HASH (id) PARTITIONS 4",
                    "PRIMARY KEY (id) USING BTREE, KEY ix_event_log_payload (payload)) ENGINE=MEMORY"));
            String before = showCreateTables(db).get("event_log");
            assertThat(before).contains("PRIMARY KEY (`id`) USING BTREE").contains("ENGINE=MEMORY");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Path v1 = compileModel("v1", PURCHASE);
            String[] models = {"--models", dir.relativize(v1).toString(), "--package", PACKAGE};
            Cli.Run diff = cli.run(GenerateIdempotencyTest.concat(new String[]{"diff"}, models));
            assertThat(diff.exit()).as(diff.all()).isZero();
            String forward = diff.out().substring(diff.out().indexOf("-- forward"), diff.out().indexOf("-- rollback"));
            assertThat(forward.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList()).as(diff.all())
                    .containsExactly("ALTER TABLE event_log ENGINE=InnoDB;");
            Cli.Run generate = cli.run(GenerateIdempotencyTest.concat(new String[]{"new", "-m", "innodb"}, models));
            assertThat(generate.exit()).as(generate.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(showCreateTables(db).get("event_log")).contains("PRIMARY KEY (`id`) USING BTREE").contains("ENGINE=InnoDB");
            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(showCreateTables(db).get("event_log")).isEqualTo(before);
        }
    }

    /** A SQL file says everything: nothing is carried into it, so a live unlogged table it creates logged is SET LOGGED. */
    @Test
    void aSqlDesiredStateIsTakenAsItIs() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, POSTGRES);
            Files.writeString(dir.resolve("schema.sql"), POSTGRES.replace("CREATE UNLOGGED TABLE", "CREATE TABLE"));
            Cli.Run diff = new Cli(dir).env("DATABASE_URL", db.urlText()).run("diff", "--to-sql", "schema.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            String forward = diff.out().substring(diff.out().indexOf("-- forward"), diff.out().indexOf("-- rollback"));
            String rollback = diff.out().substring(diff.out().indexOf("-- rollback"));
            // the table's persistence and nothing else; OWNED BY is cleared around the flip because PostgreSQL's
            // SET UNLOGGED takes the sequences a table owns along: the rollback would make the logged event_log_ids
            // unlogged (pair 1050)
            assertThat(forward.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList()).as(diff.all())
                    .containsExactly("ALTER SEQUENCE event_log_ids OWNED BY NONE;", "ALTER TABLE event_log SET LOGGED;",
                            "ALTER SEQUENCE event_log_ids OWNED BY event_log.id;");
            assertThat(rollback.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList()).as(diff.all())
                    .containsExactly("ALTER SEQUENCE event_log_ids OWNED BY NONE;", "ALTER TABLE event_log SET UNLOGGED;",
                            "ALTER SEQUENCE event_log_ids OWNED BY event_log.id;");
        }
    }

    private interface Catalog {
        Map<String, String> read() throws Exception;
    }

    /** diff says no changes; a new column is the whole plan, and after it runs only that column is new in the catalog. */
    private void adoptAndAddAColumn(TestDatabase db, Map<String, String> before, Catalog catalog) throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        Path v1 = compileModel("v1", PURCHASE);
        Cli.Run diff = cli.run("diff", "--models", dir.relativize(v1).toString(), "--package", PACKAGE);
        assertThat(diff.exit()).as(diff.all()).isZero();
        assertThat(diff.out()).as(diff.all()).startsWith("no changes");

        Path v2 = compileModel("v2", PURCHASE.replace("/*NOTE*/", "public String note;"));
        String[] models = {"--models", dir.relativize(v2).toString(), "--package", PACKAGE};
        Cli.Run changed = cli.run(GenerateIdempotencyTest.concat(new String[]{"diff"}, models));
        assertThat(changed.exit()).as(changed.all()).isZero();
        String forward = changed.out().substring(changed.out().indexOf("-- forward"), changed.out().indexOf("-- rollback"));
        List<String> sql = forward.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList();
        assertThat(sql).as(changed.all()).hasSize(1);
        assertThat(sql.get(0)).containsIgnoringCase("ADD COLUMN").contains("note");

        Cli.Run generate = cli.run(GenerateIdempotencyTest.concat(new String[]{"new", "-m", "note"}, models));
        assertThat(generate.exit()).as(generate.all()).isZero();
        Cli.Run up = cli.run("migrate");
        assertThat(up.exit()).as(up.all()).isZero();
        Map<String, String> after = catalog.read();
        Map<String, String> withoutNote = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!k.contains(".note ")) withoutNote.put(k, v.replaceAll("\\n\\s*`note` varchar\\(255\\)[^\\n]*,", "").replace(",note", ""));
        });
        assertThat(String.join("\n", after.values())).contains("note");
        assertThat(withoutNote).isEqualTo(before);
    }

    private Path compileModel(String version, String purchase) throws IOException {
        Path classes = dir.resolve(version).resolve("target/classes");
        Path src = dir.resolve(version).resolve("src");
        Files.createDirectories(classes);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : Map.of("Customer", CUSTOMER, "Purchase", purchase, "EventLog", eventLog).entrySet()) {
            Path file = src.resolve(PACKAGE.replace('.', '/')).resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("compiling the entities").isZero();
        return classes;
    }

    /** Persistence, storage options, collations, indexes and constraints with their states and comments, by name. */
    private static Map<String, String> postgresCatalog(TestDatabase db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        query(db, """
                SELECT c.relname || ' persistence', c.relpersistence::text FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                UNION ALL SELECT c.relname || ' options', c.reloptions::text FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.reloptions IS NOT NULL
                UNION ALL SELECT table_name || '.' || column_name || ' collation', collation_name FROM information_schema.columns
                WHERE table_schema = 'public' AND collation_name IS NOT NULL
                UNION ALL SELECT c.relname || '.' || a.attname || ' physical', a.attcompression::text || '/' || a.attstorage::text
                       || '/' || a.attstattarget FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
                UNION ALL SELECT table_name || ' columns', string_agg(column_name, ',' ORDER BY ordinal_position)
                FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name
                UNION ALL SELECT t.relname || ' index ' || i.relname, pg_get_indexdef(i.oid) || ' clustered=' || x.indisclustered
                       || ' comment=' || coalesce(obj_description(i.oid, 'pg_class'), '')
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                WHERE t.relnamespace = 'public'::regnamespace
                UNION ALL SELECT t.relname || ' constraint ' || k.conname, pg_get_constraintdef(k.oid) || ' valid=' || k.convalidated
                       || ' comment=' || coalesce(obj_description(k.oid, 'pg_constraint'), '')
                FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid WHERE t.relnamespace = 'public'::regnamespace
                UNION ALL SELECT t.relname || ' sequence ' || q.relname, 'owned by ' || t.relname || '.' || a.attname
                FROM pg_class q JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = q.oid AND d.deptype = 'a'
                     AND d.refclassid = 'pg_class'::regclass
                JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                WHERE q.relkind = 'S' AND q.relnamespace = 'public'::regnamespace
                UNION ALL SELECT 'event_log sequence ' || q.relname || ' comment', d.description
                FROM pg_class q JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = q.oid AND d.objsubid = 0
                WHERE q.relkind = 'S' AND q.relnamespace = 'public'::regnamespace
                ORDER BY 1
                """, out);
        out.keySet().removeIf(k -> !k.matches("(customer|purchase|event_log)\\b.*"));
        return out;
    }

    private static Map<String, String> showCreateTables(TestDatabase db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : List.of("customer", "event_log", "purchase")) {
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
                rs.next();
                out.put(table, rs.getString(2));
            }
        }
        return out;
    }

    private static void query(TestDatabase db, String sql, Map<String, String> out) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) if (!statement.isBlank()) st.execute(statement);
        }
    }
}
