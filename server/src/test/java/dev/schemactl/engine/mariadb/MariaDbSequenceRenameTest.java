package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sequence renamed with a hint (pair 834 holds) rewrites the column defaults calling it, but a trigger body calls it
 * by name as text too, bound when it fires: the plan is refused, naming the trigger, rather than leaving every insert
 * failing with "Table 'db.seq_invoice' doesn't exist".
 */
class MariaDbSequenceRenameTest {

    @TempDir
    Path dir;

    @Test
    void aRenameOfASequenceATriggerCallsIsRefusedByName() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase wanted = TestDatabase.create(EngineKind.MARIADB)) {
            for (var db : new TestDatabase[]{live, wanted}) {
                String seq = db == live ? "seq_invoice" : "invoice_id_seq";
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("CREATE SEQUENCE " + seq + " START WITH 500 NOCACHE");
                    st.execute("CREATE TABLE invoices (id bigint NOT NULL DEFAULT nextval(" + seq + ") PRIMARY KEY, n int)");
                    st.execute("CREATE TRIGGER invoices_renumber BEFORE INSERT ON invoices FOR EACH ROW "
                            + "SET NEW.n = IF(NEW.n IS NULL, nextval(" + seq + "), NEW.n)");
                }
            }
            Cli.Run made = new Cli(dir).env("DATABASE_URL", live.urlText())
                    .run("new", "-m", "rename", "--to-url", wanted.urlText(), "--rename-table", "seq_invoice=invoice_id_seq");
            assertThat(made.exit()).as(made.all()).isEqualTo(ErrorCode.PLAN_REFUSED.exitCode());
            assertThat(made.all()).contains("rename sequence seq_invoice to invoice_id_seq would break trigger invoices_renumber on invoices");
        }
    }
}
