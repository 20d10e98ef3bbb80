package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model source's promise, end to end: Hibernate's own DDL for the models, applied to a real database
 * and read back by the engine's inspector, gives the Schema the model source derived offline.
 *
 * <p>Compared as schemactl compares: primary keys and unnamed unique constraints by columns (the server
 * names them), checks by name (each engine rewrites the expression text). PostgreSQL names unnamed checks
 * {@code <table>_<column>_check} like the model does; MariaDB names a column check after the column and H2
 * {@code CONSTRAINT_nn}, so the MariaDB and H2 inspectors must map those to the same convention.
 */
@Disabled("needs the inspectors from branch inspect")
class HibernateRoundTripTest {

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void testModelRoundTrips(EngineKind kind) throws Exception {
        roundTrip(kind, ModelFixtures.testClasses(), ModelFixtures.MODEL_PACKAGE);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void shopRoundTrips(EngineKind kind) throws Exception {
        roundTrip(kind, ModelFixtures.shopClasses(), ModelFixtures.SHOP_PACKAGE);
    }

    private static void roundTrip(EngineKind kind, Path classes, String pkg) throws Exception {
        HibernateModelSource source = new HibernateModelSource(List.of(classes), List.of(pkg), kind, null);
        Schema model = source.read();
        Schema inspected;
        if (kind == EngineKind.H2) {
            String url = "jdbc:h2:mem:rt_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                inspected = applyAndInspect(kind, source, c);
                c.createStatement().execute("shutdown");
            }
        } else {
            try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
                inspected = applyAndInspect(kind, source, c);
            }
        }
        assertThat(comparable(inspected, model)).isEqualTo(comparable(model, model));
    }

    private static Schema applyAndInspect(EngineKind kind, HibernateModelSource source, Connection c) throws SQLException {
        ModelFixtures.applyHibernateDdl(source, c);
        return Engines.of(kind).inspector().inspect(c);
    }

    /** Drops what the server is free to choose: key names, names of unnamed uniques, check expression text. */
    private static Schema comparable(Schema schema, Schema model) {
        List<Table> tables = schema.tables().stream().map(t -> {
            Table reference = model.table(t.name()).orElse(t);
            List<UniqueConstraint> uniques = t.uniques().stream().map(u -> {
                boolean named = reference.uniques().stream().anyMatch(r -> r.columns().equals(u.columns()) && r.name() != null);
                return named ? u : new UniqueConstraint(null, u.columns());
            }).toList();
            PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(null, t.primaryKey().columns());
            List<CheckConstraint> checks = t.checks().stream().map(ck -> new CheckConstraint(ck.name(), null)).toList();
            return new Table(t.name(), t.columns(), pk, uniques, t.indexes(), t.foreignKeys(), checks, t.comment());
        }).toList();
        return new Schema(tables, schema.sequences());
    }
}
