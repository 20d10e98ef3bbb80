package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.schemactl.mcp.McpTestProject.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error path of every tool through the Java SDK client: an isError result with one sentence and no
 * structured content (which would have to match the tool's output schema). The TypeScript SDK's callTool
 * runs the same calls in {@link McpNodeInteropTest}.
 */
class McpErrorResultsTest {
    @TempDir
    Path dir;

    @Test
    void everyErrorPathIsAnErrorResultWithoutStructuredContent() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            try (McpSyncClient client = project.stdioClient()) {
                assertErrorResults(client, McpErrorCalls.all());
            }
        }
        McpTestProject unreachable = new McpTestProject(dir, "postgres://u@127.0.0.1:1/nodb", EngineKind.POSTGRESQL, false);
        try (McpSyncClient client = unreachable.stdioClient()) {
            assertErrorResults(client, McpErrorCalls.reachingTheDatabase());
        }
    }

    private static void assertErrorResults(McpSyncClient client, List<McpErrorCalls.Call> calls) {
        List<String> seen = new ArrayList<>();
        for (McpErrorCalls.Call c : calls) {
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(c.name(), c.arguments()));
            String text = text(result);
            seen.add(c.label() + " -> " + text);
            assertThat(result.isError()).as(c.label() + ": " + text).isTrue();
            assertThat(result.structuredContent()).as(c.label()).isNull();
            assertThat(text).as(c.label()).isNotBlank().doesNotContain("\tat ", "Exception");
        }
        assertThat(seen).hasSize(calls.size());
    }
}
