package dev.schemactl.engine.h2;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint changes with everything the inspector reads: a long-running server (MCP, Spring starter) keeps an
 * inspection while it holds, so a change the fingerprint misses is served stale.
 */
class H2FingerprintTest {

    @Test
    void changesWithTheIntervalQualifierAndADeclaredNumericPrecision() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (span INTERVAL DAY, amount NUMERIC)");
            String before = H2Engine.INSTANCE.schemaFingerprint().of(c, List.of());
            st.execute("ALTER TABLE t ALTER COLUMN span SET DATA TYPE INTERVAL HOUR");
            String interval = H2Engine.INSTANCE.schemaFingerprint().of(c, List.of());
            assertThat(interval).as("INTERVAL DAY -> INTERVAL HOUR").isNotEqualTo(before);
            st.execute("ALTER TABLE t ALTER COLUMN amount SET DATA TYPE NUMERIC(100000)");
            assertThat(H2Engine.INSTANCE.schemaFingerprint().of(c, List.of())).as("NUMERIC -> NUMERIC(100000)").isNotEqualTo(interval);
        }
    }

    @Test
    void changesWithATableOfAnotherSchema() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA billing");
            String before = H2Engine.INSTANCE.schemaFingerprint().of(c, List.of("public", "billing"));
            st.execute("CREATE TABLE billing.invoice (id INT)");
            assertThat(H2Engine.INSTANCE.schemaFingerprint().of(c, List.of("public", "billing"))).isNotEqualTo(before);
        }
    }

    @Test
    void changesWithTheUnmanagedObjects() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT, name VARCHAR(20))");
            st.execute("CREATE VIEW v AS SELECT id FROM t");
            java.util.Set<String> seen = new java.util.HashSet<>();
            seen.add(H2Engine.INSTANCE.schemaFingerprint().of(c, List.of()));
            for (String ddl : List.of("CREATE OR REPLACE VIEW v AS SELECT id, name FROM t", "CREATE CONSTANT one VALUE 1",
                    "CREATE DOMAIN email AS VARCHAR(100)", "CREATE ALIAS bigger FOR 'java.lang.Math.max(int, int)'")) {
                st.execute(ddl);
                assertThat(seen.add(H2Engine.INSTANCE.schemaFingerprint().of(c, List.of()))).as(ddl).isTrue();
            }
        }
    }
}
