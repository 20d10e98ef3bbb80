package dev.schemactl.diff;

import dev.schemactl.diff.SchemaPairs.SchemaPair;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.postgres.PostgresCatalogOracle;
import dev.schemactl.schema.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL round trips judged by pg_dump, not by schemactl's inspector: generated pairs (A, B) decorated with
 * issue 11's properties ({@link PostgresDecorations}); A is created from nothing in one database and B in another;
 * A → B with the forward SQL of {@code diff(A, B)} must dump exactly as B does, and its rollback exactly as A did.
 * About 2 s a try (four pg_dump runs).
 */
class PostgresOracleRoundTripPropertiesTest {

    private static RoundTrip migrated;
    private static RoundTrip direct;

    static synchronized RoundTrip[] labs() throws SQLException {
        if (migrated == null) {
            migrated = new RoundTrip(EngineKind.POSTGRESQL);
            direct = new RoundTrip(EngineKind.POSTGRESQL);
        }
        return new RoundTrip[]{migrated, direct};
    }

    @AfterContainer
    static void close() throws SQLException {
        if (migrated != null) {
            migrated.close();
            direct.close();
            migrated = null;
            direct = null;
        }
    }

    @Property(tries = 30)
    void postgresRoundTripMatchesPgDump(@ForAll("decoratedPairs") SchemaPair pair) throws SQLException {
        RoundTrip[] labs = labs();
        synchronized (labs[0]) { // a whole try at a time: an abandoned bounded shrink runs on (see RoundTrip#check)
            synchronized (labs[1]) {
                tryPair(labs[0], labs[1], pair);
            }
        }
    }

    private static void tryPair(RoundTrip lab, RoundTrip b, SchemaPair pair) throws SQLException {
        b.create(pair.b());
        List<String> dumpB = PostgresCatalogOracle.dump(b.url());
        lab.create(pair.a());
        List<String> dumpA = PostgresCatalogOracle.dump(lab.url());
        Plan ab = lab.differ.diff(pair.a(), pair.b());
        List<String> forward = lab.apply("A -> B", ab, true);
        assertThat(PostgresCatalogOracle.dump(lab.url())).as("pg_dump after A -> B equals B's\n  " + String.join(";\n  ", forward))
                .isEqualTo(dumpB);
        List<String> rollback = lab.apply("rollback", ab, false);
        assertThat(PostgresCatalogOracle.dump(lab.url())).as("pg_dump after the rollback equals A's\n  " + String.join(";\n  ", rollback))
                .isEqualTo(dumpA);
    }

    @Provide
    Arbitrary<SchemaPair> decoratedPairs() {
        SqlRenderer renderer = Engines.of(EngineKind.POSTGRESQL).renderer();
        return Combinators.combine(SchemaPairs.pairs(EngineProfile.POSTGRESQL), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as((pair, caseVariant, va, vb) -> new SchemaPair(
                        PostgresDecorations.decorate(pair.a(), caseVariant, va, renderer),
                        PostgresDecorations.decorate(pair.b(), caseVariant, vb, renderer)));
    }
}
