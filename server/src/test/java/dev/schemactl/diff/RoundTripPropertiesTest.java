package dev.schemactl.diff;

import dev.schemactl.diff.SchemaPairs.SchemaPair;
import dev.schemactl.diff.SchemaPairs.SingleSchema;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Table;
import net.jqwik.api.lifecycle.AfterContainer;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Round trips on real databases: for generated schemas A and B (B = A after random edits), creating A from
 * nothing, migrating A → B with the forward SQL of {@code diff(A, B)} and rolling back with its rollback SQL
 * must each leave a live schema that the engine's inspector reads back as exactly the target — the Differ
 * finds no change between the inspected schema and the target, and tables and columns are the same — and, judged
 * without that inspector, the engine's own catalog after the rollback equals A's as created and after A → B equals
 * B's as created from nothing ({@link RoundTrip#oracle}: SHOW CREATE TABLE, PRAGMA, INFORMATION_SCHEMA; PostgreSQL's
 * pg_dump judge is {@link PostgresOracleRoundTripPropertiesTest}).
 * One database per engine, emptied between tries; a try holds its database's lock ({@link RoundTrip#check}: jqwik leaves a
 * shrink that reached its time bound running, and its tries must not interleave with the next property's). Shrunk counterexamples live on in
 * {@link RoundTripRegressionTest}; the generators' exclusions are explained in {@link EngineProfile} and
 * {@link SchemaPairs}.
 *
 * <p>Tries are tuned to about 25 s (PostgreSQL, ~60 ms a try), 35 s (MariaDB, ~300 ms), 15 s (H2, ~25 ms)
 * and 10 s (SQLite, ~7 ms a round trip, a file database emptied by dropping its tables) on two cores. SQLite
 * plans run as its migrations do: PRAGMA foreign_keys OFF/ON outside the transaction that holds the changes. Shrinking is jqwik's default (bounded to 10 s); when hunting a bug locally, raise the tries and
 * add {@code shrinking = ShrinkingMode.FULL} for the smallest counterexample, which prints as Java code
 * ready for a regression test.
 */
class RoundTripPropertiesTest {

    private static final Map<EngineKind, RoundTrip> LABS = new EnumMap<>(EngineKind.class);

    static synchronized RoundTrip lab(EngineKind kind) throws SQLException {
        RoundTrip lab = LABS.get(kind);
        if (lab == null) {
            lab = new RoundTrip(kind);
            LABS.put(kind, lab);
        }
        return lab;
    }

    @AfterContainer
    static void closeDatabases() throws SQLException {
        for (RoundTrip lab : LABS.values()) lab.close();
        LABS.clear();
    }

    // ------------------------------------------------------------------ A → B → A

    @Property(tries = 400)
    void postgresRoundTrip(@ForAll("postgresPairs") SchemaPair pair) throws SQLException {
        RoundTrip lab = lab(EngineKind.POSTGRESQL);
        collectCoverage(lab, pair);
        lab.check(pair.a(), pair.b());
    }

    @Property(tries = 120)
    void mariaDbRoundTrip(@ForAll("mariaDbPairs") SchemaPair pair) throws SQLException {
        RoundTrip lab = lab(EngineKind.MARIADB);
        collectCoverage(lab, pair);
        lab.check(pair.a(), pair.b());
    }

    @Property(tries = 600)
    void h2RoundTrip(@ForAll("h2Pairs") SchemaPair pair) throws SQLException {
        RoundTrip lab = lab(EngineKind.H2);
        collectCoverage(lab, pair);
        lab.check(pair.a(), pair.b());
    }

    @Property(tries = 1000)
    void sqliteRoundTrip(@ForAll("sqlitePairs") SchemaPair pair) throws SQLException {
        RoundTrip lab = lab(EngineKind.SQLITE);
        collectCoverage(lab, pair);
        lab.check(pair.a(), pair.b());
    }

