package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One A→B migration on PostgreSQL judged by pg_dump ({@link PostgresCatalogOracle}): A and B are loaded into two fresh
 * databases, the plan from A to B is applied to A, whose dump must then equal B's, and its rollback, after which the
 * dump must equal A's again. {@link #plan} and the databases stay open for the test's own catalog queries.
 */
final class PostgresOracleMigration implements AutoCloseable {
    final Engine engine = Engines.of(EngineKind.POSTGRESQL);
    final TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL);
    final TestDatabase desired = TestDatabase.create(EngineKind.POSTGRESQL);
    final Connection a;
    final Connection b;
    final Plan plan;
    final List<String> forward;
    final List<String> rollback;
    private final List<String> dumpA;
    private final List<String> dumpB;

    PostgresOracleMigration(String aSql, String bSql, Renames renames) throws SQLException {
        a = live.connect();
        b = desired.connect();
        run(a, aSql);
        run(b, bSql);
        dumpA = PostgresCatalogOracle.dump(live.url());
        dumpB = PostgresCatalogOracle.dump(desired.url());
        plan = engine.differ().diff(engine.inspector().inspect(a), engine.inspector().inspect(b), renames);
        forward = engine.renderer().forward(plan);
        rollback = engine.renderer().rollback(plan);
    }

    PostgresOracleMigration(String aSql, String bSql) throws SQLException {
        this(aSql, bSql, Renames.NONE);
    }

    /** Applies the plan (pg_dump must equal B's, and schemactl must see nothing left), then its rollback (A's again). */
    void applyAndRollBack() throws SQLException {
        String script = "forward:\n  " + String.join(";\n  ", forward) + "\nrollback:\n  " + String.join(";\n  ", rollback);
        apply(forward);
        assertThat(PostgresCatalogOracle.dump(live.url())).as("pg_dump after A→B equals B's\n" + script).isEqualTo(dumpB);
        Schema target = engine.inspector().inspect(b);
        assertThat(engine.differ().diff(engine.inspector().inspect(a), target, Renames.NONE).changes())
                .as("nothing left after A→B\n" + script).isEmpty();
        apply(rollback);
        assertThat(PostgresCatalogOracle.dump(live.url())).as("pg_dump after the rollback equals A's\n" + script).isEqualTo(dumpA);
    }

    void apply(List<String> statements) throws SQLException {
        a.setAutoCommit(false);
        try (Statement st = a.createStatement()) {
            for (String sql : statements) st.execute(sql);
            a.commit();
        } catch (SQLException e) {
            a.rollback();
            throw e;
        } finally {
            a.setAutoCommit(true);
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try {
            a.close();
            b.close();
        } finally {
            live.close();
            desired.close();
        }
    }
}
