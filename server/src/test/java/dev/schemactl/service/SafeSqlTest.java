package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL migrations in the low-lock forms by default (CREATE INDEX CONCURRENTLY in its own non-transactional
 * changeset, NOT VALID + VALIDATE later, SET lock_timeout on top): the findings they avoid go away, and the files still
 * apply and roll back on a table with rows. --no-safe-sql writes the plain forms.
 */
class SafeSqlTest {
    @TempDir
    Path dir;

    private static final String V1 = """
            CREATE TABLE customers (id INT PRIMARY KEY);
            CREATE TABLE accounts (id INT PRIMARY KEY, customer_id INT, balance INT);
            """;
    private static final String V2 = """
            CREATE TABLE customers (id INT PRIMARY KEY);
            CREATE TABLE accounts (id INT PRIMARY KEY, customer_id INT REFERENCES customers (id),
                                   balance INT CONSTRAINT accounts_balance_check CHECK (balance >= 0));
            CREATE INDEX accounts_by_customer ON accounts (customer_id);
            CREATE TABLE notes (id INT PRIMARY KEY, account_id INT REFERENCES accounts (id), body VARCHAR(100));
            CREATE INDEX notes_by_account ON notes (account_id);
            """;

    @Test
    void generatedMigrationsUseTheLowLockFormsAndStillApplyAndRollBack() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("v1.sql"), V1);
            Files.writeString(dir.resolve("v2.sql"), V2);
            assertThat(cli.env("SOURCE_DATE_EPOCH", "1767225600").run("new", "-m", "init", "--to-sql", "v1.sql").exit()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO customers SELECT g FROM generate_series(1, 10) g");
                st.execute("INSERT INTO accounts SELECT g, 1 + g % 10, g FROM generate_series(1, 500) g");
            }

            Cli.Run plain = cli.run("new", "-m", "plain", "--to-sql", "v2.sql", "--no-safe-sql", "--dry-run");
            assertThat(plain.exit()).as(plain.all()).isZero();
            assertThat(plain.out()).contains("CREATE INDEX accounts_by_customer ON accounts (customer_id);")
                    .doesNotContain("CONCURRENTLY").doesNotContain("NOT VALID").doesNotContain("lock_timeout");

            Cli.Run generated = cli.env("SOURCE_DATE_EPOCH", "1767312000").run("new", "-m", "safer", "--to-sql", "v2.sql");
            assertThat(generated.exit()).as(generated.all()).isZero();
            Path file = dir.resolve("migrations/versions/20260102000000_safer.sql");
            String content = Files.readString(file);
            assertThat(content)
                    .contains("SET lock_timeout = '5s';\n")
                    .contains("runInTransaction:false\nSET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY accounts_by_customer ON accounts (customer_id);\n"
                            + "--rollback SET lock_timeout = '5s';\n--rollback DROP INDEX CONCURRENTLY accounts_by_customer;")
                    .contains("CHECK (balance >= 0) NOT VALID;")
                    .contains("REFERENCES customers (id) NOT VALID;")
                    .contains("ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_check;")
                    .contains("CREATE INDEX notes_by_account ON notes (account_id);")
                    .as("the new table keeps the plain forms").doesNotContain("notes_by_account ON notes (account_id) NOT VALID");
            assertThat(content.indexOf("VALIDATE CONSTRAINT")).as("validation comes in a later changeset")
                    .isGreaterThan(content.indexOf("NOT VALID"));

            Cli.Run lint = cli.run("lint", "migrations/versions/20260102000000_safer.sql");
            assertThat(lint.exit()).as(lint.all()).isZero();
            assertThat(lint.out()).doesNotContain("LK-CREATE-INDEX").doesNotContain("LK-ADD-FK").doesNotContain("LK-ADD-CHECK")
                    .doesNotContain("BP-LOCK-TIMEOUT").doesNotContain("TX-CONCURRENTLY-IN-TX").doesNotContain("LK-VALIDATE-SAME-TX")
                    .contains("TX-MIXED-NONTX").contains("final: low");

            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(validated(db)).containsExactlyInAnyOrder("accounts_balance_check=true", "accounts_customer_id_fkey=true",
                    "notes_account_id_fkey=true");
            assertThat(indexes(db)).contains("accounts_by_customer=true", "notes_by_account=true");
            assertThat(cli.run("diff", "--to-sql", "v2.sql").out()).startsWith("no changes").doesNotContain("only in the database");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(indexes(db)).doesNotContain("accounts_by_customer=true");
            assertThat(validated(db)).isEmpty();
            Cli.Run again = cli.run("up");
            assertThat(again.exit()).as(again.all()).isZero();
            assertThat(validated(db)).hasSize(3);
        }
    }

    @Test
    void aPlanIsScoredAsItWouldBeWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE accounts (id INT PRIMARY KEY, balance INT)");
                st.execute("INSERT INTO accounts SELECT g, g FROM generate_series(1, 20000) g");
                st.execute("ANALYZE accounts");
            }
            Plan plan = new Plan(List.of(
                    new Change.CreateIndex("accounts", new Index("accounts_by_balance", List.of(IndexColumn.asc("balance")), false)),
                    new Change.AddCheck("accounts", new CheckConstraint("accounts_balance_check", "balance >= 0"))), List.of());
            try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
                RiskReport plainReport = RiskService.scorePlan(plan, h, false);
                assertThat(plainReport.findings()).extracting(Finding::ruleId)
                        .containsExactly("BP-LOCK-TIMEOUT", "LK-CREATE-INDEX", "LK-ADD-CHECK");
                assertThat(plainReport.findings()).filteredOn(f -> f.ruleId().equals("LK-CREATE-INDEX"))
                        .singleElement().satisfies(f -> assertThat(f.statement()).isEqualTo(1));
                RiskReport safeReport = RiskService.scorePlan(plan, h, true);
                assertThat(safeReport.findings()).extracting(Finding::ruleId).containsExactly("TX-MIXED-NONTX");
                assertThat(safeReport.score()).isLessThan(plainReport.score());
                assertThat(safeReport.rollbackability()).startsWith("partial");
            }
        }
    }

    private static List<String> validated(TestDatabase db) throws Exception {
        return query(db, "SELECT conname || '=' || convalidated FROM pg_constraint WHERE contype IN ('c', 'f') "
                + "AND connamespace = 'public'::regnamespace ORDER BY 1");
    }

    private static List<String> indexes(TestDatabase db) throws Exception {
        return query(db, "SELECT c.relname || '=' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1");
    }

    private static List<String> query(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
