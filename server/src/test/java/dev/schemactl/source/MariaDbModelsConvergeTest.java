package dev.schemactl.source;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5 must not cost the entity workflow: Hibernate entities (the test model and the shop example) as
 * the desired state, applied to MariaDB with schemactl's SQL (booleans now tinyint(1), LOB sizes, unsigned, ...),
 * read back by the inspector, diff to "no changes".
 */
class MariaDbModelsConvergeTest {

    @ParameterizedTest
    @ValueSource(strings = {ModelFixtures.MODEL_PACKAGE, ModelFixtures.SHOP_PACKAGE})
    void entitiesAppliedToMariaDbDiffToNoChanges(String pkg) throws Exception {
        Engine engine = Engines.of(EngineKind.MARIADB);
        Schema desired = pkg.equals(ModelFixtures.SHOP_PACKAGE) ? ModelFixtures.readShop(EngineKind.MARIADB)
                : ModelFixtures.readModel(EngineKind.MARIADB);
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : engine.renderer().createSchema(desired)) st.execute(sql);
            Plan again = engine.differ().diff(engine.inspector().inspect(c), desired);
            assertThat(again.changes()).extracting(Change::describe).isEmpty();
        }
    }
}
