package dev.schemactl.diff;

import dev.schemactl.diff.SchemaPairs.ColumnSpec;
import dev.schemactl.diff.SchemaPairs.FkSpec;
import dev.schemactl.diff.SchemaPairs.PairSpec;
import dev.schemactl.diff.SchemaPairs.SchemaPair;
import dev.schemactl.diff.SchemaPairs.TableSpec;
import dev.schemactl.engine.EngineKind;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

/**
 * Specs on which {@link SchemaPairs.Builder#sanitize} once produced a schema the engine refuses to create from
 * nothing: each pair must be created (and round-trip) on its engine.
 */
class SchemaPairsTest {

    /**
     * "t".id (NOT NULL) references "order".id ON UPDATE CASCADE; "order".id, a unique NOT NULL column, is made nullable
     * by its own ON DELETE SET NULL key onto "user", repaired after "t"'s keys. MariaDB refuses a CASCADE from a
     * nullable column into a NOT NULL one (errno 150), so the repair must see every SET NULL first.
     */
    @Test
    void mariaDbCascadeOntoAColumnThatALaterTablesSetNullMakesNullable() throws SQLException {
        ColumnSpec intNotNull = new ColumnSpec(0, 0, 0, 0, false, 0);
        ColumnSpec charNotNull = new ColumnSpec(1, 8, 0, 0, false, 0);
        TableSpec t = new TableSpec(0, List.of(intNotNull), List.of(0), List.of(), List.of(),
                List.of(new FkSpec(1, 1, 0, 2)), List.of());
        TableSpec order = new TableSpec(1, List.of(intNotNull, charNotNull), List.of(1), List.of(List.of(0)), List.of(),
                List.of(new FkSpec(2, 0, 3, 0)), List.of());
        TableSpec user = new TableSpec(2, List.of(intNotNull), List.of(0), List.of(), List.of(), List.of(), List.of());
        SchemaPair pair = new SchemaPairs.Builder(EngineProfile.MARIADB).pair(new PairSpec(List.of(t, order, user), List.of()));
        try (RoundTrip lab = new RoundTrip(EngineKind.MARIADB)) {
            lab.check(pair.a(), pair.b());
        }
    }
}
