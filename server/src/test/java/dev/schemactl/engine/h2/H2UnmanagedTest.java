package dev.schemactl.engine.h2;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UnmanagedObject;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 views, triggers, synonyms, domains, constants and functions (aliases) are unmanaged objects, as on PostgreSQL and MariaDB:
 * listed with the DDL that recreates them (dump), with what they depend on (a plan that drops or renames a column a
 * view uses is refused). They were invisible: the dump lost the view and a plan dropped a column under it.
 */
class H2UnmanagedTest {

    /** A trigger class H2 can load (the test's classpath is the database's). */
    public static final class NoOp implements org.h2.api.Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        }
    }

    private static final String SETUP = """
            CREATE SCHEMA billing;
            CREATE DOMAIN email AS VARCHAR(100) DEFAULT 'nobody@example.org' CHECK (POSITION('@', VALUE) > 1);
            CREATE CONSTANT max_qty VALUE 100;
            CREATE ALIAS bigger FOR 'java.lang.Math.max(int, int)';
            CREATE TABLE items (id INT NOT NULL PRIMARY KEY, name VARCHAR(20), qty INT);
            CREATE TABLE billing.invoices (id INT NOT NULL PRIMARY KEY, item_id INT, amount NUMERIC(10,2));
            CREATE VIEW item_names (item, label) AS SELECT id, name FROM items;
            CREATE VIEW billing.lines AS SELECT b.id, i.name FROM billing.invoices b JOIN items i ON i.id = b.item_id;
            CREATE TRIGGER items_ins BEFORE INSERT, UPDATE ON items FOR EACH ROW CALL 'dev.schemactl.engine.h2.H2UnmanagedTest$NoOp';
            CREATE SYNONYM billing.stock FOR items;
            """;

    private static void run(Connection c, String script) throws Exception {
        try (Statement st = c.createStatement()) {
            for (String s : script.split(";\n")) if (!s.isBlank()) st.execute(s);
        }
    }

    @Test
    void viewsTriggersDomainsConstantsAndFunctionsAreListedWithWhatTheyUse() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2); Connection c = db.connect()) {
            run(c, SETUP);
            Schema schema = new H2Inspector().inspect(c, List.of("public", "billing"));
            assertThat(schema.unmanaged()).extracting(UnmanagedObject::label).containsExactlyInAnyOrder(
                    "schema billing", "domain email", "constant max_qty", "function bigger", "view item_names",
                    "view billing.lines", "trigger items_ins on items", "synonym billing.stock");
            UnmanagedObject view = find(schema, "item_names");
            assertThat(view.dependsOn()).containsExactly("items", "items.id", "items.name");
            assertThat(view.definition()).startsWith("CREATE FORCE VIEW \"PUBLIC\".\"ITEM_NAMES\"(\"ITEM\", \"LABEL\") AS");
            UnmanagedObject lines = find(schema, "lines");
            assertThat(lines.dependsOn()).contains("billing.invoices", "billing.invoices.item_id", "items", "items.name")
                    .doesNotContain("items.qty");
            assertThat(find(schema, "items_ins").dependsOn("items", null)).isTrue();
            assertThat(find(schema, "stock").dependsOn()).containsExactly("items");
        }
    }

    @Test
    void theirDefinitionsRecreateThemInAnEmptyDatabase() throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.H2); TestDatabase copy = TestDatabase.create(EngineKind.H2);
             Connection s = source.connect(); Connection t = copy.connect()) {
            run(s, SETUP);
            List<String> schemas = List.of("public", "billing");
            Schema before = new H2Inspector().inspect(s, schemas);
            UnmanagedDdl ddl = new H2UnmanagedDdl().forSchemas(schemas);
            List<String> script = new ArrayList<>(ddl.beforeTables(before.unmanaged()));
            script.add("CREATE TABLE items (id INT NOT NULL PRIMARY KEY, name VARCHAR(20), qty INT)");
            script.add("CREATE TABLE billing.invoices (id INT NOT NULL PRIMARY KEY, item_id INT, amount NUMERIC(10,2))");
            script.addAll(ddl.afterTables(before.unmanaged()));
            try (Statement st = t.createStatement()) {
                for (String sql : script) st.execute(sql);
            }
            Schema after = new H2Inspector().inspect(t, schemas);
            assertThat(after.unmanaged()).isEqualTo(before.unmanaged());
            // and each one drops (a baseline's rollback on a shadow), views and triggers before what they use
            try (Statement st = t.createStatement()) {
                for (String kind : List.of("synonym", "trigger", "view", "function", "constant", "domain")) {
                    for (UnmanagedObject o : after.unmanaged()) if (o.kind().equals(kind)) st.execute(ddl.drop(o));
                }
            }
            assertThat(new H2Inspector().inspect(t, schemas).unmanaged()).extracting(UnmanagedObject::label).containsExactly("schema billing");
        }
    }

    @Test
    void aPlanThatDropsOrRenamesAColumnAViewUsesIsRefused() throws Exception {
        String a = "CREATE TABLE acct (id INT NOT NULL PRIMARY KEY, name VARCHAR(40), legacy VARCHAR(40));\n"
                + "CREATE VIEW acct_v AS SELECT id, name, legacy FROM acct";
        assertRefused(a, "CREATE TABLE acct (id INT NOT NULL PRIMARY KEY, name VARCHAR(40));\nCREATE VIEW acct_v AS SELECT id, name FROM acct",
                List.of(), "drop column acct.legacy would break view acct_v");
        assertRefused(a, "CREATE TABLE acct (id INT NOT NULL PRIMARY KEY, full_name VARCHAR(40), legacy VARCHAR(40));\n"
                        + "CREATE VIEW acct_v AS SELECT id, full_name AS name, legacy FROM acct",
                List.of("--rename", "acct.name=full_name"), "would break view acct_v");
        assertRefused("CREATE TABLE acct (id INT NOT NULL PRIMARY KEY);\nCREATE SYNONYM accounts FOR acct",
                "CREATE TABLE account (id INT NOT NULL PRIMARY KEY);\nCREATE SYNONYM accounts FOR account",
                List.of("--rename", "acct=account"), "would break synonym accounts");
    }

    @Test
    void aPlanThatLeavesTheViewsColumnsAloneRunsAndListsTheViewAsUnmanaged() throws Exception {
        try (TestDatabase work = TestDatabase.create(EngineKind.H2); TestDatabase reference = TestDatabase.create(EngineKind.H2)) {
            try (Connection c = work.connect()) {
                run(c, "CREATE TABLE acct (id INT NOT NULL PRIMARY KEY, name VARCHAR(40));\nCREATE VIEW acct_v AS SELECT id, name FROM acct");
            }
            try (Connection c = reference.connect()) {
                run(c, "CREATE TABLE acct (id INT NOT NULL PRIMARY KEY, name VARCHAR(40), qty INT);\nCREATE VIEW acct_v AS SELECT id, name FROM acct");
            }
            Path project = Files.createTempDirectory("schemactl-h2view-");
            Cli.Run plan = new Cli(project).env("DATABASE_URL", work.urlText()).run("diff", "--to-url", reference.urlText());
            assertThat(plan.exit()).as(plan.all()).isZero();
            assertThat(plan.all()).contains("view acct_v: unmanaged, left alone");
        }
    }

    private static void assertRefused(String a, String b, List<String> hints, String message) throws Exception {
        try (TestDatabase work = TestDatabase.create(EngineKind.H2); TestDatabase reference = TestDatabase.create(EngineKind.H2)) {
            try (Connection c = work.connect()) {
                run(c, a);
            }
            try (Connection c = reference.connect()) {
                run(c, b);
            }
            Path project = Files.createTempDirectory("schemactl-h2view-");
            Files.createDirectories(project.resolve("migrations/versions"));
            List<String> args = new ArrayList<>(List.of("new", "-m", "x", "--to-url", reference.urlText(), "--no-verify", "--drop-extra"));
            args.addAll(hints);
            Cli.Run made = new Cli(project).env("DATABASE_URL", work.urlText()).run(args.toArray(String[]::new));
            assertThat(made.exit()).as(made.all()).isEqualTo(3);
            assertThat(made.all()).contains(message);
        }
    }

    private static UnmanagedObject find(Schema schema, String name) {
        return schema.unmanaged().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
