package dev.schemactl.engine.postgres;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical spelling of PostgreSQL table options: equal options are equal strings, whatever order they came in. */
class PostgresTableOptionsFormatTest {

    @Test
    void storageParametersAreSortedWhateverOrderTheyCameIn() {
        String read = PostgresTableOptions.fromCatalog(false, null, List.of("fillfactor=90", "autovacuum_enabled=false"),
                List.of("autovacuum_enabled=false"), true, false, "f", null);
        assertThat(read).isEqualTo("WITH (autovacuum_enabled=false, fillfactor=90, toast.autovacuum_enabled=false)"
                + " ENABLE ROW LEVEL SECURITY REPLICA IDENTITY FULL");
        PostgresTableOptions written = new PostgresTableOptions(false, null,
                Map.of("toast.autovacuum_enabled", "false", "fillfactor", "90", "autovacuum_enabled", "false"), true, false, "FULL");
        assertThat(written.format()).isEqualTo(read);
        assertThat(written.createClause()).isEqualTo(" WITH (autovacuum_enabled=false, fillfactor=90, toast.autovacuum_enabled=false)");
        assertThat(PostgresTableOptions.parse(read)).isEqualTo(written);
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
        assertThat(to.actionsTo(from)).containsExactly("SET UNLOGGED", "SET (autovacuum_enabled=false, fillfactor=70)",
                "DISABLE ROW LEVEL SECURITY", "FORCE ROW LEVEL SECURITY", "REPLICA IDENTITY DEFAULT");
        assertThat(PostgresTableOptions.parse(null).format()).isNull();
    }
}
