package dev.schemactl.engine.postgres;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spelling of PostgreSQL table options: storage parameters in the order the table was given them (the catalog's
 * order, which pg_dump prints: Hatchet's six autovacuum parameters came back sorted by name from dump and new + up),
 * compared as a set by the Differ; a map without an order of its own is sorted, so output never depends on hashing.
 */
class PostgresTableOptionsFormatTest {

    @Test
    void storageParametersKeepTheOrderTheTableWasGivenThem() {
        String read = PostgresTableOptions.fromCatalog(false, null, null, List.of("fillfactor=90", "autovacuum_enabled=false"),
                List.of("autovacuum_enabled=false"), true, false, "f", null);
        assertThat(read).isEqualTo("WITH (fillfactor=90, autovacuum_enabled=false, toast.autovacuum_enabled=false)"
                + " ENABLE ROW LEVEL SECURITY REPLICA IDENTITY FULL");
        PostgresTableOptions parsed = PostgresTableOptions.parse(read);
        assertThat(parsed.format()).isEqualTo(read);
        assertThat(parsed.createClause()).isEqualTo(" WITH (fillfactor=90, autovacuum_enabled=false, toast.autovacuum_enabled=false)");
        PostgresTableOptions unordered = new PostgresTableOptions(false, null, null,
                Map.of("toast.autovacuum_enabled", "false", "fillfactor", "90", "autovacuum_enabled", "false"), true, false, "FULL");
        assertThat(unordered.createClause()).isEqualTo(" WITH (autovacuum_enabled=false, fillfactor=90, toast.autovacuum_enabled=false)");
        assertThat(unordered).as("the same options, whatever their order").isEqualTo(parsed);
    }

    @Test
    void aTypedTableIsMadeOneOnceItsColumnsAreTheTypes() {
        PostgresTableOptions typed = PostgresTableOptions.parse("UNLOGGED OF \"my type\" WITH (fillfactor=70)");
        assertThat(typed.ofType()).isEqualTo("\"my type\"");
        assertThat(typed.format()).isEqualTo("UNLOGGED OF \"my type\" WITH (fillfactor=70)");
        assertThat(typed.actionsAfterCreate()).containsExactly("OF \"my type\"");
        assertThat(typed.actionsTo(PostgresTableOptions.parse("OF billing.person"))).containsExactly("NOT OF", "SET LOGGED",
                "RESET (fillfactor)", "OF billing.person");
    }

    @Test
    void actionsTurnOneSetOfOptionsIntoAnother() {
        PostgresTableOptions from = PostgresTableOptions.parse("UNLOGGED WITH (fillfactor=70, autovacuum_enabled=false) FORCE ROW LEVEL SECURITY");
        PostgresTableOptions to = PostgresTableOptions.parse("WITH (fillfactor=80) ENABLE ROW LEVEL SECURITY REPLICA IDENTITY USING INDEX \"t id\"");
        assertThat(from.actionsTo(to)).containsExactly("SET LOGGED", "RESET (autovacuum_enabled)", "SET (fillfactor=80)",
                "ENABLE ROW LEVEL SECURITY", "NO FORCE ROW LEVEL SECURITY", "REPLICA IDENTITY USING INDEX \"t id\"");
        assertThat(to.actionsTo(from)).containsExactly("SET UNLOGGED", "SET (fillfactor=70, autovacuum_enabled=false)",
                "DISABLE ROW LEVEL SECURITY", "FORCE ROW LEVEL SECURITY", "REPLICA IDENTITY DEFAULT");
        assertThat(PostgresTableOptions.parse(null).format()).isNull();
    }

    @Test
    void aTableAccessMethodOtherThanHeapIsWrittenInCreateTableAndSwitchedInPlace() {
        String read = PostgresTableOptions.fromCatalog(false, null, "heap2", List.of("fillfactor=80"), List.of(), false, false, "d", null);
        assertThat(read).isEqualTo("USING heap2 WITH (fillfactor=80)");
        assertThat(PostgresTableOptions.fromCatalog(false, null, "heap", List.of(), List.of(), false, false, "d", null)).isNull();
        PostgresTableOptions parsed = PostgresTableOptions.parse(read);
        assertThat(parsed.format()).isEqualTo(read);
        assertThat(parsed.createClause()).isEqualTo(" USING heap2 WITH (fillfactor=80)");
        assertThat(parsed.actionsAfterCreate()).isEmpty();
        assertThat(PostgresTableOptions.NONE.actionsTo(parsed)).containsExactly("SET ACCESS METHOD heap2", "SET (fillfactor=80)");
        assertThat(parsed.actionsTo(PostgresTableOptions.NONE)).containsExactly("SET ACCESS METHOD heap", "RESET (fillfactor)");
    }
}
