package dev.schemactl.mcp;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.tables;
import static dev.schemactl.mcp.McpTestProject.text;
import static org.assertj.core.api.Assertions.assertThat;

/** score_risk, and the confirmation an agent cannot forge: confirmation_required, a human's token, single use. */
class McpSafetyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void aRiskyRollbackNeedsAHumansTokenExactlyOnce(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            McpTestProject project = McpTestProject.of(dir, db);
            project.env.put("XDG_CONFIG_HOME", dir.resolve("config").toString()); // the human's key file
            try (McpSyncClient client = project.stdioClient()) {
                JsonNode pending = structured(call(client, "score_risk", args()));
                assertThat(pending.path("subject").asString()).contains(McpTestProject.V1);
                assertThat(pending.path("rollbackVerification").get(0).asString()).contains("rollback verified");

                JsonNode sql = structured(call(client, "score_risk", args("sql", "DROP TABLE widgets")));
                assertThat(sql.path("report").path("findings").findValuesAsString("ruleId")).isNotEmpty();

                assertThat(call(client, "apply_migration", args()).isError()).isFalse();
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30)");
                }

                McpSchema.CallToolResult refused = call(client, "rollback", args("steps", 2));
                assertThat(refused.isError()).as(text(refused)).isFalse();
                JsonNode gate = structured(refused);
                assertThat(gate.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(gate.path("findings").findValuesAsString("ruleId")).contains("DS-DROP-TABLE");
                assertThat(gate.path("how_to_confirm").asString()).contains("schemactl approve").contains("confirmation_token");
                assertThat(gate.path("plan_digest").asString()).startsWith("sha256:");
                assertThat(tables(db)).contains("widgets");

                String forged = "sc1.eyJmYWtlIjp0cnVlfQ.c2lnbmF0dXJl";
                JsonNode forgedResult = structured(call(client, "rollback", args("steps", 2, "confirmation_token", forged)));
                assertThat(forgedResult.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(tables(db)).contains("widgets");

                String token;
                try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
                    ApprovalPlan plan = ApprovalPlan.rollback(MigrationDirectory.load(dir.resolve("migrations")),
                            ApprovalPlan.applied(h), 2, null);
                    assertThat(plan.digest()).isEqualTo(gate.path("plan_digest").asString());
                    token = new ApprovalTokens(ApprovalKey.loadOrCreate(project.env), Clock.systemUTC())
                            .mint(plan.digest(), DatabaseFingerprint.of(h), Duration.ofMinutes(15), "alice", "terminal");
                }
                McpSchema.CallToolResult done = call(client, "rollback", args("steps", 2, "confirmation_token", token));
                assertThat(done.isError()).as(text(done)).isFalse();
                assertThat(structured(done).path("versions")).hasSize(2);
                assertThat(tables(db)).doesNotContain("widgets");

                // the same token again (the plan is the same once re-applied): refused as already used
                assertThat(call(client, "apply_migration", args()).isError()).isFalse();
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10)");
                }
                JsonNode replay = structured(call(client, "rollback", args("steps", 2, "confirmation_token", token)));
                assertThat(replay.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(replay.path("message").asString()).contains("already used");
                assertThat(tables(db)).contains("widgets");
            }
        }
    }

    /**
     * Issue 9: elicitation is off in the built-in default (a client can answer its own form); a policy may turn it on,
     * and then the approval is recorded as "unverified MCP client &lt;name&gt;", never as a human.
     */
    @org.junit.jupiter.api.Test
    void elicitationIsOffByDefaultAndUnverifiedWhenAPolicyTurnsItOn() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            project.env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            java.util.List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.concurrent.atomic.AtomicReference<String> typed = new java.util.concurrent.atomic.AtomicReference<>("widgets");
            java.util.concurrent.atomic.AtomicReference<McpSchema.ElicitResult.Action> action =
                    new java.util.concurrent.atomic.AtomicReference<>(McpSchema.ElicitResult.Action.ACCEPT);
            try (McpSyncClient client = project.elicitingClient(request -> {
                asked.add(request.message());
                return new McpSchema.ElicitResult(action.get(), java.util.Map.of("phrase", typed.get()));
            })) {
                assertThat(call(client, "apply_migration", args()).isError()).isFalse();
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10), (2, 'b', 20)");
                }
                // the built-in default: no form is offered even though this client answers every form "correctly"
                JsonNode byDefault = structured(call(client, "rollback", args("steps", 2)));
                assertThat(byDefault.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(asked).isEmpty();
                assertThat(tables(db)).contains("widgets");

                // the project's policy turns elicitation on
                String defaultPolicy = new String(dev.schemactl.policy.Policy.class.getResourceAsStream("/policies/default.yaml")
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                java.nio.file.Files.writeString(dir.resolve("elicit.yaml"),
                        defaultPolicy.replace("methods: [terminal]", "methods: [terminal, elicitation]"));
                java.nio.file.Files.writeString(dir.resolve("schemactl.yaml"), "policy: elicit.yaml\n");

                // declined: nothing runs
                action.set(McpSchema.ElicitResult.Action.DECLINE);
                JsonNode declined = structured(call(client, "rollback", args("steps", 2)));
                assertThat(declined.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(asked).hasSize(1);
                assertThat(asked.get(0)).contains("DS-DROP-TABLE").contains("Type \"widgets\"");
                assertThat(tables(db)).contains("widgets");

                // accepted with the wrong phrase: nothing runs
                action.set(McpSchema.ElicitResult.Action.ACCEPT);
                typed.set("nope");
                JsonNode wrong = structured(call(client, "rollback", args("steps", 2)));
                assertThat(wrong.path("status").asString()).isEqualTo("confirmation_required");
                assertThat(tables(db)).contains("widgets");

                // the phrase: it runs, and the ledgers name an unverified client, not a human
                typed.set("widgets");
                McpSchema.CallToolResult done = call(client, "rollback", args("steps", 2));
                assertThat(done.isError()).as(text(done)).isFalse();
                assertThat(structured(done).path("versions")).hasSize(2);
                assertThat(tables(db)).doesNotContain("widgets");
                assertThat(asked).hasSize(3);
                try (dev.schemactl.engine.DatabaseHandle h = dev.schemactl.engine.DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
                    assertThat(new dev.schemactl.policy.ApprovalLedger(h, Clock.systemUTC()).entries()).singleElement()
                            .satisfies(e -> assertThat(e.approver()).isEqualTo("unverified MCP client schemactl-test-human"));
                    java.util.List<dev.schemactl.policy.AuditLedger.Entry> audit =
                            new dev.schemactl.policy.AuditLedger(h, Clock.systemUTC()).entries(50);
                    assertThat(audit).last().satisfies(e -> {
                        assertThat(e.operation()).isEqualTo("rollback");
                        assertThat(e.outcome()).isEqualTo("rolled_back");
                        assertThat(e.signers()).isEqualTo("unverified MCP client schemactl-test-human (elicitation)");
                        assertThat(e.actor()).isEqualTo("mcp:schemactl-test-human");
                        assertThat(e.policySource()).isEqualTo("elicit.yaml");
                    });
                    assertThat(audit).filteredOn(e -> e.outcome().equals("refused")).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }
    }
}
