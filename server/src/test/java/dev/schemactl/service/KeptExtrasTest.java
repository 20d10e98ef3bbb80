package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.NativeClients;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the database has and a plan keeps must still hold after the plan: a kept foreign key whose referenced key
 * or column the plan changes is dropped and added again around the change when the new key still serves it, and the
 * plan is refused (naming it) when it would not; a domain, enum type or sequence a kept column uses is kept. Judged by
 * pg_dump and SHOW CREATE TABLE, after up and after rollback.
 */
class KeptExtrasTest {
    @TempDir
    Path dir;

    private static final String LIVE = """
            CREATE TABLE accounts (id int NOT NULL, tenant int NOT NULL DEFAULT 1, code varchar(10), PRIMARY KEY (id),
                CONSTRAINT uk_code UNIQUE (code));
            CREATE TABLE orders (id int NOT NULL PRIMARY KEY, account_id int, account_code varchar(10),
                CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES accounts (id),
                CONSTRAINT fk_orders_code FOREIGN KEY (account_code) REFERENCES accounts (code))""";

    private static void execute(TestDatabase db, String script) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : script.split(";")) if (!s.isBlank()) st.execute(s);
        }
    }

    private static Map<String, String> schema(TestDatabase db) throws Exception {
        Map<String, String> out = new TreeMap<>(NativeClients.schema(db));
        out.keySet().removeIf(k -> k.contains("schema_migrations")); // schemactl's own tracking tables
        return out;
    }

    /** The orders table as the engine's own dump tool writes it, with its constraints. */
    private static String orders(TestDatabase db) throws Exception {
        Map<String, String> s = NativeClients.schema(db);
        if (db.engine() == EngineKind.MARIADB) return s.get("TABLE: orders");
        return String.join("\n", s.entrySet().stream().filter(e -> e.getKey().contains("orders")).map(Map.Entry::getValue).toList());
    }

    /**
     * MariaDB turns a short InnoDB {@code UNIQUE ... USING HASH} into a B-tree unique key at the table's next ALTER (pair
     * 253): the desired hash index and the kept live unique key then share a name, and creating the one beside the other
     * fails (Duplicate key name). Refused, naming both; with --drop-extra the key is replaced and the plan applies.
     */
    @Test
    void aKeptKeyNamedLikeAKeyThePlanCreatesIsRefused() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, "CREATE TABLE orders (id int NOT NULL PRIMARY KEY, code int NOT NULL, ref int NOT NULL);"
                    + "CREATE UNIQUE INDEX uk_orders_code ON orders (code) USING HASH;"
                    + "CREATE UNIQUE INDEX uk_orders_ref ON orders (ref) USING HASH");
            Files.writeString(dir.resolve("hash.sql"), "CREATE TABLE orders (id int NOT NULL PRIMARY KEY, code int NOT NULL, "
                    + "ref int NOT NULL, UNIQUE KEY uk_orders_code (code) USING HASH, UNIQUE KEY uk_orders_ref (ref) USING HASH);");
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run diff = cli.run("diff", "--to-sql", "hash.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.all()).contains("uk_orders_code").contains("`schemactl new` refuses this plan");

            Cli.Run refused = cli.run("new", "-m", "hash", "--to-sql", "hash.sql");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("refused").contains("creating index uk_orders_code on orders")
                    .contains("unique constraint uk_orders_code").contains("--drop-extra").doesNotContain("Exception");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();

            Cli.Run replaced = cli.run("new", "-m", "hash", "--to-sql", "hash.sql", "--drop-extra");
            assertThat(replaced.exit()).as(replaced.all()).isZero();
            assertThat(cli.run("up", "--policy", "allow.yaml").exit()).isZero();
            assertThat(cli.run("rollback", "--policy", "allow.yaml").exit()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void aKeptForeignKeyWhoseKeyChangesIsRefusedWhenTheNewKeyCannotServeIt(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            execute(db, LIVE);
            Map<String, String> before = schema(db);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            // the desired state knows accounts, now keyed by (tenant, id), and nothing of orders
            Files.writeString(dir.resolve("tenant.sql"), "CREATE TABLE accounts (id int NOT NULL, tenant int NOT NULL DEFAULT 1, "
                    + "code varchar(10), PRIMARY KEY (tenant, id), CONSTRAINT uk_code UNIQUE (code));");
            Cli.Run diff = cli.run("diff", "--to-sql", "tenant.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.all()).contains("fk_orders_account").contains("`schemactl new` refuses this plan");

            Cli.Run refused = cli.run("new", "-m", "tenant", "--to-sql", "tenant.sql");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("refused").contains("foreign key fk_orders_account on orders(account_id) -> accounts(id)")
                    .contains("--drop-extra").doesNotContain("fk_orders_code").doesNotContain("Exception");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();

            // retyped so that the kept key's column can no longer reference it
            Files.writeString(dir.resolve("retyped.sql"), "CREATE TABLE accounts (id int NOT NULL, tenant int NOT NULL DEFAULT 1, "
                    + "code int, PRIMARY KEY (id), CONSTRAINT uk_code UNIQUE (code));");
            Cli.Run retyped = cli.run("new", "-m", "retyped", "--to-sql", "retyped.sql");
            assertThat(retyped.exit()).as(retyped.all()).isEqualTo(3);
            assertThat(retyped.err()).contains("foreign key fk_orders_code on orders(account_code) -> accounts(code)")
                    .contains("column accounts.code is integer");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();

            // asked to drop what only the database has, the plan drops orders with its keys: it applies
            Cli.Run dropped = cli.run("new", "-m", "tenant", "--to-sql", "tenant.sql", "--drop-extra");
            assertThat(dropped.exit()).as(dropped.all()).isZero();
            assertThat(dropped.all()).doesNotContain("NOT verified");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(cli.run("rollback").exit()).isZero();
            assertThat(schema(db)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void aKeptForeignKeyIsAddedAgainAroundAKeyOrTypeChangeThatStillServesIt(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            execute(db, LIVE);
            Map<String, String> before = schema(db);
            String ordersBefore = orders(db);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            // the primary key moves to (tenant, id) and id stays unique; code grows
            Files.writeString(dir.resolve("tenant.sql"), "CREATE TABLE accounts (id int NOT NULL, tenant int NOT NULL DEFAULT 1, "
                    + "code varchar(20), PRIMARY KEY (tenant, id), CONSTRAINT uk_id UNIQUE (id), CONSTRAINT uk_code UNIQUE (code));");
            Cli.Run created = cli.run("new", "-m", "tenant", "--to-sql", "tenant.sql");
            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(created.all()).contains("wrote").contains("kept 1 object").doesNotContain("NOT verified");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            String ordersAfter = orders(db);
            assertThat(ordersAfter).contains("fk_orders_account").contains("fk_orders_code");
            assertThat(cli.run("diff", "--to-sql", "tenant.sql").out()).startsWith("no changes");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(orders(db)).isEqualTo(ordersBefore);
            assertThat(schema(db)).isEqualTo(before);
        }
    }

    /**
     * A table only the database has is kept, and so are the enum type and the domain its columns use (the plan dropped
     * the enum type, which fails: "cannot drop type mood because other objects depend on it"); both are listed as kept
     * because used. An enum type nothing uses still goes, as a domain does.
     */
    @Test
    void theEnumTypeAndDomainOfAKeptTableAreKeptAndListed() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, """
                    CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TYPE unused AS ENUM ('x'); CREATE DOMAIN email AS text;
                    CREATE SEQUENCE audit_seq;
                    CREATE TABLE audit (id int PRIMARY KEY DEFAULT nextval('audit_seq'), m mood DEFAULT 'ok', e email, ms mood[]);
                    CREATE TABLE people (id int PRIMARY KEY)""");
            Map<String, String> before = schema(db);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("people.sql"), "CREATE TABLE people (id int PRIMARY KEY, name text);");
            Cli.Run diff = cli.run("diff", "--to-sql", "people.sql");
            assertThat(diff.out()).as(diff.all()).contains("= enum type mood: kept, used by audit.m, audit.ms")
                    .contains("= domain email: kept, used by audit.e").doesNotContain("DROP TYPE mood");

            Cli.Run created = cli.run("new", "-m", "name", "--to-sql", "people.sql");
            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(created.all()).doesNotContain("NOT verified").contains("enum type mood: kept");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            Map<String, String> after = schema(db);
            assertThat(after).containsKeys("TYPE: mood", "DOMAIN: email", "TABLE: audit", "SEQUENCE: audit_seq")
                    .doesNotContainKey("TYPE: unused");
            assertThat(after.get("TABLE: audit")).isEqualTo(before.get("TABLE: audit"));
            assertThat(cli.run("diff", "--to-sql", "people.sql").out()).startsWith("no changes");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(schema(db)).isEqualTo(before);
        }
    }

    private static final String ACCOUNT = """
            package com.example.kept;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "accounts")
            @IdClass(AccountKey.class)
            public class Account {
                @Id public Integer tenant;
                @Id public Integer id;
            }
            """;

    private static final String ACCOUNT_KEY = """
            package com.example.kept;

            public class AccountKey implements java.io.Serializable {
                public Integer tenant;
                public Integer id;

                @Override public boolean equals(Object o) {
                    return o instanceof AccountKey k && java.util.Objects.equals(tenant, k.tenant) && java.util.Objects.equals(id, k.id);
                }

                @Override public int hashCode() { return java.util.Objects.hash(tenant, id); }
            }
            """;

    /** A column whose default draws from a sequence the entities do not declare. */
    private static final String TICKET = """
            package com.example.kept;

            import jakarta.persistence.*;
            import org.hibernate.annotations.ColumnDefault;

            @Entity
            @Table(name = "tickets")
            public class Ticket {
                @Id public Long id;
                @ColumnDefault("nextval('ticket_no')") @Column(nullable = false) public Long no;
            }
            """;

    /**
     * Entities key accounts by (tenant, id) and do not know orders nor its foreign key to accounts(id): the plan is
     * refused (PostgreSQL needs a unique key over exactly (id)). With --drop-extra orders goes, and the sequence the
     * entities' own column default draws from stays, listed as kept because used (the plan dropped it, which fails:
     * "cannot drop sequence ticket_no because other objects depend on it").
     */
    @Test
    void entitiesThatChangeTheKeyOfAKeptForeignKeyAreRefusedAndASequenceTheirDefaultUsesIsKept() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, """
                    CREATE SEQUENCE ticket_no;
                    CREATE TABLE tickets (id bigint PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('ticket_no'));
                    CREATE TABLE accounts (id int PRIMARY KEY, tenant int NOT NULL);
                    CREATE TABLE orders (id int PRIMARY KEY, account_id int CONSTRAINT fk_orders_account REFERENCES accounts (id))""");
            Map<String, String> before = schema(db);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            String classes = dir.relativize(compile(Map.of("Account", ACCOUNT, "AccountKey", ACCOUNT_KEY, "Ticket", TICKET))).toString();

            Cli.Run refused = cli.run("new", "-m", "tenant", "--models", classes, "--package", "com.example.kept");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("foreign key fk_orders_account on orders(account_id) -> accounts(id)")
                    .contains("map the relation in the entities").contains("--drop-extra");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();

            Cli.Run dropped = cli.run("new", "-m", "tenant", "--models", classes, "--package", "com.example.kept", "--drop-extra");
            assertThat(dropped.exit()).as(dropped.all()).isZero();
            assertThat(dropped.all()).contains("sequence ticket_no: kept, used by tickets.no").doesNotContain("NOT verified");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            Map<String, String> after = schema(db);
            assertThat(after).containsKeys("SEQUENCE: ticket_no", "TABLE: tickets").doesNotContainKey("TABLE: orders");
            assertThat(after.get("TABLE: tickets")).isEqualTo(before.get("TABLE: tickets"));
            assertThat(cli.run("rollback").exit()).isZero();
            assertThat(schema(db)).isEqualTo(before);
        }
    }

    private static final String USER = """
            package com.example.kept;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "users")
            public class User {
                @Id public Integer id;
                @Column(length = 50) public String name;
            }
            """;

    /**
     * An expression index is kept by --drop-extra (entities cannot declare one), but not when the entities drop a
     * column it uses: the plan drops it before the column and its rollback creates it again. It was kept over the
     * dropped column: PostgreSQL's DROP COLUMN took it along and the rollback did not bring it back.
     */
    @Test
    void anExpressionIndexOverAColumnTheEntitiesDropGoesWithItAndComesBackOnRollback() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, """
                    CREATE TABLE users (id integer PRIMARY KEY, name varchar(50), email varchar(100));
                    CREATE INDEX users_email_lower ON users (lower(email));
                    CREATE INDEX users_name_lower ON users (lower(name))""");
            Map<String, String> before = schema(db);
            assertThat(String.join("\n", before.values())).contains("users_email_lower");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            String classes = dir.relativize(compile(Map.of("User", USER))).toString();
            Cli.Run made = cli.run("new", "-m", "drop-email", "--models", classes, "--package", "com.example.kept", "--drop-extra");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.all()).doesNotContain("NOT verified");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            String after = String.join("\n", schema(db).values());
            assertThat(after).doesNotContain("users_email_lower").doesNotContain("email")
                    .as("an expression index over a column the entities keep stays").contains("users_name_lower");
            Cli.Run diff = cli.run("diff", "--models", classes, "--package", "com.example.kept", "--drop-extra", "--check");
            assertThat(diff.exit()).as("converged: " + diff.all()).isZero();
            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(schema(db)).isEqualTo(before);
        }
    }

    private Path compile(Map<String, String> sources) throws Exception {
        Path classes = dir.resolve("model/target/classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
            Path file = dir.resolve("model/src/com/example/kept").resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("compiling the entities").isZero();
        return classes;
    }
}
