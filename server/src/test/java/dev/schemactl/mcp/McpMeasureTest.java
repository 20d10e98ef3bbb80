package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.text;
import static org.assertj.core.api.Assertions.assertThat;

/** score_risk with measure: the same measured facts as `verify --locks`, beside the findings. */
class McpMeasureTest {
    @TempDir
    Path dir;

    @Test
    void scoreRiskMeasuresWhatTheStatementsDid() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            McpTestProject project = McpTestProject.of(dir, db);
            project.migration("20260103000000", "widen_name", EngineKind.MARIADB,
                    "ALTER TABLE widgets MODIFY name VARCHAR(500);\n--rollback ALTER TABLE widgets MODIFY name VARCHAR(50);");
            try (McpSyncClient client = project.stdioClient()) {
                McpSchema.CallToolResult result = call(client, "score_risk", args("version", McpTestProject.V2, "measure", true));
                assertThat(result.isError()).as(text(result)).isFalse();
                JsonNode measured = structured(result).path("report").path("measured");
                assertThat(measured.size()).isEqualTo(1);
                assertThat(measured.get(0).path("algorithm").asString()).isEqualTo("INSTANT");
                assertThat(text(result)).contains("measured on a shadow database", "statement 1: no rewrite; ALGORITHM=INSTANT");

                // pending: three files numbered as the findings number them; varchar(50) -> varchar(500) crosses
                // the 255-byte length band, so InnoDB copies the table
                JsonNode pending = structured(call(client, "score_risk", args("pending", true, "measure", true)));
                JsonNode all = pending.path("report").path("measured");
                assertThat(all.size()).isEqualTo(3);
                assertThat(all.get(2).path("statement").asInt()).isEqualTo(3);
                assertThat(all.get(2).path("algorithm").asString()).startsWith("COPY");
                assertThat(all.get(2).path("rewritten").get(0).asString()).isEqualTo("widgets");

                McpSchema.CallToolResult sql = call(client, "score_risk", args("sql", "DROP TABLE widgets", "measure", true));
                assertThat(sql.isError()).isTrue();
                assertThat(text(sql)).contains("'measure' works with 'version' or 'pending'");
            }
        }
    }
}
