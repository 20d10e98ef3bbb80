package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows a shadow is seeded with before a lock measurement land in the tables the model names. */
class RepresentativeRowsTest {

    @Test
    void tablesOfANonPublicFirstSchemaAreSeededThereNotThroughTheSearchPath() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TABLE app.items (id integer PRIMARY KEY, name text NOT NULL)");
                st.execute("CREATE TABLE public.items (id integer PRIMARY KEY)"); // same name on the search_path
            }
            try (DatabaseHandle h = DatabaseHandle.open(db.url().withSchemas(List.of("app")), Duration.ofSeconds(10))) {
                Schema schema = h.inspect();
                assertThat(RepresentativeRows.seed(h, schema)).isEqualTo(RepresentativeRows.ROWS);
            }
            assertThat(count(db, "app.items")).isEqualTo(RepresentativeRows.ROWS);
            assertThat(count(db, "public.items")).isZero();
        }
    }

    /** A column of billing.state gets billing's values, not those of public's same-named type (its rows were refused). */
    @Test
    void anEnumOfASecondSchemaGivesItsOwnValues() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA billing");
                st.execute("CREATE TYPE public.state AS ENUM ('new', 'done')");
                st.execute("CREATE TYPE billing.state AS ENUM ('open', 'paid')");
                st.execute("CREATE TABLE billing.invoices (id integer PRIMARY KEY, st billing.state NOT NULL)");
            }
            try (DatabaseHandle h = DatabaseHandle.open(db.url().withSchemas(List.of("public", "billing")), Duration.ofSeconds(10))) {
                Schema schema = h.inspect();
                assertThat(RepresentativeRows.seed(h, schema)).isEqualTo(RepresentativeRows.ROWS);
            }
            assertThat(count(db, "billing.invoices")).isEqualTo(RepresentativeRows.ROWS);
        }
    }

    private static int count(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
