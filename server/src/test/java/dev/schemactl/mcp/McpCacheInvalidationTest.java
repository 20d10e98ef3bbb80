package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.schemactl.mcp.McpTestProject.V1;
import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long-running server caches the live schema (by fingerprint) and drift's replayed schema (by the applied files'
 * digest): a change to the live schema or to an applied migration file gives a fresh answer at once.
 * (A changed entity class giving a fresh diff is {@link McpAgentLoopTest}.)
 */
class McpCacheInvalidationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB", "SQLITE"})
    void driftFollowsTheLiveSchemaAndTheMigrationFiles(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            McpTestProject project = McpTestProject.of(dir, db);
            try (McpSyncClient client = project.stdioClient()) {
                var applied = call(client, "apply_migration", args());
                assertThat(applied.isError()).as(McpTestProject.text(applied)).isFalse();
                assertThat(drift(client)).isEmpty();
                assertThat(drift(client)).as("cached, still right").isEmpty();

                execute(db, "CREATE TABLE by_hand (id INT PRIMARY KEY)");
                assertThat(String.join("\n", drift(client))).contains("by_hand");
                execute(db, "ALTER TABLE widgets ADD note VARCHAR(20)");
                assertThat(String.join("\n", drift(client))).contains("by_hand").contains("note");
                execute(db, "DROP TABLE by_hand");
                execute(db, "ALTER TABLE widgets DROP COLUMN note");
                assertThat(drift(client)).isEmpty();

                Path v1 = Files.list(dir.resolve("migrations/versions")).filter(p -> p.getFileName().toString().startsWith(V1))
                        .findFirst().orElseThrow();
                Files.writeString(v1, Files.readString(v1).replace("name VARCHAR(50)", "name VARCHAR(50), extra INT"));
                assertThat(String.join("\n", drift(client))).as("the edited applied file is replayed").contains("extra");
            }
        }
    }

    private static List<String> drift(McpSyncClient client) {
        JsonNode status = structured(call(client, "migration_status", args()));
        assertThat(status.path("drift").path("checked").asBoolean()).as(status.toString()).isTrue();
        return status.path("drift").path("differences").valueStream().map(JsonNode::asString).toList();
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
