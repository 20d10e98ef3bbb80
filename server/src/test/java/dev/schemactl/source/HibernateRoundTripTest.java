package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model source's promise, end to end: Hibernate's own DDL for the models, applied to a real database
 * and read back by the engine's inspector, gives the Schema the model source derived offline — every
 * column (type, nullability, default, identity, comment), key, unique constraint, index, foreign key and
 * sequence.
 *
 * <p>Compared as schemactl compares, leaving out only what the server chooses when Hibernate's DDL does not
 * say: primary key names and names of unnamed unique constraints (matched by columns), check expression text
 * (each engine rewrites it), and on MariaDB and H2 the names of unnamed checks (MariaDB names a column check
 * after the column and table checks CONSTRAINT_n, H2 CONSTRAINT_xx; PostgreSQL's {@code <table>_<column>_check}
 * is what the model uses, so there names are compared too) and the difference between RESTRICT and NO ACTION
 * (the same thing on MariaDB and H2, whose catalogs report an unspecified action as RESTRICT).
 */

class HibernateRoundTripTest {

    // Not on SQLite: hibernate-core has no SQLite dialect, so there is no Hibernate DDL for SQLite to apply (the
    // stand-in dialect that reads SQLite models writes H2 SQL). SqliteRoundTripTest applies the same models to
    // SQLite through schemactl's own DDL and reads them back with the inspector.
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
    void testModelRoundTrips(EngineKind kind) throws Exception {
        roundTrip(kind, ModelFixtures.testClasses(), ModelFixtures.MODEL_PACKAGE);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
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
        assertThat(comparable(kind, inspected, model)).isEqualTo(comparable(kind, model, model));
    }

    private static Schema applyAndInspect(EngineKind kind, HibernateModelSource source, Connection c) throws SQLException {
        ModelFixtures.applyHibernateDdl(source, c);
        return Engines.of(kind).inspector().inspect(c);
    }

    /** Drops what the server is free to choose (see the class comment). */
    private static Schema comparable(EngineKind kind, Schema schema, Schema model) {
        boolean serverNamesChecks = kind != EngineKind.POSTGRESQL;
        List<Table> tables = schema.tables().stream().map(t -> {
            Table reference = model.table(t.name()).orElse(t);
            List<UniqueConstraint> uniques = t.uniques().stream().map(u -> {
                boolean named = reference.uniques().stream().anyMatch(r -> r.columns().equals(u.columns()) && r.name() != null);
                return named ? u : new UniqueConstraint(null, u.columns());
            }).toList();
            PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(null, t.primaryKey().columns());
            Set<String> explicitCheckNames = new HashSet<>(explicitChecks(reference));
            List<CheckConstraint> checks = t.checks().stream()
                    .map(ck -> new CheckConstraint(!serverNamesChecks || explicitCheckNames.contains(ck.name()) ? ck.name() : "(unnamed)", null))
                    .sorted(Comparator.comparing(CheckConstraint::name)).toList();
            List<ForeignKey> foreignKeys = t.foreignKeys().stream().map(fk -> kind == EngineKind.POSTGRESQL ? fk
                    : new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    restrictIsNoAction(fk.onDelete()), restrictIsNoAction(fk.onUpdate()))).toList();
            // a column's own check (MariaDB) as the server spells it (`level` between 0 and 2): compared for presence, as
            // table checks are; the Differ compares the expressions (Expressions.same)
            List<Column> columns = t.columns().stream().map(c -> c.check() == null ? c : c.withCheck("(check)")).toList();
            return new Table(t.name(), columns, pk, uniques, t.indexes(), foreignKeys, checks, t.comment());
        }).toList();
        return new Schema(tables, schema.sequences());
    }

    /** Check names that come from the mapping (@Check(name = ...)), not from the naming convention. */
    private static List<String> explicitChecks(Table table) {
        return table.checks().stream().map(CheckConstraint::name)
                .filter(n -> !n.matches(java.util.regex.Pattern.quote(table.name()) + "_.*check\\d*")).toList();
    }

    private static ReferentialAction restrictIsNoAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }
}
