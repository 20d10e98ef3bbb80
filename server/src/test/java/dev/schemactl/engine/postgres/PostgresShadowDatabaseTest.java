package dev.schemactl.engine.postgres;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.ShadowDatabase;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A temporary PostgreSQL shadow is thrown away: its commits do not wait for the WAL flush (synchronous_commit off,
 * set on the database), and close drops it. A database made by {@code create} (`up` on a missing database, the
 * user's own) keeps the server's setting.
 */
class PostgresShadowDatabaseTest {

    @Test
    void aTemporaryShadowCommitsWithoutWaitingForTheFlushAndIsDroppedOnClose() throws Exception {
        DatabaseUrl server = DatabaseUrl.parse(TestDatabase.server(EngineKind.POSTGRESQL), Path.of("."));
        String name;
        try (ShadowDatabase shadow = ShadowDatabase.create(server, null)) {
            name = shadow.url().database();
            assertThat(setting(shadow.url())).isEqualTo("off");
        }
        assertThat(Engines.of(EngineKind.POSTGRESQL).admin().exists(server.withDatabase(name))).isFalse();
    }

    @Test
    void aDatabaseCreatedForTheUserKeepsTheServersSetting() throws Exception {
        DatabaseUrl server = DatabaseUrl.parse(TestDatabase.server(EngineKind.POSTGRESQL), Path.of("."));
        DatabaseUrl made = server.withDatabase(TestDatabase.uniqueName());
        var admin = Engines.of(EngineKind.POSTGRESQL).admin();
        assertThat(admin.create(made)).isTrue();
        try {
            assertThat(admin.create(made)).as("a second create finds it").isFalse();
            assertThat(setting(made)).isEqualTo(setting(server));
        } finally {
            assertThat(admin.drop(made)).isTrue();
        }
        assertThat(admin.drop(made)).as("nothing left to drop").isFalse();
    }

    private static String setting(DatabaseUrl url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             ResultSet rs = c.createStatement().executeQuery("SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
