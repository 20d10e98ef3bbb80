package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.schemactl.mcp.McpTestProject.V1;
import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.tables;
import static dev.schemactl.mcp.McpTestProject.text;
import static dev.schemactl.mcp.McpTestProject.trackingRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invalid tool calls are answered with isError and one clean sentence, and never reach the database:
 * against a server whose database cannot be reached, every answer is a validation error, never
 * "cannot connect"; against a real database, nothing changes.
 */
class McpInvalidInputTest {
    private static final String PASSWORD = "s3cret-Pw-4711";
    private static final String ONE_MB = "1".repeat(1 << 20);

    @TempDir
    Path dir;

    /** tool, arguments: every one must be refused before any database work. */
    private static Map<String, Map<String, Object>> invalidCalls() {
        Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
        calls.put("apply_migration wrong type to_version", Map.of("to_version", 20260101000000L));
        calls.put("apply_migration wrong type dry_run", Map.of("dry_run", "yes"));
        calls.put("apply_migration object to_version", Map.of("to_version", Map.of("a", 1)));
        calls.put("apply_migration extra field", Map.of("dry_run", true, "force", true));
        calls.put("apply_migration path traversal", Map.of("to_version", "../../../../etc/passwd"));
        calls.put("apply_migration version then path", Map.of("to_version", V1 + "/../x"));
        calls.put("apply_migration backslashes", Map.of("to_version", "..\\..\\windows"));
        calls.put("apply_migration sql injection", Map.of("to_version", V1 + "'; DROP TABLE widgets; --"));
        calls.put("apply_migration 1 MB", Map.of("to_version", ONE_MB));
        calls.put("apply_migration unknown version", Map.of("to_version", "20991231235959"));
        calls.put("rollback wrong type steps", Map.of("steps", "two"));
        calls.put("rollback fractional steps", Map.of("steps", 2.5));
        calls.put("rollback zero steps", Map.of("steps", 0));
        calls.put("rollback huge steps", Map.of("steps", 1_000_000_000));
        calls.put("rollback steps and to_version", Map.of("steps", 1, "to_version", V1));
        calls.put("rollback sql injection", Map.of("to_version", "1 OR 1=1; DELETE FROM schema_migrations"));
        calls.put("rollback path traversal", Map.of("to_version", "/etc/passwd"));
        calls.put("rollback unknown version", Map.of("to_version", "20000101000000"));
        calls.put("rollback 1 MB extra field", Map.of(ONE_MB.substring(0, 1000) + "x", ONE_MB));
        calls.put("migration_status extra field", Map.of("verbose", true));
        return calls;
    }

    @Test
    void invalidCallsAreRefusedBeforeTheDatabaseAndErrorsNeverLeakThePassword() throws Exception {
        // port 1 is closed: any call that reached for the database would answer "cannot connect"
        String unreachable = "postgres://schemactl:" + PASSWORD + "@127.0.0.1:1/nodb";
        McpTestProject project = new McpTestProject(dir, unreachable, EngineKind.POSTGRESQL);
        try (McpSyncClient client = project.stdioClient()) {
            for (Map.Entry<String, Map<String, Object>> c : invalidCalls().entrySet()) {
                String tool = c.getKey().substring(0, c.getKey().indexOf(' '));
                McpSchema.CallToolResult result = call(client, tool, c.getValue());
                String text = text(result);
                assertThat(result.isError()).as(c.getKey() + ": " + text).isTrue();
                assertThat(text).as(c.getKey())
                        .isNotBlank()
                        .hasSizeLessThan(1500)
                        .doesNotContain("cannot connect", "UNREACHABLE", "Connection refused")
                        .doesNotContain("\tat ", "Exception", "stackTrace")
                        .doesNotContain(PASSWORD);
            }
            McpSchema.CallToolResult unknown = call(client, "rollback", args("to_version", "20991231235959"));
            assertThat(text(unknown)).isEqualTo("NOT_FOUND: no migration with version 20991231235959 — "
                    + "see `schemactl status` for the versions there are");
            assertThat(unknown.structuredContent()).as("an error result has no structured content").isNull();
            assertThat(Json.MAPPER.valueToTree(unknown.meta()).path(ToolAdapter.ERROR_META).path("code").asString())
                    .isEqualTo("NOT_FOUND");
            McpSchema.CallToolResult both = call(client, "rollback", args("steps", 1, "to_version", V1));
            assertThat(text(both)).startsWith("USAGE: give either 'steps' or 'to_version', not both");
            McpSchema.CallToolResult target = call(client, "apply_migration", args("target", "prod"));
            assertThat(text(target)).startsWith("USAGE: this schemactl server runs in local mode for one project and has no targets");
            McpSchema.CallToolResult traversal = call(client, "apply_migration", args("to_version", "../../etc/passwd"));
            assertThat(text(traversal)).contains("to_version").contains("does not match the regex pattern");

            // a valid call does reach for the database: a clean, masked error
            McpSchema.CallToolResult status = call(client, "migration_status", Map.of());
            assertThat(status.isError()).isTrue();
            assertThat(text(status)).startsWith("UNREACHABLE: ").contains("****").doesNotContain(PASSWORD)
                    .doesNotContain("\tat ");
            assertThat(structured(status).toString()).doesNotContain(PASSWORD);

            // a tool name that is not a tool is a protocol error, and the session goes on
            assertThatThrownBy(() -> call(client, "migration_status; DROP TABLE widgets", Map.of()))
                    .isInstanceOf(McpError.class);
            assertThat(call(client, "rollback", args("steps", "x")).isError()).isTrue();
        }
    }

    @Test
    void invalidCallsChangeNothingOnARealDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            try (McpSyncClient client = project.stdioClient()) {
                for (Map.Entry<String, Map<String, Object>> c : invalidCalls().entrySet()) {
                    if (!c.getKey().startsWith("migration_status")) {
                        String tool = c.getKey().substring(0, c.getKey().indexOf(' '));
                        assertThat(call(client, tool, c.getValue()).isError()).as(c.getKey()).isTrue();
                    }
                }
                assertThat(tables(db)).doesNotContain("widgets", "schema_migrations");
                assertThat(trackingRows(db)).isZero();
                McpSchema.CallToolResult status = call(client, "migration_status", Map.of());
                assertThat(status.isError()).as(text(status)).isFalse();
                assertThat(structured(status).path("status").path("pending").asInt()).isEqualTo(2);
            }
        }
    }
}
