package dev.schemactl.engine;

import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each engine's fingerprint query runs, is stable while nothing changes, ignores rows and changes with DDL. */
class SchemaFingerprintTest {

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB", "SQLITE"})
    void theFingerprintChangesWithTheSchemaOnly(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            execute(h, "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20))");
            String first = fingerprint(h);
            assertThat(first).as("the query runs and answers").isNotBlank();
            h.inspect();
            assertThat(fingerprint(h)).as("stable").isEqualTo(first);
            execute(h, "INSERT INTO items (id, name) VALUES (1, 'a')");
            assertThat(fingerprint(h)).as("rows are not schema").isEqualTo(first);
            execute(h, "CREATE INDEX items_by_name ON items (name)");
            String indexed = fingerprint(h);
            assertThat(indexed).isNotEqualTo(first);
            execute(h, "ALTER TABLE items ADD note VARCHAR(30)");
            assertThat(fingerprint(h)).isNotEqualTo(indexed).isNotEqualTo(first);
        }
    }

    /** H2 keeps an ENUM's values apart from the column's type: a changed value list is a changed schema. */
    @org.junit.jupiter.api.Test
    void anH2EnumsValuesArePartOfItsFingerprint() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            execute(h, "CREATE TABLE orders (id INT PRIMARY KEY, state ENUM('new', 'paid'))");
            String before = fingerprint(h);
            execute(h, "ALTER TABLE orders ALTER COLUMN state ENUM('new', 'sent')");
            assertThat(fingerprint(h)).isNotEqualTo(before);
        }
    }

    /** A column's statistics target, storage and compression are in the model: each changes the fingerprint. */
    @org.junit.jupiter.api.Test
    void aPostgresColumnsPhysicalOptionsArePartOfItsFingerprint() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            execute(h, "CREATE TABLE items (id INT PRIMARY KEY, name text)");
            java.util.Set<String> seen = new java.util.HashSet<>(java.util.Set.of(fingerprint(h)));
            for (String action : java.util.List.of("SET STATISTICS 50", "SET STORAGE EXTERNAL", "SET COMPRESSION lz4")) {
                execute(h, "ALTER TABLE items ALTER COLUMN name " + action);
                assertThat(seen.add(fingerprint(h))).as(action).isTrue();
            }
        }
    }

    private static String fingerprint(DatabaseHandle h) throws Exception {
        try (Connection c = h.connection()) {
            return h.engine().schemaFingerprint().of(c, h.url().inspectedSchemas());
        }
    }

    private static void execute(DatabaseHandle h, String sql) throws Exception {
        try (Connection c = h.connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