    // ------------------------------------------------------------------ inspect(create(A)) = A

    @Property(tries = 40)
    void postgresInspectingACreatedSchemaFindsNoChange(@ForAll("postgresSchemas") SingleSchema schema) throws SQLException {
        lab(EngineKind.POSTGRESQL).createAndCheck(schema.a(), schema.a());
    }

    @Property(tries = 25)
    void mariaDbInspectingACreatedSchemaFindsNoChange(@ForAll("mariaDbSchemas") SingleSchema schema) throws SQLException {
        lab(EngineKind.MARIADB).createAndCheck(schema.a(), schema.a());
    }

    @Property(tries = 80)
    void h2InspectingACreatedSchemaFindsNoChange(@ForAll("h2Schemas") SingleSchema schema) throws SQLException {
        lab(EngineKind.H2).createAndCheck(schema.a(), schema.a());
    }

    @Property(tries = 200)
    void sqliteInspectingACreatedSchemaFindsNoChange(@ForAll("sqliteSchemas") SingleSchema schema) throws SQLException {
        RoundTrip lab = lab(EngineKind.SQLITE);
        lab.createAndCheck(schema.a(), lab.desired(schema.a()));
    }

    /** What the generated pairs exercise: change kinds of diff(A, B), column types, key and constraint kinds. */
    private static void collectCoverage(RoundTrip lab, SchemaPair pair) {
        for (Change c : lab.differ.diff(pair.a(), pair.b()).changes()) {
            Statistics.label("changes").collect(c.getClass().getSimpleName());
        }
        for (Schema s : List.of(pair.a(), pair.b())) {
            for (Table t : s.tables()) {
                t.columns().forEach(c -> Statistics.label("types").collect(c.type().kind()));
                t.columns().stream().filter(c -> c.defaultExpression() != null)
                        .forEach(c -> Statistics.label("defaults").collect(c.defaultExpression()));
                if (t.primaryKey() != null) Statistics.label("keys").collect("pk" + t.primaryKey().columns().size());
                t.uniques().forEach(u -> Statistics.label("keys").collect("unique" + u.columns().size()));
                t.indexes().forEach(i -> Statistics.label("keys").collect((i.unique() ? "unique index" : "index")
                        + i.columns().size() + (i.columns().stream().anyMatch(IndexColumn::descending) ? " desc" : "")));
                t.foreignKeys().forEach(f -> Statistics.label("keys").collect("fk " + f.onDelete()
                        + (f.onUpdate() == ReferentialAction.NO_ACTION ? "" : " on update " + f.onUpdate())));
                t.checks().forEach(c -> Statistics.label("keys").collect("check"));
            }
            Statistics.label("tables").collect(s.tables().size());
        }
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<SchemaPair> postgresPairs() {
        return SchemaPairs.pairs(EngineProfile.POSTGRESQL);
    }

    @Provide
    Arbitrary<SchemaPair> mariaDbPairs() {
        return SchemaPairs.pairs(EngineProfile.MARIADB);
    }

    @Provide
    Arbitrary<SchemaPair> h2Pairs() {
        return SchemaPairs.pairs(EngineProfile.H2);
    }

    @Provide
    Arbitrary<SchemaPair> sqlitePairs() {
        return SchemaPairs.pairs(EngineProfile.SQLITE);
    }

    @Provide
    Arbitrary<SingleSchema> postgresSchemas() {
        return SchemaPairs.schemas(EngineProfile.POSTGRESQL);
    }

    @Provide
    Arbitrary<SingleSchema> mariaDbSchemas() {
        return SchemaPairs.schemas(EngineProfile.MARIADB);
    }

    @Provide
    Arbitrary<SingleSchema> h2Schemas() {
        return SchemaPairs.schemas(EngineProfile.H2);
    }

    @Provide
    Arbitrary<SingleSchema> sqliteSchemas() {
        return SchemaPairs.schemas(EngineProfile.SQLITE);
    }
}
