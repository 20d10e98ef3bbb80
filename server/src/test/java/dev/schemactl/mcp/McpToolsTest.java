package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.schemactl.mcp.McpTestProject.V1;
import static dev.schemactl.mcp.McpTestProject.V2;
import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.columns;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.tables;
import static dev.schemactl.mcp.McpTestProject.text;
import static dev.schemactl.mcp.McpTestProject.trackingRows;
import static org.assertj.core.api.Assertions.assertThat;

/** The tools through the SDK's own client against `schemactl serve` over stdio, on real databases. */
class McpToolsTest {
    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase database(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        return db;
    }

    @Test
    void toolsListCarriesInputAndOutputSchemasAnnotationsAndDescriptions() throws Exception {
        McpTestProject project = McpTestProject.of(dir, database(EngineKind.H2));
        try (McpSyncClient client = project.stdioClient()) {
            assertThat(client.getServerInfo().name()).isEqualTo("schemactl");
            assertThat(client.getServerInstructions()).contains("migration_status").contains("dry_run");
            List<McpSchema.Tool> tools = client.listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name)
                    .containsExactlyInAnyOrder(McpTestProject.TOOLS);
            for (McpSchema.Tool tool : tools) {
                assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object")
                        .containsEntry("additionalProperties", false);
                assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object").containsKey("required");
                assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(200).contains("Returns");
                assertThat(tool.annotations().openWorldHint()).isFalse();
            }
            McpSchema.Tool status = tool(tools, "migration_status");
            assertThat(status.annotations().readOnlyHint()).isTrue();
            assertThat(status.annotations().destructiveHint()).isFalse();
            assertThat(status.annotations().idempotentHint()).isTrue();
            assertThat(status.outputSchema().get("required")).isEqualTo(List.of("status", "drift"));

            McpSchema.Tool apply = tool(tools, "apply_migration");
            assertThat(apply.annotations().readOnlyHint()).isFalse();
            assertThat(apply.annotations().destructiveHint()).isTrue();
            assertThat(apply.annotations().idempotentHint()).isTrue();
            assertThat(properties(apply)).containsOnlyKeys("to_version", "dry_run", "confirmation_token", "target");

            McpSchema.Tool rollback = tool(tools, "rollback");
            assertThat(rollback.annotations().destructiveHint()).isTrue();
            assertThat(rollback.annotations().idempotentHint()).isFalse();
            assertThat(properties(rollback)).containsOnlyKeys("steps", "to_version", "dry_run", "confirmation_token", "target");
            for (McpSchema.Tool tool : tools) {
                // protected mode: every tool names its target; a local server refuses the argument
                assertThat(properties(tool)).as(tool.name()).containsKey("target");
            }
            // either the run's result or, when the policy stopped it, the gate's answer
            assertThat(rollback.outputSchema().get("required")).isEqualTo(List.of("status"));
            List<?> alternatives = (List<?>) rollback.outputSchema().get("anyOf");
            assertThat(((java.util.Map<?, ?>) alternatives.get(0)).get("required"))
                    .isEqualTo(List.of("action", "createdDatabase", "versions", "status", "dryRun", "plan"));
            assertThat(((java.util.Map<?, ?>) alternatives.get(1)).get("required"))
                    .isEqualTo(List.of("status", "message", "findings", "how_to_confirm"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void statusApplyAndRollbackCallTheSameUseCasesAsTheCli(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        McpTestProject project = McpTestProject.of(dir, db);
        List<McpSchema.ProgressNotification> progress = Collections.synchronizedList(new ArrayList<>());
        List<McpSchema.LoggingMessageNotification> logs = Collections.synchronizedList(new ArrayList<>());
        try (McpSyncClient client = project.stdioClient(progress::add, logs::add)) {
            McpSchema.CallToolResult status = call(client, "migration_status", Map.of());
            assertThat(status.isError()).as(text(status)).isFalse();
            JsonNode s = structured(status);
            assertThat(s.path("status").path("pending").asInt()).isEqualTo(2);
            assertThat(s.path("status").path("applied").asInt()).isZero();
            assertThat(s.has("drift")).isTrue();
            // nothing applied yet: the live schema is checked against an empty expectation
            assertThat(s.path("drift").path("checked").asBoolean()).isTrue();
            assertThat(s.path("drift").path("differences").isEmpty()).isTrue();
            assertThat(text(status)).contains("0 applied, 2 pending");
            assertThat(s).isEqualTo(project.cliJson("status"));

            McpSchema.CallToolResult dryRun = call(client, "apply_migration", args("dry_run", true));
            assertThat(dryRun.isError()).as(text(dryRun)).isFalse();
            JsonNode plan = structured(dryRun);
            assertThat(plan.path("dryRun").asBoolean()).isTrue();
            assertThat(plan.path("versions").toString()).isEqualTo("[\"" + V1 + "\",\"" + V2 + "\"]");
            assertThat(plan.path("plan").get(0).path("sql").asString()).contains("CREATE TABLE widgets");
            assertThat(plan.path("plan").get(1).path("sql").asString()).contains("ALTER TABLE widgets ADD price INT");
            assertThat(text(dryRun)).startsWith("dry run: would apply 2 migrations");
            assertThat(tables(db)).doesNotContain("widgets");
            assertThat(trackingRows(db)).isZero();

            McpSchema.CallToolResult first = client.callTool(McpSchema.CallToolRequest.builder().name("apply_migration")
                    .arguments(args("to_version", V1)).progressToken("apply-1").build());
            assertThat(first.isError()).as(text(first)).isFalse();
            assertThat(structured(first).path("versions").toString()).isEqualTo("[\"" + V1 + "\"]");
            assertThat(structured(first).path("dryRun").asBoolean()).isFalse();
            assertThat(columns(db, "widgets")).containsExactly("id", "name");
            awaitAny(progress, p -> "apply-1".equals(p.progressToken()) && p.progress() == 1.0 && p.total() == 1.0
                    && p.message().contains(V1 + "_create_widgets.sql"));
            assertThat(progress).allMatch(p -> "apply-1".equals(p.progressToken()));
            awaitAny(logs, l -> l.data().contains("applied " + V1));

            McpSchema.CallToolResult rest = call(client, "apply_migration", Map.of());
            assertThat(structured(rest).path("versions").toString()).isEqualTo("[\"" + V2 + "\"]");
            assertThat(structured(rest).path("status").path("applied").asInt()).isEqualTo(2);
            assertThat(columns(db, "widgets")).containsExactly("id", "name", "price");
            assertThat(text(rest)).contains("applied 1 migration: " + V2);

            McpSchema.CallToolResult again = call(client, "apply_migration", Map.of());
            assertThat(structured(again).path("versions").isEmpty()).isTrue();
            assertThat(text(again)).contains("nothing to apply");
            assertThat(trackingRows(db)).isEqualTo(2);

            McpSchema.CallToolResult rollbackPlan = call(client, "rollback", args("dry_run", true));
            assertThat(rollbackPlan.isError()).as(text(rollbackPlan)).isFalse();
            assertThat(structured(rollbackPlan).path("versions").toString()).isEqualTo("[\"" + V2 + "\"]");
            assertThat(structured(rollbackPlan).path("plan").get(0).path("sql").asString())
                    .contains("ALTER TABLE widgets DROP COLUMN price");
            assertThat(columns(db, "widgets")).containsExactly("id", "name", "price");

            McpSchema.CallToolResult rolledBack = call(client, "rollback", args("steps", 1));
            assertThat(rolledBack.isError()).as(text(rolledBack)).isFalse();
            assertThat(structured(rolledBack).path("action").asString()).isEqualTo("rollback");
            assertThat(structured(rolledBack).path("versions").toString()).isEqualTo("[\"" + V2 + "\"]");
            assertThat(columns(db, "widgets")).containsExactly("id", "name");

            assertThat(call(client, "apply_migration", Map.of()).isError()).isFalse();
            McpSchema.CallToolResult toV1 = call(client, "rollback", args("to_version", V1));
            assertThat(structured(toV1).path("versions").toString()).isEqualTo("[\"" + V2 + "\"]");
            assertThat(columns(db, "widgets")).containsExactly("id", "name");
            assertThat(trackingRows(db)).isEqualTo(1);

            JsonNode finalStatus = structured(call(client, "migration_status", Map.of()));
            assertThat(finalStatus.path("status").path("migrations").get(0).path("state").asString()).isEqualTo("APPLIED");
            assertThat(finalStatus.path("status").path("migrations").get(1).path("state").asString()).isEqualTo("PENDING");
            assertThat(finalStatus).isEqualTo(project.cliJson("status"));
        }
    }

    private static McpSchema.Tool tool(List<McpSchema.Tool> tools, String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(McpSchema.Tool tool) {
        return (Map<String, Object>) tool.inputSchema().get("properties");
    }

    /** Notifications are delivered asynchronously; wait a little for one to match. */
    static <T> void awaitAny(List<T> items, Predicate<T> match) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (items) {
                if (items.stream().anyMatch(match)) return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching notification among " + items);
    }
}
